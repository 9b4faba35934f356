package dev.runbook.cli;

/** A usage or configuration error: the command prints the message and exits with status 2. */
final class UsageException extends Exception {
  private static final long serialVersionUID = 1L;

  UsageException(String message) {
    super(message);
  }
}
