package dev.runbook.core.site;

import dev.runbook.core.model.RunbookSet;
import dev.runbook.core.model.SetIndex;
import dev.runbook.core.report.Diagnostic;
import dev.runbook.core.report.Report;
import dev.runbook.core.site.render.PagePaths;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * One version of a served site's input and the facts derived from it, as a {@link SiteSession}
 * keeps them between updates. Immutable.
 *
 * @param findings {@code report}'s findings by file
 */
record SiteState(
    RunbookSet set,
    SetIndex index,
    PagePaths paths,
    SiteCatalog catalog,
    Optional<Report> report,
    Map<String, List<Diagnostic>> findings) {

  /** Findings per rule, for the Rules pages. */
  Map<String, Integer> ruleCounts() {
    Map<String, Integer> counts = new java.util.HashMap<>();
    report.ifPresent(r -> r.diagnostics().forEach(d -> counts.merge(d.rule(), 1, Integer::sum)));
    return counts;
  }
}
