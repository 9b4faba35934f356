package dev.runbook.core.model;

/**
 * A fenced or indented code block; {@code firstLine} is the first line of its content.
 *
 * @param fenceLine the 1-based line of the opening fence, 0 for an indented block
 * @param runsToEnd a fence that is never closed, so the block runs to the end of the file
 */
public record CodeBlock(String info, String literal, int firstLine, int fenceLine, boolean runsToEnd) {

  /** An indented block, or a fenced block that is closed. */
  public CodeBlock(String info, String literal, int firstLine) {
    this(info, literal, firstLine, 0, false);
  }
}
