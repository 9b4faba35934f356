package dev.runbook.core.check;

import static org.assertj.core.api.Assertions.assertThat;

import dev.runbook.core.report.Baseline;
import dev.runbook.core.report.Diagnostic;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A repository with runbooks/ and deploy/ side by side, as SPEC §7 pictures it: rules files that
 * lie outside the root, the site's own page paths as the default pattern, paths with no scheme,
 * case, {@code --alerts}, and baselines.
 */
class AlertsCheckTest {
  private static final Clock TODAY = Clock.fixed(Instant.parse("2026-11-28T12:00:00Z"), ZoneOffset.UTC);

  @TempDir Path repo;

  @BeforeEach
  void repository() throws IOException {
    write("runbooks/README.md", "# Runbooks\n\n- [Disk full](disk/full.md)\n- [Disk](disk/README.md)\n");
    write("runbooks/disk/README.md", "# Disk\n\n- [Disk full](full.md)\n");
    write("runbooks/disk/full.md", "# Disk full\n\n## Overview\n\nFree space.\n");
    write("docs/extra.txt", "notes\n");
  }

  private void write(String path, String text) throws IOException {
    Path f = repo.resolve(path);
    Files.createDirectories(f.getParent());
    Files.writeString(f, text);
  }

  private void config(String alerts) throws IOException {
    write("runbook.yml", "root: runbooks\nsections: [Overview]\nrules: {RB201: off, RB401: off, RB405: off}\n"
        + "site:\n  base_url: https://ops.example.org/runbooks\n" + alerts);
  }

  private void rules(String file, String... urls) throws IOException {
    StringBuilder y = new StringBuilder("groups:\n- name: g\n  rules:\n");
    for (int i = 0; i < urls.length; i++) {
      y.append("  - alert: A").append(i).append("\n    expr: up == 0\n    annotations:\n      runbook_url: ")
          .append(urls[i]).append('\n');
    }
    write(file, y.toString());
  }

  private CheckResult check(List<String> alertGlobs) throws CheckFailure {
    return new CheckRunner().run(new CheckOptions(repo, Optional.empty(), List.of(), Optional.empty(), TODAY,
        false, Optional.empty(), Optional.empty(), 1, alertGlobs));
  }

  private static List<String> broken(CheckResult r) {
    return r.report().diagnostics().stream().filter(d -> d.rule().startsWith("RB60"))
        .map(d -> d.file() + ":" + d.line() + " " + d.rule()).toList();
  }

  @Test
  void aGlobThroughALinkedFolderFindsItsFilesUnderTheNamesItGives() throws Exception {
    config("alerts:\n  rules: [\"deploy/*.yaml\"]\n");
    rules("shared/rules/alerts.yaml", "https://ops.example.org/runbooks/disk/full.html",
        "https://ops.example.org/runbooks/disk/fill.html");
    try {
      Files.createSymbolicLink(repo.resolve("deploy"), Path.of("shared/rules"));
    } catch (UnsupportedOperationException | IOException e) {
      Assumptions.abort("this file system cannot make a link: " + e.getMessage());
    }

    CheckResult r = check(List.of());

    assertThat(broken(r)).containsExactly("../deploy/alerts.yaml:11 RB602");
  }

  @Test
  void withoutPatternsTheSitesOwnPagesUnderItsBaseUrlAreThePattern() throws Exception {
    config("alerts:\n  rules: [\"deploy/*.yaml\"]\n");
    rules("deploy/alerts.yaml",
        "https://ops.example.org/runbooks/disk/full.html",
        "https://ops.example.org/runbooks/disk/full",
        "https://ops.example.org/runbooks/disk/",
        "https://ops.example.org/runbooks/disk/fill.html",
        "https://elsewhere.example.org/disk/fill.html");

    CheckResult r = check(List.of());

    assertThat(broken(r)).containsExactly("../deploy/alerts.yaml:19 RB602");
    Diagnostic d = r.report().diagnostics().get(0);
    assertThat(d.message()).contains("disk/full.md");
    assertThat(d.sourceLine()).contains("disk/fill.html");
    assertThat(r.report().files()).contains("../deploy/alerts.yaml");
  }

  @Test
  void inHugosUrlStyleTheSitesPagesAreHugosLowerCaseFolders() throws Exception {
    write("runbooks/disk/KubeDiskFull.md", "# KubeDiskFull\n\n## Overview\n\nFree space.\n");
    write("runbook.yml", "root: runbooks\nsections: [Overview]\nrules: {RB201: off, RB401: off, RB405: off}\n"
        + "site:\n  base_url: https://ops.example.org/runbooks\n  url_style: hugo\n"
        + "alerts:\n  rules: [\"deploy/*.yaml\"]\n");
    rules("deploy/alerts.yaml",
        "https://ops.example.org/runbooks/disk/kubediskfull/",
        "https://ops.example.org/runbooks/disk/kubediskfull#overview",
        "https://ops.example.org/runbooks/disk/KubeDiskFull.html");

    assertThat(broken(check(List.of()))).as("the page is disk/kubediskfull/index.html, not KubeDiskFull.html")
        .containsExactly("../deploy/alerts.yaml:15 RB602");
  }

  @Test
  void caseCountsUnlessIgnoreCaseIsOn() throws Exception {
    rules("deploy/alerts.yaml", "https://runbooks.example.org/Disk/Full");
    config("alerts:\n  rules: [\"deploy/*.yaml\"]\n  runbook_urls: [\"https://runbooks.example.org/{path}\"]\n");
    assertThat(broken(check(List.of()))).containsExactly("../deploy/alerts.yaml:7 RB602");

    config("alerts:\n  rules: [\"deploy/*.yaml\"]\n  runbook_urls: [\"https://runbooks.example.org/{path}\"]\n"
        + "  ignore_case: true\n");
    assertThat(broken(check(List.of()))).isEmpty();
  }

  @Test
  void pathsWithoutSchemeAreRelativeToTheConfigsFolderAndMayLeaveTheRoot() throws Exception {
    config("alerts:\n  rules: [\"deploy/*.yaml\"]\n");
    rules("deploy/alerts.yaml", "runbooks/disk/full.md#overview", "docs/extra.txt", "docs/missing.txt",
        "runbooks/disk/full.md#gone");
    assertThat(broken(check(List.of())))
        .containsExactly("../deploy/alerts.yaml:15 RB602", "../deploy/alerts.yaml:19 RB602");
  }

  @Test
  void alertsGlobsAddRulesFilesRelativeToTheWorkingFolder() throws Exception {
    config("alerts:\n  runbook_urls: [\"https://runbooks.example.org/{path}\"]\n");
    rules("deploy/more/alerts.yaml", "https://runbooks.example.org/disk/fulll");
    assertThat(broken(check(List.of()))).as("no rules files named").isEmpty();
    assertThat(broken(check(List.of("deploy/**/*.yaml")))).containsExactly("../deploy/more/alerts.yaml:7 RB602");
  }

  @Test
  void aBaselineAcceptsFindingsOnRulesFiles() throws Exception {
    config("alerts:\n  rules: [\"deploy/*.yaml\"]\n  runbook_urls: [\"https://runbooks.example.org/{path}\"]\n");
    rules("deploy/alerts.yaml", "https://runbooks.example.org/disk/gone");
    CheckResult first = check(List.of());
    assertThat(broken(first)).hasSize(1);
    Path baseline = repo.resolve("baseline.json");
    Baseline.write(first.all(), baseline);

    CheckResult again = new CheckRunner().run(new CheckOptions(repo, Optional.empty(), List.of(), Optional.empty(),
        TODAY, false, Optional.empty(), Optional.of(baseline), 1, List.of()));

    assertThat(broken(again)).isEmpty();
    assertThat(broken(new CheckResult(again.all(), again.all(), again.set(), again.index(), again.config(),
        again.problems()))).hasSize(1);
  }

  @Test
  void aConfigGlobThatMatchesNoFileIsAnErrorAtItsLineInTheConfigAndTheOtherGlobsStillCount() throws Exception {
    config("alerts:\n  rules:\n    - \"deploy/*.yaml\"\n    - \"deploi/*.yaml\"\n"
        + "  runbook_urls: [\"https://runbooks.example.org/{path}\"]\n");
    rules("deploy/alerts.yaml", "https://runbooks.example.org/disk/gone");

    CheckResult r = check(List.of());

    assertThat(broken(r)).containsExactly("../deploy/alerts.yaml:7 RB602", "../runbook.yml:9 RB604");
    Diagnostic d = r.report().diagnostics().stream().filter(x -> x.rule().equals("RB604")).findFirst().orElseThrow();
    assertThat(d.severity()).isEqualTo(dev.runbook.core.report.Severity.ERROR);
    assertThat(d.column()).isEqualTo(7);
    assertThat(d.message()).contains("alerts.rules 'deploi/*.yaml' matches no file", "fix the glob");
    assertThat(d.sourceLine()).contains("deploi/*.yaml");
    assertThat(r.report().counts()).containsEntry(dev.runbook.core.report.Severity.ERROR, 2);
  }

  @Test
  void aConfigGlobThatMatchesNothingAloneStillFailsTheCheck() throws Exception {
    config("alerts:\n  rules: [\"../deploy/*.yaml\"]\n");
    CheckResult r = check(List.of());
    assertThat(broken(r)).containsExactly("../runbook.yml:7 RB604");
  }

  @Test
  void aCommandLineGlobThatMatchesNoFileIsBadInputNamingIt() throws Exception {
    config("");
    org.assertj.core.api.Assertions.assertThatThrownBy(() -> check(List.of("deploy/*.yml")))
        .isInstanceOf(CheckFailure.class)
        .hasMessageContaining("'deploy/*.yml' (--alerts or alertRules) matches no file")
        .hasMessageContaining("fix the glob");
  }
}
