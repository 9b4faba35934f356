package dev.runbook.core.site.view;

import java.util.List;

/**
 * The Alert coverage page.
 *
 * @param alerts how many alerts the rules files hold
 * @param covered how many of them lead to a working runbook
 * @param byFile the chart per rules file (inline SVG)
 * @param bySeverity the chart per severity (inline SVG)
 * @param noRunbook alerts with no runbook annotation
 * @param broken alerts whose runbook link leads nowhere (or to a missing section)
 * @param unchecked alerts whose link could not be followed offline or leads outside the site
 * @param unnamed runbooks no alert links to
 */
public record CoveragePageView(
    int alerts,
    int covered,
    String byFile,
    String bySeverity,
    List<Item> noRunbook,
    List<Item> broken,
    List<Item> unchecked,
    List<LinkView> unnamed) {

  /** An alert in a list: its name, where it is written and what became of its link. */
  public record Item(String name, String source, String link) {}
}
