package dev.runbook.core.model;

/**
 * An H2 section: its heading and the facts rules need about its content.
 *
 * @param heading the H2
 * @param endLine last line of the section (inclusive)
 * @param hasContent any block other than blank lines and HTML comments before the next H2
 * @param hasOrderedList an ordered list anywhere in the section
 * @param hasStepHeadings {@code ### Step N} subsections
 * @param actionableItems list items and code blocks that are not "N/A"-style text
 */
public record Section(
    Heading heading,
    int endLine,
    boolean hasContent,
    boolean hasOrderedList,
    boolean hasStepHeadings,
    int actionableItems) {

  public String title() {
    return heading.text();
  }
}
