package dev.runbook.core.site;

/**
 * A build that could not finish. The message is for the user: what, where, and what to do. The
 * previous site, if any, is left as it was.
 */
public final class SiteException extends Exception {
  private static final long serialVersionUID = 1L;

  /** Why the build stopped. */
  public enum Kind {
    /** The output folder is not a previous site, or would contain the runbooks. */
    REFUSED,
    /** A file could not be read or written. */
    IO,
    /** A theme override does not compile or a published path is taken twice. */
    INVALID_INPUT,
    /** The verified output has a dangling link or an unsafe URL: a bug in runbook or a theme. */
    INVALID_OUTPUT
  }

  private final Kind kind;

  public SiteException(Kind kind, String message) {
    super(message);
    this.kind = kind;
  }

  public SiteException(Kind kind, String message, Throwable cause) {
    super(message, cause);
    this.kind = kind;
  }

  public Kind kind() {
    return kind;
  }
}
