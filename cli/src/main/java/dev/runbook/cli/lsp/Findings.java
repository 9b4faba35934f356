package dev.runbook.cli.lsp;

import dev.runbook.core.model.Link;
import dev.runbook.core.model.Runbook;
import dev.runbook.core.report.Severity;
import java.util.List;
import org.eclipse.lsp4j.Diagnostic;
import org.eclipse.lsp4j.DiagnosticSeverity;
import org.eclipse.lsp4j.Position;
import org.eclipse.lsp4j.Range;

/**
 * Core findings as LSP diagnostics: the rule ID as the code, "runbook" as the source, the
 * severity mapped, and a range that starts where the finding does (lines and columns are 1-based
 * in core, 0-based in LSP; both count UTF-16 units) and covers a link's destination, else the
 * rest of the line.
 */
final class Findings {
  static final String SOURCE = "runbook";

  private Findings() {}

  static List<Diagnostic> toLsp(List<dev.runbook.core.report.Diagnostic> found, Runbook doc) {
    return found.stream().map(d -> toLsp(d, doc)).toList();
  }

  static Diagnostic toLsp(dev.runbook.core.report.Diagnostic d, Runbook doc) {
    Diagnostic out = new Diagnostic(range(d, doc), d.message(), severity(d.severity()), SOURCE);
    out.setCode(d.rule());
    return out;
  }

  static DiagnosticSeverity severity(Severity s) {
    return switch (s) {
      case ERROR -> DiagnosticSeverity.Error;
      case WARNING -> DiagnosticSeverity.Warning;
      case INFO -> DiagnosticSeverity.Information;
    };
  }

  private static Range range(dev.runbook.core.report.Diagnostic d, Runbook doc) {
    int line = d.line() - 1;
    int start = d.column() - 1;
    String text = doc.line(d.line());
    int end = text.stripTrailing().length();
    for (Link l : doc.links()) {
      if (l.position().line() == d.line() && l.position().column() == d.column() && !l.destination().isEmpty()
          && text.startsWith(l.destination(), start)) {
        end = start + l.destination().length();
        break;
      }
    }
    return new Range(new Position(line, start), new Position(line, Math.max(start, end)));
  }
}
