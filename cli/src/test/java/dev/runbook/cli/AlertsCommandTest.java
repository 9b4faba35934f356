package dev.runbook.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code runbook alerts} and {@code check --alerts}: alerting rules beside the runbooks (SPEC §7). */
class AlertsCommandTest {
  @TempDir Path dir;

  @BeforeEach
  void repository() throws IOException {
    AlertsRepository.write(dir);
  }

  private void write(String path, String text) throws IOException {
    Path f = dir.resolve(path);
    Files.createDirectories(f.getParent());
    Files.writeString(f, text);
  }

  @Test
  void printsEachAlertWithItsRunbookOrWhatIsWrong() {
    CliRun r = CliRun.in(dir, "alerts", "--alerts", "deploy/*.yaml");
    assertThat(r.code()).as(r.err()).isZero();
    assertThat(r.out()).containsSubsequence(
        "ALERT", "SEVERITY", "RULES FILE", "STATUS", "RUNBOOK",
        "DiskFull", "critical", "../deploy/alerts.yaml:4", "ok", "disk-full.md",
        "DiskFilling", "warning", "../deploy/alerts.yaml:9", "broken", "disk-filling.md",
        "DiskSlow", "info", "../deploy/alerts.yaml:14", "missing",
        "3 alerts: 1 ok, 1 broken, 1 missing");
    assertThat(r.err()).contains("../deploy/helm.yaml:1").contains("template");
  }

  @Test
  void printsJson() {
    CliRun r = CliRun.in(dir, "alerts", "--alerts", "deploy/*.yaml", "--format", "json");
    assertThat(r.code()).as(r.err()).isZero();
    assertThat(r.out()).contains("{\"alert\": \"DiskFilling\", \"severity\": \"warning\", "
        + "\"file\": \"../deploy/alerts.yaml\", \"line\": 9, \"status\": \"broken\", \"runbook\": \"disk-filling.md\"}")
        .contains("\"unreadable\": [\"../deploy/helm.yaml:1:");
  }

  @Test
  void withoutRulesFilesItSaysHowToNameThem() {
    CliRun r = CliRun.in(dir, "alerts");
    assertThat(r.code()).isEqualTo(ExitCodes.USAGE);
    assertThat(r.err()).contains("alerts.rules").contains("--alerts");
  }

  @Test
  void checkWithAlertsReportsOnTheRulesFilesLines() {
    CliRun r = CliRun.in(dir, "check", "--alerts", "deploy/*.yaml", "--no-color");
    assertThat(r.code()).isEqualTo(ExitCodes.VIOLATIONS);
    assertThat(r.out())
        .contains("deploy/alerts.yaml:13:7 error RB602 alert-runbook-broken alert 'DiskFilling'")
        .contains("runbook_url: https://runbooks.example.org/disk-filling")
        .contains("deploy/alerts.yaml:14:5 warning RB601").doesNotContain("RB601 alert-runbook-missing alert 'DiskFull'")
        .contains("deploy/helm.yaml:1:1 error RB604");
  }

  @Test
  void aRulesGlobWithATypoFailsCheckAndBuildAtItsLineAndAlertsSaysSo() throws IOException {
    write("runbook.yml", """
        root: runbooks
        sections: [Overview]
        rules: {RB201: off, RB401: off, RB405: off}
        alerts:
          rules: ["deploi/*.yaml"]
        """);
    CliRun check = CliRun.in(dir, "check", "--no-color");
    assertThat(check.code()).as(check.out() + check.err()).isEqualTo(ExitCodes.VIOLATIONS);
    assertThat(check.out()).contains("runbook.yml:5:11 error RB604 alert-rules-unreadable alerts.rules 'deploi/*.yaml' "
        + "matches no file");

    CliRun build = CliRun.in(dir, "build", "--no-color", "-o", "site");
    assertThat(build.out() + build.err()).contains("runbook.yml:5:11", "RB604", "'deploi/*.yaml' matches no file");

    CliRun alerts = CliRun.in(dir, "alerts");
    assertThat(alerts.code()).isEqualTo(ExitCodes.USAGE);
    assertThat(alerts.err()).contains("runbook.yml:5:11: alerts.rules 'deploi/*.yaml' matches no file");
  }

  @Test
  void anAlertsOptionThatMatchesNoFileIsAUsageErrorNamingTheGlob() {
    CliRun r = CliRun.in(dir, "check", "--alerts", "deploy/*.yml");
    assertThat(r.code()).isEqualTo(ExitCodes.USAGE);
    assertThat(r.err()).contains("'deploy/*.yml'", "matches no file", "fix the glob");
  }
}
