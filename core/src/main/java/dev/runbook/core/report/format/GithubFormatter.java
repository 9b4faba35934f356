package dev.runbook.core.report.format;

import dev.runbook.core.report.Diagnostic;
import dev.runbook.core.report.Report;
import dev.runbook.core.report.ReportFormatter;
import dev.runbook.core.report.Severity;
import java.io.IOException;
import java.io.Writer;
import java.util.ArrayList;
import java.util.List;

/**
 * GitHub Actions workflow commands: {@code ::error file=…,line=…,col=…,title=RB301
 * broken-link::message}, with {@code warning} and {@code notice} for the other levels. GitHub
 * shows at most {@value #SHOWN_PER_LEVEL} annotations per level per step and silently drops the
 * rest, so when a level has more, a {@code runbook summary} notice states the real counts and
 * points to the full report. Stateless and thread-safe.
 */
public final class GithubFormatter implements ReportFormatter {
  /** How many annotations of one level GitHub shows per step. */
  public static final int SHOWN_PER_LEVEL = 10;

  @Override
  public String name() {
    return "github";
  }

  @Override
  public void write(Report report, Writer out) throws IOException {
    String summary = summary(report);
    // The summary is itself a notice: when notices overflow too, it must come before them or
    // GitHub drops it with the rest.
    boolean summaryFirst = summary != null && report.count(Severity.INFO) >= SHOWN_PER_LEVEL;
    for (Diagnostic d : report.diagnostics()) {
      if (summaryFirst && d.severity() == Severity.INFO) {
        out.write(summary);
        summaryFirst = false;
        summary = null;
      }
      out.write(annotation(report, d));
    }
    if (summary != null) {
      out.write(summary);
    }
  }

  private static String annotation(Report report, Diagnostic d) {
    String title = d.name().isEmpty() ? d.rule() : d.rule() + " " + d.name();
    return "::" + command(d.severity())
        + " file=" + property(ReportPath.of(report, d.file()))
        + ",line=" + d.line()
        + ",col=" + d.column()
        + ",title=" + property(title)
        + "::" + data(d.message()) + "\n";
  }

  /** The summary notice, or null when GitHub will show every annotation. */
  private static String summary(Report report) {
    List<String> hidden = new ArrayList<>();
    for (Severity s : new Severity[] {Severity.ERROR, Severity.WARNING, Severity.INFO}) {
      int n = report.count(s);
      if (n > SHOWN_PER_LEVEL) {
        hidden.add(Plural.count(n - SHOWN_PER_LEVEL, s.id()));
      }
    }
    if (hidden.isEmpty()) {
      return null;
    }
    String text = "runbook found "
        + Plural.count(report.count(Severity.ERROR), "error") + ", "
        + Plural.count(report.count(Severity.WARNING), "warning") + " and "
        + Plural.count(report.count(Severity.INFO), "info")
        + "; GitHub shows at most " + SHOWN_PER_LEVEL + " annotations of each level per step,"
        + " so annotations are missing for " + String.join(" and ", hidden)
        + "; the full report lists every finding.";
    return "::notice title=runbook summary::" + data(text) + "\n";
  }

  private static String command(Severity severity) {
    return switch (severity) {
      case ERROR -> "error";
      case WARNING -> "warning";
      case INFO -> "notice";
    };
  }

  /** Escapes a command's message, as GitHub's toolkit does. */
  static String data(String text) {
    return text.replace("%", "%25").replace("\r", "%0D").replace("\n", "%0A");
  }

  /** Escapes a command property value, as GitHub's toolkit does. */
  static String property(String text) {
    return data(text).replace(":", "%3A").replace(",", "%2C");
  }
}
