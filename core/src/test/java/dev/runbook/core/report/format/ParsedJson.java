package dev.runbook.core.report.format;

import dev.runbook.core.report.Report;
import dev.runbook.core.report.ReportFormatter;
import java.util.List;
import java.util.Map;
import org.snakeyaml.engine.v2.api.Load;
import org.snakeyaml.engine.v2.api.LoadSettings;

/** Reads formatter output back as data (JSON is YAML 1.2), keys in document order. */
final class ParsedJson {
  private ParsedJson() {}

  static Object parse(String json) {
    return new Load(LoadSettings.builder().setAllowDuplicateKeys(false).build())
        .loadFromString(json);
  }

  static Object render(ReportFormatter formatter, Report report) {
    return parse(GoldenFiles.render(formatter, report));
  }

  @SuppressWarnings("unchecked")
  static Map<String, Object> map(Object o) {
    return (Map<String, Object>) o;
  }

  @SuppressWarnings("unchecked")
  static List<Object> list(Object o) {
    return (List<Object>) o;
  }
}
