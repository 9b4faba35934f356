package dev.runbook.core.report.format;

import dev.runbook.core.model.LoadProblem;
import dev.runbook.core.report.Diagnostic;
import dev.runbook.core.report.Report;
import dev.runbook.core.report.ReportFormatter;
import dev.runbook.core.report.Severity;
import java.io.IOException;
import java.io.Writer;

/**
 * The stable machine format of SPEC §4: {@code version}, {@code root}, {@code files} (a count),
 * {@code diagnostics} and {@code summary}. Every {@code file} is the path from the folder the
 * command ran in ({@code root} joined with the root-relative path), the same as in every other
 * format (SPEC §9); keys always in that order, pretty-printed with a
 * two-space indent and a trailing newline. Each diagnostic also carries its {@code fingerprint}
 * (an addition to the SPEC shape) so that the report can serve as a baseline. When files could
 * not be read, a last key {@code unreadable} lists them ({@code file}, {@code message}); it is
 * absent otherwise. Named files the check skipped (outside the root or excluded) are listed under
 * a last key {@code skipped}, as they were named; absent when none were. Stateless and thread-safe.
 */
public final class JsonFormatter implements ReportFormatter {
  /** The value of the {@code version} key; bumped only for incompatible changes. */
  public static final int VERSION = 1;

  @Override
  public String name() {
    return "json";
  }

  @Override
  public void write(Report report, Writer out) throws IOException {
    JsonWriter json = new JsonWriter(out);
    json.beginObject()
        .property("version", VERSION)
        .property("root", report.root())
        .property("files", report.files().size());
    json.name("diagnostics").beginArray();
    for (Diagnostic d : report.diagnostics()) {
      json.beginObject()
          .property("file", ReportPath.of(report, d.file()))
          .property("line", d.line())
          .property("column", d.column())
          .property("rule", d.rule())
          .property("name", d.name())
          .property("severity", d.severity().id())
          .property("message", d.message())
          .property("fingerprint", d.fingerprint())
          .endObject();
    }
    json.endArray();
    json.name("summary").beginObject();
    for (Severity s : new Severity[] {Severity.ERROR, Severity.WARNING, Severity.INFO}) {
      json.property(s.id(), report.count(s));
    }
    json.endObject();
    if (!report.unreadable().isEmpty()) {
      json.name("unreadable").beginArray();
      for (LoadProblem p : report.unreadable()) {
        json.beginObject().property("file", ReportPath.of(report, p.path())).property("message", p.message()).endObject();
      }
      json.endArray();
    }
    if (!report.skipped().isEmpty()) {
      json.name("skipped").beginArray();
      for (String f : report.skipped()) {
        json.value(f);
      }
      json.endArray();
    }
    json.endObject().finish();
  }
}
