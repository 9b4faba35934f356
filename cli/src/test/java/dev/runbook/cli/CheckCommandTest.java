package dev.runbook.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CheckCommandTest {
  @TempDir Path dir;
  Path root;

  static final String GOOD = String.join("\n",
      "---",
      "risk: low",
      "owner: sre",
      "last_reviewed: 2026-11-01",
      "---",
      "# Rotate logs",
      "",
      "**Risk Level**: 🔵 Low",
      "",
      "## Overview",
      "Rotates the logs.",
      "## Prerequisites",
      "- Shell access",
      "## Steps",
      "1. Run `logrotate -f /etc/logrotate.conf`",
      "## Validation",
      "- New log file exists",
      "## Rollback",
      "- Nothing to undo: rotation keeps old files",
      "## References",
      "- [Index](README.md)",
      "");

  @BeforeEach
  void setUp() throws Exception {
    root = dir.resolve("runbooks");
    Files.createDirectories(root);
    Files.writeString(root.resolve("README.md"), "# Index\n\n## Logs\n\n- [Rotate](rotate.md)\n");
    Files.writeString(root.resolve("rotate.md"), GOOD);
  }

  @Test
  void cleanSetExitsZeroWithASummary() {
    CliRunner.Result r = CliRunner.run(dir, "check", "runbooks");
    assertThat(r.exit()).as(r.err()).isZero();
    assertThat(r.out()).isEqualTo("2 files checked: no problems\n");
    assertThat(r.err()).isEmpty();
  }

  @Test
  void rulesAreNamedInTheConfigAndSarifLinksThemToThePublishedSite() throws Exception {
    Files.writeString(root.resolve("rotate.md"), GOOD + "\nSee [the old notes](old.md).\n");
    Files.writeString(dir.resolve("runbook.yml"), "root: runbooks\nrules:\n  broken-link: warning\n"
        + "site:\n  base_url: https://runbooks.example.org/ops/\n");
    CliRunner.Result r = CliRunner.run(dir, "check", "--format", "sarif");
    assertThat(r.exit()).as("a warning does not fail: " + r.err()).isZero();
    assertThat(r.out()).contains("\"ruleId\": \"RB301\"", "\"level\": \"warning\"",
        "\"helpUri\": \"https://runbooks.example.org/ops/rules/RB301.html\"", "\"semanticVersion\": \"");
  }

  @Test
  void defaultRootIsRunbooksFolder() {
    assertThat(CliRunner.run(dir, "check").exit()).isZero();
  }

  @Test
  void brokenLinkExitsOneAndPointsAtTheLine() throws Exception {
    Files.writeString(root.resolve("rotate.md"), GOOD.replace("[Index](README.md)", "[Gone](gone.md)"));
    CliRunner.Result r = CliRunner.run(dir, "check", "runbooks");
    assertThat(r.exit()).isEqualTo(1);
    assertThat(r.out()).contains("runbooks/rotate.md:21:10 error RB301 broken-link link target 'gone.md' does not exist")
        .contains("    - [Gone](gone.md)\n             ^")
        .contains("1 error");
  }

  @Test
  void failOnWarningTurnsWarningsIntoFailure() throws Exception {
    Files.writeString(root.resolve("rotate.md"), GOOD.replace("owner: sre\n", ""));
    assertThat(CliRunner.run(dir, "check", "runbooks").exit()).isZero();
    assertThat(CliRunner.run(dir, "check", "runbooks", "--fail-on", "warning").exit()).isEqualTo(1);
    assertThat(CliRunner.run(dir, "check", "runbooks", "--fail-on", "sometimes").exit()).isEqualTo(2);
  }

  @Test
  void jsonFormatHasTheSpecShape() throws Exception {
    Files.writeString(root.resolve("rotate.md"), GOOD.replace("[Index](README.md)", "[Gone](gone.md)"));
    CliRunner.Result r = CliRunner.run(dir, "check", "runbooks", "--format", "json");
    assertThat(r.out()).contains("\"version\": 1").contains("\"root\": \"runbooks\"").contains("\"files\": 2")
        .as("file is the path from the working folder, as in every format")
        .contains("\"file\": \"runbooks/rotate.md\"").contains("\"line\": 21").contains("\"rule\": \"RB301\"")
        .contains("\"summary\"");
  }

  @Test
  void reportFilesAreWrittenBesideTheConsoleOutput() {
    CliRunner.Result r = CliRunner.run(dir, "check", "runbooks", "--report", "sarif:out/r.sarif",
        "--report", "junit:out/r.xml");
    assertThat(r.exit()).isZero();
    assertThat(dir.resolve("out/r.sarif")).content().contains("\"version\": \"2.1.0\"");
    assertThat(dir.resolve("out/r.xml")).content().contains("<testsuite");
  }

  @Test
  void badFormatOrReportSpecIsAUsageError() {
    CliRunner.Result r = CliRunner.run(dir, "check", "--format", "yaml");
    assertThat(r.exit()).isEqualTo(2);
    assertThat(r.err()).contains("unknown format 'yaml'");
    assertThat(CliRunner.run(dir, "check", "--report", "sarif").exit()).isEqualTo(2);
  }

  @Test
  void todayOptionMovesTheReviewClock() {
    CliRunner.Result r = CliRunner.run(dir, "check", "runbooks", "--today", "2027-03-01");
    assertThat(r.exit()).isEqualTo(1);
    assertThat(r.out()).contains("RB402 review-overdue");
    assertThat(CliRunner.run(dir, "check", "--today", "March").exit()).isEqualTo(2);
  }

  @Test
  void missingRootIsOneLineAndExitTwo() {
    CliRunner.Result r = CliRunner.run(dir, "check", "nowhere");
    assertThat(r.exit()).isEqualTo(2);
    assertThat(r.err().strip()).startsWith("runbook: runbook folder").contains("nowhere").contains("does not exist");
    assertThat(r.err().lines().count()).isEqualTo(1);
  }

  @Test
  void brokenConfigIsExitTwoWithFileAndLine() throws Exception {
    Files.writeString(dir.resolve("runbook.yml"), "root: runbooks\nrules:\n  RB999: off\n");
    CliRunner.Result r = CliRunner.run(dir, "check");
    assertThat(r.exit()).isEqualTo(2);
    assertThat(r.err()).contains("runbook.yml:3").contains("unknown rule 'RB999'");
  }

  @Test
  void aBadKindOrIntervalInTheConfigIsExitTwoWithFileAndLine() throws Exception {
    Files.writeString(dir.resolve("runbook.yml"), "root: runbooks\nkinds:\n  alert:\n    match: [alerts/**]\n"
        + "    section: [Meaning]\n");
    CliRunner.Result r = CliRunner.run(dir, "check");
    assertThat(r.exit()).as(r.err()).isEqualTo(2);
    assertThat(r.err()).contains("runbook.yml:5: unknown key 'kinds.alert.section'").doesNotContain("\tat ");
    Files.writeString(dir.resolve("runbook.yml"), "root: runbooks\nreview:\n  interval: 6 moons\n");
    r = CliRunner.run(dir, "check");
    assertThat(r.exit()).as(r.err()).isEqualTo(2);
    assertThat(r.err()).contains("runbook.yml:3: '6 moons' is not an interval: use monthly");
  }

  @Test
  void aKindThatSelectsNoRunbookIsANoteAtItsLineNotAFailure() throws Exception {
    Files.writeString(dir.resolve("runbook.yml"), "root: runbooks\nkinds:\n  alert:\n    match: [alert/**]\n"
        + "    sections: [Meaning]\n  procedure:\n    match: ['*.md']\n");
    CliRunner.Result r = CliRunner.run(dir, "check");
    assertThat(r.exit()).as(r.err()).isZero();
    assertThat(r.err()).isEqualTo("runbook: runbook.yml:3: kind 'alert' is no runbook's kind: check its "
        + "match globs (relative to the root) and front_matter values, or remove it\n");
  }

  @Test
  void aBadAlertsGlobOnTheCommandLineIsExitTwoNamingIt() throws Exception {
    CliRunner.Result r = CliRunner.run(dir, "check", "runbooks", "--alerts", "[x");
    assertThat(r.exit()).as(r.out() + r.err()).isEqualTo(2);
    assertThat(r.err()).startsWith("runbook: --alerts: bad glob '[x': Missing ']").doesNotContain("internal error");
  }

  @Test
  void aBadGlobInTheConfigIsExitTwoWithFileLineAndTheGlob() throws Exception {
    Files.writeString(dir.resolve("runbook.yml"), "root: runbooks\nexclude:\n  - \"drafts/**\"\n  - \"[x\"\n");
    CliRunner.Result r = CliRunner.run(dir, "check");
    assertThat(r.exit()).as(r.err()).isEqualTo(2);
    assertThat(r.err()).contains("runbook.yml:4: bad glob '[x' in 'exclude': Missing ']")
        .doesNotContain("internal error").doesNotContain("Exception").doesNotContain("\tat ");
    assertThat(r.out()).isEmpty();
  }

  @Test
  void configCanTurnRulesOffAndChangeSeverity() throws Exception {
    Files.writeString(root.resolve("rotate.md"), GOOD.replace("[Index](README.md)", "[Gone](gone.md)"));
    Files.writeString(dir.resolve("runbook.yml"), "root: runbooks\nrules:\n  RB301: warning\n");
    CliRunner.Result r = CliRunner.run(dir, "check");
    assertThat(r.exit()).isZero();
    assertThat(r.out()).contains("warning RB301");
    Files.writeString(dir.resolve("runbook.yml"), "root: runbooks\nrules:\n  RB301: off\n");
    assertThat(CliRunner.run(dir, "check").out()).isEqualTo("2 files checked: no problems\n");
  }

  @Test
  void baselineAcceptsOldFindingsButNotNewOnes() throws Exception {
    Files.writeString(root.resolve("rotate.md"), GOOD.replace("[Index](README.md)", "[Gone](gone.md)"));
    CliRunner.Result write = CliRunner.run(dir, "check", "runbooks", "--write-baseline", "baseline.json");
    assertThat(write.exit()).isEqualTo(1);
    assertThat(CliRunner.run(dir, "check", "runbooks", "--baseline", "baseline.json").exit()).isZero();
    Files.writeString(root.resolve("rotate.md"), "\n\n" + GOOD.replace("[Index](README.md)", "[Gone](gone.md)\n- [New](new.md)"));
    Files.writeString(root.resolve("rotate.md"), Files.readString(root.resolve("rotate.md")).replaceFirst("\n\n", ""));
    CliRunner.Result r = CliRunner.run(dir, "check", "runbooks", "--baseline", "baseline.json");
    assertThat(r.exit()).isEqualTo(1);
    assertThat(r.out()).contains("'new.md'").doesNotContain("'gone.md'");
    assertThat(CliRunner.run(dir, "check", "--baseline", "nope.json").exit()).isEqualTo(2);
  }

  @Test
  void singleFileNarrowsTheReport() throws Exception {
    Files.writeString(root.resolve("other.md"), "# Other\n");
    CliRunner.Result r = CliRunner.run(dir, "check", "runbooks/rotate.md");
    assertThat(r.exit()).isZero();
    assertThat(r.out()).isEqualTo("1 file checked: no problems\n");
  }

  @Test
  void namedFilesOutsideTheRootOrExcludedAreSkippedAndCounted() throws Exception {
    // As pre-commit passes them: every changed Markdown file, the project's README included.
    Files.writeString(dir.resolve("README.md"), "# The project\n\n[Broken](nowhere.md)\n");
    Files.writeString(dir.resolve("runbook.yml"), "root: runbooks\nexclude:\n  - drafts/**\n");
    Files.createDirectories(root.resolve("drafts"));
    Files.writeString(root.resolve("drafts/idea.md"), "# Idea\n\n[Gone](gone.md)\n");
    Files.writeString(root.resolve("other.md"), GOOD.replace("# Rotate logs", "# Other").replace("[Index](README.md)", "[Gone](gone.md)"));
    CliRunner.Result r = CliRunner.run(dir, "check", "README.md", "runbooks/rotate.md", "runbooks/drafts/idea.md");
    assertThat(r.err()).isEmpty();
    assertThat(r.out()).as("other.md's broken link is not reported: it was not named")
        .isEqualTo("1 file checked, 2 skipped (outside the runbook root or excluded): no problems\n");
    assertThat(r.exit()).isZero();

    CliRunner.Result json = CliRunner.run(dir, "check", "README.md", "runbooks/other.md", "--format", "json");
    assertThat(json.exit()).isEqualTo(1);
    assertThat(json.out()).contains("\"files\": 1,", "\"file\": \"runbooks/other.md\"", "\"skipped\": [\n    \"README.md\"\n  ]");
  }

  @Test
  void aFileThatCannotBeReadIsCountedAndNeverNoProblems() throws Exception {
    try (java.io.RandomAccessFile big = new java.io.RandomAccessFile(root.resolve("big.md").toFile(), "rw")) {
      big.setLength(8L * 1024 * 1024 + 1);
    }
    String tooBig = "runbook: runbooks/big.md: file is 8.1 MB, over the 8 MB limit for a runbook: split it, "
        + "or add it to 'exclude' in runbook.yml\n";
    CliRunner.Result one = CliRunner.run(dir, "check", "runbooks/big.md");
    assertThat(one.exit()).isEqualTo(2);
    assertThat(one.out()).isEqualTo("0 files checked, 1 file could not be read\n");
    assertThat(one.err()).isEqualTo(tooBig);
    CliRunner.Result all = CliRunner.run(dir, "check", "runbooks");
    assertThat(all.exit()).isEqualTo(2);
    assertThat(all.out()).isEqualTo("2 files checked, 1 file could not be read\n");
    assertThat(all.err()).isEqualTo(tooBig);
    CliRunner.Result json = CliRunner.run(dir, "check", "runbooks", "--format", "json");
    assertThat(json.exit()).isEqualTo(2);
    assertThat(json.out()).contains("\"files\": 2,", "\"unreadable\": [", "\"file\": \"runbooks/big.md\"",
        "\"message\": \"file is 8.1 MB");
  }

  @Test
  void unknownOptionIsExitTwoWithAHint() {
    CliRunner.Result r = CliRunner.run(dir, "check", "--frmat", "json");
    assertThat(r.exit()).isEqualTo(2);
    assertThat(r.err()).contains("Unknown option").contains("--help");
  }

  @Test
  void helpListsExitCodes() {
    CliRunner.Result r = CliRunner.run(dir, "--help");
    assertThat(r.exit()).isZero();
    assertThat(r.out()).contains("check").contains("rules").contains("Exit status:").contains("3   internal error");
    for (String command : new String[] {"check", "build", "serve", "rules", "init", "new", "fix", "review", "alerts",
        "lsp", "completion", "daemon"}) {
      assertThat(r.out()).as("the usage lists every command").containsPattern("(?m)^\\s+" + command + "\\s");
    }
    // Named first, a command is the only one made; a name that is none still gets the whole usage.
    java.io.PrintWriter sink = new java.io.PrintWriter(java.io.Writer.nullWriter());
    Environment env = new Environment(dir, java.time.Clock.systemUTC(), false, false);
    assertThat(Main.commandLine(env, sink, sink, "build").getSubcommands().keySet()).containsExactly("build");
    assertThat(Main.commandLine(env, sink, sink, "biuld").getSubcommands()).hasSize(12);
    CliRunner.Result typo = CliRunner.run(dir, "biuld");
    assertThat(typo.exit()).isEqualTo(2);
    assertThat(typo.err()).contains("Unmatched argument at index 0: 'biuld'").contains("Did you mean: runbook ");
  }
}
