package dev.runbook.core.site.view;

import java.util.List;

/**
 * A titled table of runbooks: a category, or a review state. Long groups are cut on listing
 * pages (the group's own page lists everything), so a page stays readable on a phone.
 *
 * @param name the group's name
 * @param href the group's own page, or null
 * @param count how many runbooks the group holds
 * @param runbooks the rows shown
 * @param showCategory whether the table has a category column
 */
public record RunbookGroup(String name, String href, int count, List<RunbookRow> runbooks, boolean showCategory) {

  /** How many runbooks of the group are not shown. */
  public int more() {
    return count - runbooks.size();
  }

  public boolean hasMore() {
    return more() > 0;
  }
}
