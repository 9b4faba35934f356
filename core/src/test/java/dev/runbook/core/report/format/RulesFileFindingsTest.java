package dev.runbook.core.report.format;

import static org.assertj.core.api.Assertions.assertThat;

import dev.runbook.core.report.Diagnostic;
import dev.runbook.core.report.Report;
import dev.runbook.core.report.Severity;
import dev.runbook.core.report.format.GoldenFiles;
import java.util.List;
import org.assertj.core.api.SoftAssertions;
import org.junit.jupiter.api.Test;

/**
 * A finding on an alerting-rules file outside the runbook root (SPEC §7.3): every format names
 * the file by the path CI knows it by, {@code deploy/alerts.yaml} beside {@code runbooks/}, never
 * {@code runbooks/../deploy/alerts.yaml}, with its line, and text shows the rules file's line.
 */
class RulesFileFindingsTest {
  private static final String LINE = "          runbook_url: https://runbooks.example.org/disk-ful";

  private static Report report() {
    Diagnostic d = new Diagnostic("../deploy/alerts.yaml", 12, 11, "RB602", "alert-runbook-broken",
        Severity.ERROR, "alert 'DiskFull': 'https://runbooks.example.org/disk-ful' names no runbook",
        LINE, false);
    return new Report("runbooks", List.of("../deploy/alerts.yaml", "disk-full.md"), List.of(d), List.of());
  }

  @Test
  void everyFormatPointsAtTheRulesFileBesideTheRoot() {
    SoftAssertions soft = new SoftAssertions();
    for (String name : ReportFormats.names()) {
      String out = GoldenFiles.render(ReportFormats.create(name, false).orElseThrow(), report());
      soft.assertThat(out).as(name).contains("deploy/alerts.yaml").doesNotContain("runbooks/../");
      soft.assertThat(out).as(name).contains("12");
    }
    soft.assertAll();
  }

  @Test
  void textShowsTheRulesFilesLineUnderTheFinding() {
    String out = GoldenFiles.render(ReportFormats.create("text", false).orElseThrow(), report());
    assertThat(out).contains("deploy/alerts.yaml:12:11 error RB602").contains(LINE.strip());
  }

  @Test
  void aRootOfDotKeepsTheClimb() {
    Report r = report().withRoot(".");
    assertThat(ReportPath.of(r, "../deploy/alerts.yaml")).isEqualTo("../deploy/alerts.yaml");
    assertThat(ReportPath.of(report().withRoot("ops/runbooks"), "../../deploy/a.yaml")).isEqualTo("deploy/a.yaml");
  }
}
