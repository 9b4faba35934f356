package dev.runbook.core.report.format;

import static dev.runbook.core.report.format.ParsedJson.list;
import static dev.runbook.core.report.format.ParsedJson.map;
import static org.assertj.core.api.Assertions.assertThat;

import dev.runbook.core.report.Diagnostic;
import dev.runbook.core.report.Report;
import dev.runbook.core.report.SampleReports;
import dev.runbook.core.report.Severity;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class JsonFormatterTest {
  @Test
  void parsesBackToTheSpecShapeWithKeysInOrder() {
    Report report = SampleReports.sample();
    Map<String, Object> root = map(ParsedJson.render(new JsonFormatter(), report));

    assertThat(root).containsOnlyKeys("version", "root", "files", "diagnostics", "summary");
    assertThat(List.copyOf(root.keySet()))
        .containsExactly("version", "root", "files", "diagnostics", "summary");
    assertThat(root).containsEntry("version", 1).containsEntry("root", "runbooks")
        .containsEntry("files", 3);
    assertThat(map(root.get("summary")))
        .containsExactly(Map.entry("error", 3), Map.entry("warning", 2), Map.entry("info", 1));

    List<Object> diagnostics = list(root.get("diagnostics"));
    assertThat(diagnostics).hasSize(report.diagnostics().size());
    for (int i = 0; i < diagnostics.size(); i++) {
      Diagnostic d = report.diagnostics().get(i);
      Map<String, Object> json = map(diagnostics.get(i));
      assertThat(List.copyOf(json.keySet()))
          .containsExactly(
              "file", "line", "column", "rule", "name", "severity", "message", "fingerprint");
      assertThat(json)
          .containsEntry("file", ReportPath.of(report.root(), d.file()))
          .containsEntry("line", d.line())
          .containsEntry("column", d.column())
          .containsEntry("rule", d.rule())
          .containsEntry("name", d.name())
          .containsEntry("severity", d.severity().id())
          .containsEntry("message", d.message())
          .containsEntry("fingerprint", d.fingerprint());
    }
  }

  @Test
  void filesThatCouldNotBeReadComeLastUnderUnreadable() {
    Map<String, Object> root = map(ParsedJson.render(new JsonFormatter(), SampleReports.unreadable()));
    assertThat(List.copyOf(root.keySet()))
        .containsExactly("version", "root", "files", "diagnostics", "summary", "unreadable");
    assertThat(root).containsEntry("files", 2);
    assertThat(list(root.get("unreadable"))).singleElement().satisfies(u -> assertThat(map(u)).containsExactly(
        Map.entry("file", ReportPath.of(SampleReports.unreadable().root(), "big.md")),
        Map.entry("message", SampleReports.unreadable().unreadable().get(0).message())));
    assertThat(map(ParsedJson.render(new JsonFormatter(), SampleReports.clean()))).doesNotContainKey("unreadable");
  }

  @Test
  void escapesEveryCharacterThatJsonOrJavaScriptCannotCarryRaw() {
    String nasty = "quote \" backslash \\ nul \u0000 esc \u001b tab \t cr \r ls \u2028 lone \ud800 "
        + "emoji 🚀 é";
    Report report = new Report("r", List.of("a.md"),
        List.of(new Diagnostic("a.md", 1, 1, "RB502", "placeholder", Severity.WARNING, nasty,
            "", false)), List.of());

    String json = GoldenFiles.render(new JsonFormatter(), report);

    assertThat(json).doesNotContain("\u0000", "\u001b", "\u2028", "\ud800").contains("🚀 é");
    assertThat(json).contains("\\u0000", "\\u001b", "\\u2028", "\\ud800", "\\t", "\\r");
    Map<String, Object> d = map(list(map(ParsedJson.parse(json)).get("diagnostics")).get(0));
    assertThat((String) d.get("message")).startsWith("quote \" backslash \\ nul \u0000 esc");
  }
}
