package dev.runbook.core.edit;

/**
 * A file the editing commands leave untouched: binary, not valid UTF-8, front matter that is not
 * valid YAML, or a change that could not be made safely. The message says what is wrong and what
 * to do, without the path (the caller knows which file it was).
 */
public final class EditRefused extends Exception {
  private static final long serialVersionUID = 1L;

  public EditRefused(String message) {
    super(message);
  }
}
