package dev.runbook.core.report.format;

import dev.runbook.core.report.Diagnostic;
import dev.runbook.core.report.Report;
import dev.runbook.core.report.ReportFormatter;
import dev.runbook.core.report.Severity;
import java.io.IOException;
import java.io.Writer;

/**
 * GitLab Code Quality JSON: an array of issues with {@code description}, {@code check_name},
 * {@code fingerprint}, {@code severity} and {@code location} ({@code path}, {@code
 * lines.begin}). Fingerprints are unique within the file, as GitLab requires; no byte-order
 * mark. Stateless and thread-safe.
 */
public final class GitlabFormatter implements ReportFormatter {
  @Override
  public String name() {
    return "gitlab";
  }

  @Override
  public void write(Report report, Writer out) throws IOException {
    JsonWriter json = new JsonWriter(out);
    UniqueFingerprints fingerprints = new UniqueFingerprints();
    json.beginArray();
    for (Diagnostic d : report.diagnostics()) {
      String title = d.name().isEmpty() ? d.rule() : d.rule() + " " + d.name();
      json.beginObject()
          .property("description", title + ": " + d.message())
          .property("check_name", d.rule())
          .property("fingerprint", fingerprints.next(d))
          .property("severity", severity(d.severity()));
      json.name("location").beginObject().property("path", ReportPath.of(report, d.file()));
      json.name("lines").beginObject().property("begin", d.line()).endObject();
      json.endObject().endObject();
    }
    json.endArray().finish();
  }

  private static String severity(Severity severity) {
    return switch (severity) {
      case ERROR -> "major";
      case WARNING -> "minor";
      case INFO -> "info";
    };
  }
}
