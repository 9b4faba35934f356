package dev.runbook.cli;

/** The exit statuses of every command (SPEC §4). */
public final class ExitCodes {
  /** Nothing at or above the fail level. */
  public static final int OK = 0;
  /** Findings at or above the fail level. */
  public static final int VIOLATIONS = 1;
  /** Usage or configuration error. */
  public static final int USAGE = 2;
  /** Internal error (a bug): reported with a message, never a bare stack trace. */
  public static final int INTERNAL = 3;

  private ExitCodes() {}
}
