package dev.runbook.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * SPEC §9 from the command line: one root and config discovery from wherever the command runs,
 * standard input as a file of the set, and paths (and pasteable hints) relative to the folder the
 * command ran in, the same in every format. Each case is a small Git repository in a temp folder.
 */
class CheckFromAnywhereTest {
  @TempDir Path tmp;
  Path repo;
  Path runbooks;

  @BeforeEach
  void setUp() throws IOException {
    repo = Files.createDirectories(tmp.resolve("repo"));
    Files.createDirectories(repo.resolve(".git"));
    runbooks = Files.createDirectories(repo.resolve("runbooks"));
    write(runbooks.resolve("README.md"), "# Index\n\n## Logs\n\n- [Rotate](rotate.md)\n");
    write(runbooks.resolve("rotate.md"), CheckCommandTest.GOOD);
  }

  private static Path write(Path file, String text) throws IOException {
    Files.createDirectories(file.getParent());
    return Files.writeString(file, text);
  }

  /** A runbook that is fine but for one finding: a link to a page that does not exist. */
  private static String brokenLink() {
    return CheckCommandTest.GOOD.replace("- [Index](README.md)", "- [Index](README.md)\n- [Gone](gone.md)");
  }

  @Test
  void noArgumentAndTheRunbooksFolderGiveTheSameResultWithTheConfigInRunbooks() throws IOException {
    // Only Steps is required: without runbooks/runbook.yml, the other sections would be missing.
    write(runbooks.resolve("runbook.yml"), "sections: [Steps]\n");
    write(runbooks.resolve("short.md"), CheckCommandTest.GOOD.replaceAll("(?s)## Overview.*?## Steps", "## Steps"));
    write(runbooks.resolve("README.md"), "# Index\n\n- [Rotate](rotate.md)\n- [Short](short.md)\n");

    CliRunner.Result none = CliRunner.run(repo, "check");
    CliRunner.Result named = CliRunner.run(repo, "check", "runbooks");

    assertThat(none.exit()).as(none.out() + none.err()).isZero();
    assertThat(none.out()).isEqualTo(named.out()).isEqualTo("3 files checked: no problems\n");
    assertThat(named.exit()).isZero();
  }

  @Test
  void aDotRunbookYmlInAParentFolderNamesTheRootForAFileNamedFromElsewhere() throws IOException {
    Path docs = Files.createDirectories(repo.resolve("docs/ops"));
    write(repo.resolve(".runbook.yml"), "root: docs/ops\n");
    write(docs.resolve("README.md"), "# Ops\n\n- [Restore](restore.md)\n");
    write(docs.resolve("restore.md"), brokenLink());
    Path elsewhere = Files.createDirectories(repo.resolve("src/main"));

    CliRunner.Result r = CliRunner.run(elsewhere, "check", "../../docs/ops/restore.md");

    assertThat(r.exit()).as(r.err()).isEqualTo(1);
    assertThat(r.out()).contains("../../docs/ops/restore.md:").contains("RB301");
  }

  @Test
  void aFolderInsideTheRootNarrowsTheReportToItWhileLinksAreCheckedAgainstTheWholeSet() throws IOException {
    write(runbooks.resolve("db/restore.md"), CheckCommandTest.GOOD.replace("(README.md)", "(../README.md)"));
    write(runbooks.resolve("README.md"), "# Index\n\n- [Rotate](rotate.md)\n- [Restore](db/restore.md)\n");
    write(runbooks.resolve("rotate.md"), brokenLink());

    CliRunner.Result db = CliRunner.run(repo, "check", "runbooks/db");

    assertThat(db.exit()).as(db.out()).isZero();
    assertThat(db.out()).isEqualTo("1 file checked: no problems\n");
  }

  @Test
  void twoConfigsInOneFolderExitTwoNamingBoth() throws IOException {
    write(repo.resolve("runbook.yml"), "root: runbooks\n");
    write(repo.resolve("runbook.yaml"), "root: runbooks\n");

    CliRunner.Result r = CliRunner.run(repo, "check");

    assertThat(r.exit()).isEqualTo(2);
    assertThat(r.err()).contains("runbook.yml and runbook.yaml").doesNotContain("Exception");
  }

  @Test
  void withoutARootTheCheckExitsTwoAndSaysHowToNameOneInsteadOfScanningTheFolder() throws IOException {
    Path bare = Files.createDirectories(tmp.resolve("shared"));
    write(bare.resolve("someone-elses.md"), "# Not a runbook\n");

    CliRunner.Result r = CliRunner.run(bare, "check");

    assertThat(r.exit()).isEqualTo(2);
    assertThat(r.out()).isEmpty();
    assertThat(r.err()).startsWith("runbook: no runbook root found from " + bare)
        .contains("runbook check path/to/runbooks").contains("root: path/to/runbooks");
  }

  @Test
  void gitignoredFoldersAndTargetAreNotLoaded() throws IOException {
    write(repo.resolve(".gitignore"), "runbooks/drafts/\n");
    write(runbooks.resolve("drafts/wip.md"), "# WIP, not a runbook yet\n");
    write(runbooks.resolve("target/copy.md"), "# A build's copy\n");
    write(runbooks.resolve("build/out.md"), "# Output\n");

    CliRunner.Result r = CliRunner.run(repo, "check");

    assertThat(r.exit()).as(r.out()).isZero();
    assertThat(r.out()).isEqualTo("2 files checked: no problems\n");
  }

  @Test
  void standardInputIsCheckedAsTheFileItNamesAgainstTheSetOnDisk() {
    CliRunner.Result r = CliRunner.runWithStdin(repo, brokenLink(),
        "check", "-", "--stdin-filename", "runbooks/rotate.md", "--format", "json");

    assertThat(r.exit()).as(r.err()).isEqualTo(1);
    assertThat(r.out()).contains("\"file\": \"runbooks/rotate.md\"").contains("gone.md")
        .contains("\"files\": 1");
  }

  @Test
  void standardInputForAFileNotYetOnDiskIsCheckedWithItsLinks() {
    CliRunner.Result clean = CliRunner.runWithStdin(repo, CheckCommandTest.GOOD,
        "check", "-", "--stdin-filename", "runbooks/new.md");
    CliRunner.Result broken = CliRunner.runWithStdin(repo, brokenLink(),
        "check", "-", "--stdin-filename", "runbooks/new.md");

    assertThat(clean.out()).as("in the set, not yet linked from the index").contains("runbooks/new.md:")
        .contains("RB304 orphan").doesNotContain("RB301");
    assertThat(broken.out()).contains("runbooks/new.md:").contains("RB301");
    assertThat(Files.exists(runbooks.resolve("new.md"))).isFalse();
  }

  @Test
  void standardInputWithoutAFileNameExitsTwoSayingWhatToAdd() {
    CliRunner.Result r = CliRunner.runWithStdin(repo, "# X\n", "check", "-");

    assertThat(r.exit()).isEqualTo(2);
    assertThat(r.err()).contains("--stdin-filename PATH").doesNotContain("Exception");
  }

  @Test
  void pathsAreRelativeToTheFolderTheCommandRanInInEveryFormat() throws IOException {
    write(repo.resolve("runbook.yml"), String.join("\n", "root: runbooks", "alerts:", "  rules: [deploy/*.yaml]",
        "  require_runbook: [critical]", ""));
    write(repo.resolve("deploy/rules.yaml"), String.join("\n", "groups:", "  - name: g", "    rules:",
        "      - alert: DiskFull", "        expr: up == 0", "        labels: {severity: critical}", ""));
    write(runbooks.resolve("rotate.md"), brokenLink());
    Path sub = Files.createDirectories(repo.resolve("sub"));

    CliRunner.Result text = CliRunner.run(sub, "check", "..", "--report", "sarif:out.sarif");
    CliRunner.Result json = CliRunner.run(sub, "check", "..", "--format", "json");
    CliRunner.Result github = CliRunner.run(sub, "check", "..", "--format", "github");
    CliRunner.Result checkstyle = CliRunner.run(sub, "check", "..", "--format", "checkstyle");

    assertThat(text.out()).contains("../runbooks/rotate.md:").contains("../deploy/rules.yaml:4:")
        .doesNotContain(repo.toString());
    assertThat(Files.readString(sub.resolve("out.sarif"))).contains("\"uri\": \"../runbooks/rotate.md\"")
        .contains("\"uri\": \"../deploy/rules.yaml\"");
    assertThat(json.out()).contains("\"file\": \"../runbooks/rotate.md\"", "\"file\": \"../deploy/rules.yaml\"");
    assertThat(github.out()).contains("file=../runbooks/rotate.md,", "file=../deploy/rules.yaml,");
    assertThat(checkstyle.out()).contains("name=\"../runbooks/rotate.md\"", "name=\"../deploy/rules.yaml\"");
  }

  @Test
  void hintsAreCommandsThatWorkWhenPastedWhereTheCheckRan() throws IOException {
    write(runbooks.resolve("my runbook.md"), CheckCommandTest.GOOD.replace("last_reviewed: 2026-11-01\n", "")
        .replaceAll("(?s)## Validation.*?## Rollback", "## Rollback"));
    write(runbooks.resolve("README.md"), "# Index\n\n- [Rotate](rotate.md)\n- [Mine](my%20runbook.md)\n");
    Path sub = Files.createDirectories(repo.resolve("sub"));

    CliRunner.Result r = CliRunner.run(sub, "check", "../runbooks");

    assertThat(r.out()).contains("runbook review '../runbooks/my runbook.md' does it");
    assertThat(r.out()).contains("(fixable: runbook fix '../runbooks/my runbook.md')");
  }
}
