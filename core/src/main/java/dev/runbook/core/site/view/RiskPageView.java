package dev.runbook.core.site.view;

import java.util.List;

/**
 * The Risk overview: a category × risk heat map and the same counts as a table.
 *
 * @param heatMap inline SVG
 * @param levels the column heads
 * @param rows one per category, then the totals
 * @param unrated runbooks without a valid risk level (an empty group when there are none)
 */
public record RiskPageView(String heatMap, List<RiskView> levels, List<RiskRow> rows, RunbookGroup unrated) {

  /** A category's counts per risk level, in the order of {@code levels}. */
  public record RiskRow(String category, String href, List<Integer> counts, int total) {}
}
