package dev.runbook.core.model;

/**
 * A released text ({@link PackedLines#release}) could not be read back as it was: its file was
 * changed, moved or deleted while the command ran. The command's results would mix the two
 * versions, so it stops; running it again reads the file as it is now.
 */
public final class TextChangedException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  public TextChangedException(String why) {
    super(why);
  }

  public TextChangedException(String why, Throwable cause) {
    super(why, cause);
  }
}
