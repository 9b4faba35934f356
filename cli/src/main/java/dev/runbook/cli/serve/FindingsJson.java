package dev.runbook.cli.serve;

import dev.runbook.core.preview.PageFindings;
import dev.runbook.core.report.Diagnostic;
import dev.runbook.core.report.Severity;
import dev.runbook.core.site.data.JsonText;
import java.util.List;
import java.util.Locale;

/**
 * The overlay's data as JSON: {@code version}, {@code page}, {@code document}, {@code findings}
 * (rule, name, severity, line, column, message), {@code errors}, {@code totals} per severity and
 * {@code pending} (what is still being done before the findings are known, or null).
 * Strings are escaped so the text is also safe inside a script.
 */
final class FindingsJson {
  private FindingsJson() {}

  static String of(PageFindings f) {
    StringBuilder sb = new StringBuilder(256);
    sb.append("{\"version\":").append(f.version())
        .append(",\"page\":").append(JsonText.quote(f.page()))
        .append(",\"document\":").append(JsonText.quote(f.document()))
        .append(",\"findings\":[");
    for (int i = 0; i < f.findings().size(); i++) {
      Diagnostic d = f.findings().get(i);
      sb.append(i == 0 ? "" : ",").append("{\"rule\":").append(JsonText.quote(d.rule()))
          .append(",\"name\":").append(JsonText.quote(d.name()))
          .append(",\"file\":").append(JsonText.quote(d.file()))
          .append(",\"severity\":").append(JsonText.quote(d.severity().id()))
          .append(",\"line\":").append(d.line())
          .append(",\"column\":").append(d.column())
          .append(",\"message\":").append(JsonText.quote(d.message())).append('}');
    }
    sb.append("],\"errors\":[");
    for (int i = 0; i < f.errors().size(); i++) {
      sb.append(i == 0 ? "" : ",").append(JsonText.quote(f.errors().get(i)));
    }
    sb.append("],\"totals\":{");
    List<Severity> order = List.of(Severity.ERROR, Severity.WARNING, Severity.INFO);
    for (int i = 0; i < order.size(); i++) {
      sb.append(i == 0 ? "" : ",").append(JsonText.quote(order.get(i).id().toLowerCase(Locale.ROOT)))
          .append(':').append(f.totals().getOrDefault(order.get(i), 0));
    }
    return sb.append("},\"pending\":").append(JsonText.quote(f.pending())).append('}').toString();
  }
}
