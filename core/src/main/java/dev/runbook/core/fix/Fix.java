package dev.runbook.core.fix;

/**
 * One safe repair. A fix is idempotent: applied to its own output it changes nothing. It touches
 * only the lines it repairs; line endings and the rest of the file stay as they were.
 */
public interface Fix {
  /** Short name for messages, e.g. "mojibake". */
  String name();

  /**
   * Repairs what this fix knows how to repair.
   *
   * @return the new lines with what changed, or {@link FixStep#none} for no change
   */
  FixStep apply(FixContext context);
}
