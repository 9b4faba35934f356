package dev.runbook.core.check;

/**
 * A check that could not run: a bad config, a missing root, an unreadable baseline. The message
 * is one sentence for the user, naming the file (and line) and what to do.
 */
public final class CheckFailure extends Exception {
  private static final long serialVersionUID = 1L;

  public CheckFailure(String message, Throwable cause) {
    super(message, cause);
  }

  public CheckFailure(String message) {
    super(message);
  }
}
