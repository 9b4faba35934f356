package dev.runbook.core.site.view;

import java.util.List;

/**
 * The Automation status page, the seed's table generated from {@code automation} front matter.
 *
 * @param levels how many runbooks per level, most automated first
 * @param rows the runbooks that state a level, most automated first, then by title
 * @param unstated how many runbooks state no level
 */
public record AutomationPageView(List<LevelCount> levels, List<RunbookRow> rows, int unstated) {

  /** A level and how many runbooks have it. */
  public record LevelCount(String label, int count) {}
}
