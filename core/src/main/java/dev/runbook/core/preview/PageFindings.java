package dev.runbook.core.preview;

import dev.runbook.core.report.Diagnostic;
import dev.runbook.core.report.Severity;
import java.util.List;
import java.util.Map;

/**
 * What the preview overlay shows on one page: the findings of the document the page shows, the
 * problems of the preview itself, and the counts for the whole set.
 *
 * @param page the site path asked about
 * @param document the document the page shows (path from the root), or null for generated pages
 * @param findings the document's findings, in report order
 * @param errors problems that stop the preview from being what is on disk (a broken config or
 *     theme, a file that cannot be read, a page that could not be rendered)
 * @param totals findings per severity in the whole set
 * @param version the preview's version
 * @param pending what the preview is still doing before it knows the findings (the first check
 *     of the set), or null when they are known
 */
public record PageFindings(
    String page, String document, List<Diagnostic> findings, List<String> errors, Map<Severity, Integer> totals,
    long version,
    String pending) {

  /** What the overlay shows once the set is checked. */
  public PageFindings(String page, String document, List<Diagnostic> findings, List<String> errors,
      Map<Severity, Integer> totals, long version) {
    this(page, document, findings, errors, totals, version, null);
  }

  public PageFindings {
    findings = List.copyOf(findings);
    errors = List.copyOf(errors);
    totals = Map.copyOf(totals);
  }
}
