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

class GitlabFormatterTest {
  @Test
  void writesCodeQualityIssues() {
    Report report = SampleReports.sample();
    List<Object> issues = list(ParsedJson.render(new GitlabFormatter(), report));

    assertThat(issues).hasSize(report.diagnostics().size());
    Map<String, Object> first = map(issues.get(0));
    Diagnostic d = report.diagnostics().get(0);
    assertThat(first)
        .containsEntry("description", "RB403 review-due-soon: " + d.message())
        .containsEntry("check_name", "RB403")
        .containsEntry("fingerprint", d.fingerprint())
        .containsEntry("severity", "minor");
    assertThat(map(first.get("location"))).containsEntry("path", "runbooks/" + d.file());
    assertThat(map(map(first.get("location")).get("lines"))).containsEntry("begin", d.line());
  }

  @Test
  void mapsSeverities() {
    assertThat(list(ParsedJson.render(new GitlabFormatter(), SampleReports.counted(1, 1, 1))))
        .extracting(i -> map(i).get("severity"))
        .containsExactly("major", "minor", "info");
  }

  @Test
  void fingerprintsAreUniqueAndStableWhenIdenticalFindingsCollide() {
    Report report = new Report("runbooks", List.of("a.md"),
        List.of(todo(3), todo(9), todo(12)), List.of());
    Report shifted = new Report("runbooks", List.of("a.md"),
        List.of(todo(8), todo(14), todo(17)), List.of());

    List<Object> fingerprints = fingerprints(report);
    assertThat(fingerprints).doesNotHaveDuplicates().hasSize(3)
        .containsExactly(todo(3).fingerprint(), todo(3).fingerprint() + ":2",
            todo(3).fingerprint() + ":3");
    assertThat(fingerprints(shifted)).isEqualTo(fingerprints);
  }

  @Test
  void hasNoByteOrderMark() {
    assertThat(GoldenFiles.render(new GitlabFormatter(), SampleReports.sample())).startsWith("[");
  }

  private static List<Object> fingerprints(Report report) {
    return list(ParsedJson.render(new GitlabFormatter(), report)).stream()
        .map(i -> map(i).get("fingerprint")).toList();
  }

  private static Diagnostic todo(int line) {
    return new Diagnostic("a.md", line, 1, "RB502", "placeholder", Severity.WARNING,
        "placeholder TODO", "- TODO", false);
  }
}
