package dev.runbook.maven;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugin.MojoFailureException;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The goal's decisions, without Maven: parameters are set as Maven would inject them. */
class CheckMojoTest {
  @TempDir Path project;
  private final RecordingLog log = new RecordingLog();
  private CheckMojo mojo;

  @BeforeEach
  void validProject() throws IOException {
    Files.createDirectories(project.resolve("runbooks"));
    for (String name : List.of("README.md", "cold-start.md")) {
      try (InputStream in = getClass().getResourceAsStream("/project/runbooks/" + name)) {
        Files.copy(in, project.resolve("runbooks").resolve(name));
      }
    }
    mojo = new CheckMojo();
    mojo.setLog(log);
    mojo.basedir = project.toFile();
    mojo.executionRoot = project.toFile();
    mojo.buildDirectory = project.resolve("target").toFile();
    mojo.failOn = "error";
    mojo.failOnViolation = true;
    mojo.today = "2026-11-28";
    // As Maven fills it in: the comma-separated default with the build folder expanded.
    mojo.reports = List.of(CheckMojo.DEFAULT_REPORTS
        .replace("${project.build.directory}", mojo.buildDirectory.toString()).split(","));
  }

  private void breakALink() throws IOException {
    Path runbook = project.resolve("runbooks/cold-start.md");
    Files.writeString(runbook, Files.readString(runbook).replace("[Index](README.md)", "[Gone](gone.md)"));
  }

  @Test
  void passesACleanSetAndWritesTheDefaultReports() throws Exception {
    mojo.execute();

    assertThat(log.lines).containsExactly("[INFO] runbook: 2 files checked in runbooks: 0 errors, 0 warnings, 0 infos;"
        + " reports: target/runbook/runbook.sarif, target/runbook/runbook-junit.xml");
    assertThat(project.resolve("target/runbook/runbook.sarif")).isNotEmptyFile();
    assertThat(project.resolve("target/runbook/runbook-junit.xml")).isNotEmptyFile();
  }

  @Test
  void failsWithTheCountAndLogsClickableLines() throws Exception {
    breakALink();

    assertThatThrownBy(mojo::execute).isInstanceOf(MojoFailureException.class)
        .hasMessage("1 runbook violation in runbooks (1 error; failOn is error): see the lines above");
    assertThat(log.lines.get(0)).matches(
        "\\[ERROR] runbooks/cold-start\\.md:\\[\\d+,\\d+] RB301 broken-link: .*gone\\.md.*");
    assertThat(project.resolve("target/runbook/runbook.sarif")).content(StandardCharsets.UTF_8).contains("RB301");
  }

  @Test
  void pathsAreRelativeToWhereMavenStarted() throws Exception {
    breakALink();
    mojo.executionRoot = project.getParent().toFile();

    assertThatThrownBy(mojo::execute).isInstanceOf(MojoFailureException.class);
    assertThat(log.lines.get(0)).startsWith("[ERROR] " + project.getFileName() + "/runbooks/cold-start.md:[");
  }

  @Test
  void withFPathsAndHintsAreRelativeToTheFolderMavenRanIn() throws Exception {
    // mvn -f svc/pom.xml run in the repository: Maven's execution root is svc, user.dir the repository.
    Path runbook = project.resolve("runbooks/cold-start.md");
    Files.writeString(runbook, Files.readString(runbook).replace("[Index](README.md)", "[Gone](gone.md)")
        .replaceAll("(?m)^last_reviewed:.*\n", ""));
    mojo.executionRoot = project.toFile();
    mojo.workingDirectory = project.getParent().toFile();

    assertThatThrownBy(mojo::execute).isInstanceOf(MojoFailureException.class)
        .hasMessageContaining(" in " + project.getFileName() + "/runbooks (");
    assertThat(log.lines.get(0)).startsWith("[ERROR] " + project.getFileName() + "/runbooks/cold-start.md:[");
    assertThat(String.join("\n", log.lines))
        .contains("runbook review " + project.getFileName() + "/runbooks/cold-start.md does it");
  }

  @Test
  void withFNamingAPomOutsideTheFolderMavenRanInPathsStayRelativeToThatPom() throws Exception {
    // mvn -f ../svc/pom.xml: paths from where mvn ran would all start with ../, so the reactor root is kept.
    breakALink();
    mojo.executionRoot = project.toFile();
    mojo.workingDirectory = Files.createDirectories(project.resolve("elsewhere")).toFile();

    assertThatThrownBy(mojo::execute).isInstanceOf(MojoFailureException.class);
    assertThat(log.lines.get(0)).startsWith("[ERROR] runbooks/cold-start.md:[");
  }

  @Test
  void aConfigInTheProjectFolderNamesTheRootAsRunbookCheckFindsIt() throws Exception {
    Files.move(project.resolve("runbooks"), Files.createDirectories(project.resolve("docs")).resolve("ops"));
    Files.writeString(project.resolve(".runbook.yml"), "root: docs/ops\n");

    mojo.execute();

    assertThat(log.lines.get(0)).startsWith("[INFO] runbook: 2 files checked in docs/ops:");
  }

  @Test
  void hintsAreCommandsThatWorkFromWhereMavenStarted() throws Exception {
    Path runbook = project.resolve("runbooks/cold-start.md");
    Files.writeString(runbook, Files.readString(runbook).replaceAll("(?m)^last_reviewed:.*\n", ""));
    mojo.executionRoot = project.getParent().toFile();

    assertThatThrownBy(mojo::execute).isInstanceOf(MojoFailureException.class);
    assertThat(String.join("\n", log.lines))
        .contains("runbook review " + project.getFileName() + "/runbooks/cold-start.md does it");
  }

  @Test
  void warnsInsteadOfFailingWhenFailOnViolationIsOff() throws Exception {
    breakALink();
    mojo.failOnViolation = false;

    mojo.execute();

    assertThat(log.lines.get(log.lines.size() - 1)).isEqualTo("[WARNING] 1 runbook violation in runbooks"
        + " (1 error; failOn is error): see the lines above; the build goes on because failOnViolation is false");
  }

  @Test
  void failOnWarningCountsWarnings() throws Exception {
    Path runbook = project.resolve("runbooks/cold-start.md");
    Files.writeString(runbook, Files.readString(runbook).replace("owner: team-sre\n", ""));
    mojo.execute();
    assertThat(log.lines.get(0)).startsWith("[WARNING] runbooks/cold-start.md:[").contains("RB405 owner-missing");

    mojo.failOn = "WARNING";
    assertThatThrownBy(mojo::execute).isInstanceOf(MojoFailureException.class)
        .hasMessageStartingWith("1 runbook violation in runbooks (0 errors, 1 warning; failOn is warning)");
  }

  @Test
  void noneWritesNoReports() throws Exception {
    mojo.reports = List.of("none");

    mojo.execute();

    assertThat(log.lines).containsExactly(
        "[INFO] runbook: 2 files checked in runbooks: 0 errors, 0 warnings, 0 infos; no report files");
  }

  @Test
  void skipDoesNothing() throws Exception {
    breakALink();
    mojo.skip = true;

    mojo.execute();

    assertThat(log.lines).containsExactly("[INFO] runbook: check skipped");
    assertThat(project.resolve("target")).doesNotExist();
  }

  @Test
  void aMissingDefaultFolderIsNothingToDo() throws Exception {
    mojo.basedir = project.resolve("docs").toFile();

    mojo.execute();

    assertThat(log.lines).containsExactly("[INFO] runbook: no folder docs/runbooks, nothing to check"
        + " (set runbookDirectory if your runbooks live elsewhere)");
  }

  @Test
  void aMissingConfiguredFolderIsAnError() {
    mojo.runbookDirectory = project.resolve("ops/runbooks").toFile();

    assertThatThrownBy(mojo::execute).isInstanceOf(MojoExecutionException.class)
        .hasMessageStartingWith("runbookDirectory " + project.resolve("ops/runbooks") + " is not an existing folder");
  }

  @Test
  void badParametersAreOneSentenceErrors() {
    mojo.failOn = "fatal";
    assertThatThrownBy(mojo::execute).isInstanceOf(MojoExecutionException.class)
        .hasMessage("failOn must be error, warning or info, not 'fatal'");

    mojo.failOn = "error";
    mojo.today = "28.11.2026";
    assertThatThrownBy(mojo::execute).isInstanceOf(MojoExecutionException.class)
        .hasMessage("today must be a date like 2026-11-28, not '28.11.2026'");

    mojo.today = null;
    mojo.reports = List.of("sarif");
    assertThatThrownBy(mojo::execute).isInstanceOf(MojoExecutionException.class)
        .hasMessage("reports: a report is FORMAT:FILE, e.g. sarif:target/runbook.sarif, not 'sarif'");

    mojo.reports = List.of();
    mojo.configFile = project.resolve("nope.yml").toFile();
    assertThatThrownBy(mojo::execute).isInstanceOf(MojoExecutionException.class)
        .hasMessageStartingWith("configFile " + project.resolve("nope.yml") + " does not exist");
  }

  @Test
  void aBrokenConfigIsAnExecutionError() throws Exception {
    Files.writeString(project.resolve("runbook.yml"), "colour: blue\n");

    assertThatThrownBy(mojo::execute).isInstanceOf(MojoExecutionException.class)
        .hasMessageContaining("colour");
  }

  @Test
  void aBadGlobInTheConfigIsAnExecutionErrorNamingItsLine() throws Exception {
    Files.writeString(project.resolve("runbook.yml"), "exclude:\n  - \"**/[\"\n");

    assertThatThrownBy(mojo::execute).isInstanceOf(MojoExecutionException.class)
        .hasMessageContaining("runbook.yml:2: bad glob '**/['");
  }

  @Test
  void aBaselineAcceptsOldFindings() throws Exception {
    breakALink();
    mojo.failOnViolation = false;
    mojo.reports = List.of("json:runbook-baseline.json");
    mojo.execute();

    log.lines.clear();
    mojo.failOnViolation = true;
    mojo.reports = List.of();
    mojo.baseline = project.resolve("runbook-baseline.json").toFile();
    mojo.execute();

    assertThat(log.lines).containsExactly("[INFO] runbook: 2 files checked in runbooks: 0 errors, 0 warnings,"
        + " 0 infos; 1 accepted by the baseline; no report files");
  }

  @Test
  void alertRulesOutsideTheRunbookFolderAreCheckedAndLoggedByTheirOwnPath() throws Exception {
    Files.createDirectories(project.resolve("deploy"));
    Files.writeString(project.resolve("deploy/alerts.yaml"), """
        groups:
          - name: start
            rules:
              - alert: ColdStartFailed
                expr: up == 0
                annotations:
                  runbook_url: https://runbooks.example.org/cold-starts
        """);
    Files.writeString(project.resolve("runbook.yml"), """
        alerts:
          runbook_urls: ["https://runbooks.example.org/{path}"]
        """);
    mojo.alertRules = List.of("deploy/*.yaml");

    assertThatThrownBy(mojo::execute).isInstanceOf(MojoFailureException.class);
    assertThat(log.lines.get(0)).startsWith("[ERROR] deploy/alerts.yaml:[7,11] RB602 alert-runbook-broken: ")
        .contains("cold-start.md");
  }

  @Test
  void withoutAlertRulesNoAlertIsRead() throws Exception {
    Files.createDirectories(project.resolve("deploy"));
    Files.writeString(project.resolve("deploy/alerts.yaml"), "groups: [{name: a, rules: [{alert: A, expr: up}]}]\n");

    mojo.execute();

    assertThat(log.lines.get(0)).startsWith("[INFO] runbook: 2 files checked");
  }
}
