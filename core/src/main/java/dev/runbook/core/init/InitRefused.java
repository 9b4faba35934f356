package dev.runbook.core.init;

/** {@code init} will not run: a config or baseline is already there, or the set cannot be read. */
public final class InitRefused extends Exception {
  private static final long serialVersionUID = 1L;

  public InitRefused(String message) {
    super(message);
  }
}
