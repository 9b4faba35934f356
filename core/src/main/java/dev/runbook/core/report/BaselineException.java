package dev.runbook.core.report;

import java.nio.file.Path;
import java.util.OptionalInt;

/**
 * A baseline file that cannot be read, parsed or written. The message is one sentence that
 * names the file, and the line when it is known.
 */
public final class BaselineException extends Exception {
  private static final long serialVersionUID = 1L;

  private final transient Path file;
  private final int line;

  BaselineException(Path file, int line, String message, Throwable cause) {
    super(message, cause);
    this.file = file;
    this.line = line;
  }

  BaselineException(Path file, String message, Throwable cause) {
    this(file, 0, message, cause);
  }

  /** The baseline file. */
  public Path file() {
    return file;
  }

  /** The 1-based line of the problem, when known. */
  public OptionalInt line() {
    return line > 0 ? OptionalInt.of(line) : OptionalInt.empty();
  }
}
