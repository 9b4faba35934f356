package dev.runbook.maven;

import dev.runbook.core.model.LoadProblem;
import dev.runbook.core.report.Diagnostic;
import dev.runbook.core.report.Report;
import dev.runbook.core.report.Severity;
import java.util.List;
import org.apache.maven.plugin.logging.Log;

/**
 * Writes findings as Maven log lines that IDEs and terminals turn into links, in the compiler's
 * shape: {@code runbooks/shutdown/graceful.md:[12,5] RB301 broken-link: message}. Errors go to
 * {@code [ERROR]}, warnings to {@code [WARNING]}, infos to {@code [INFO]}.
 */
final class FindingLog {
  private final Log log;

  FindingLog(Log log) {
    this.log = log;
  }

  /** One finding as a line; {@code root} is the path the report's files are relative to. */
  static String line(String root, Diagnostic d) {
    return path(root, d.file()) + ":[" + d.line() + "," + d.column() + "] " + d.rule()
        + (d.name().isEmpty() ? "" : " " + d.name()) + ": " + oneLine(d.message());
  }

  void findings(Report report) {
    for (Diagnostic d : report.diagnostics()) {
      String line = line(report.root(), d);
      switch (d.severity()) {
        case ERROR -> log.error(line);
        case WARNING -> log.warn(line);
        case INFO -> log.info(line);
      }
    }
  }

  /** Files that could not be read (errors) or were skipped (warnings). */
  void problems(String root, List<LoadProblem> problems) {
    for (LoadProblem p : problems) {
      String line = path(root, p.path()) + ": " + oneLine(p.message());
      if (p.fatal()) {
        log.error(line);
      } else {
        log.warn(line);
      }
    }
  }

  /** Counts as {@code 2 errors, 1 warning, 0 infos}, for the severities at or above {@code from}. */
  static String counts(Report report, Severity from) {
    StringBuilder b = new StringBuilder();
    for (Severity s : new Severity[] {Severity.ERROR, Severity.WARNING, Severity.INFO}) {
      if (s.atLeast(from)) {
        b.append(b.length() == 0 ? "" : ", ").append(plural(report.count(s), s.id()));
      }
    }
    return b.toString();
  }

  static String plural(int n, String noun) {
    return n + " " + noun + (n == 1 ? "" : "s");
  }

  /** A path below the root as people see it from where mvn was started. */
  static String path(String root, String file) {
    return dev.runbook.core.report.format.ReportPath.of(root, file);
  }

  private static String oneLine(String text) {
    return text.replace("\r\n", " ").replace('\n', ' ').replace('\r', ' ');
  }
}
