package dev.runbook.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class FixCommandTest {
  @TempDir Path dir;
  private Path root;
  private Path readme;

  @BeforeEach
  void damagedSeed() throws Exception {
    root = Files.createDirectories(dir.resolve("runbooks"));
    readme = root.resolve("README.md");
    Files.write(readme, CliRun.seed("runbooks-README.original.md"));
  }

  @Test
  void repairsTheSeedReadmeAndASecondRunChangesNothing() throws Exception {
    CliRun first = CliRun.in(dir, "fix");
    assertThat(first.code()).as(first.err()).isZero();
    assertThat(first.out()).isEqualTo("""
        runbooks/README.md: fixed
          - repaired 11 mis-decoded characters (mojibake) on lines 7, 12, 17, 23, 29, 35, 41, 79 and 3 more
        runbook: fixed 1 of 1 file
        """);
    assertThat(Files.readAllBytes(readme)).isEqualTo(CliRun.seed("runbooks-README.md"));
    CliRun check = CliRun.in(dir, "check", "--format", "json");
    assertThat(check.out()).doesNotContain("RB501");
    CliRun second = CliRun.in(dir, "fix", "runbooks");
    assertThat(second.code()).isZero();
    assertThat(second.out()).isEqualTo("runbook: fixed 0 of 1 file\n");
    assertThat(Files.readAllBytes(readme)).isEqualTo(CliRun.seed("runbooks-README.md"));
  }

  @Test
  void dryRunPrintsADiffChangesNothingAndExitsOneLikeRuffDiff() throws Exception {
    CliRun r = CliRun.in(dir, "fix", "--dry-run", "runbooks/README.md");
    assertThat(r.code()).as("something would change").isEqualTo(ExitCodes.VIOLATIONS);
    assertThat(r.out()).startsWith("--- a/runbooks/README.md\n+++ b/runbooks/README.md\n@@ -4,41 +4,41 @@\n")
        .contains("\n-### ðŸš€ **Startup Procedures**\n+### 🚀 **Startup Procedures**\n")
        .contains("\n@@ -76,10 +76,10 @@\n");
    assertThat(r.err()).contains("runbooks/README.md: would fix").endsWith("nothing was changed (--dry-run)\n");
    assertThat(Files.readAllBytes(readme)).isEqualTo(CliRun.seed("runbooks-README.original.md"));
    CliRun.in(dir, "fix");
    CliRun clean = CliRun.in(dir, "fix", "--dry-run", "runbooks/README.md");
    assertThat(clean.code()).as("nothing would change").isZero();
    assertThat(clean.out()).isEmpty();
  }

  @Test
  void dryRunMasksCredentialsInTheDiffAsCheckMasksThem() throws Exception {
    // Step numbers out of order make a fix; the changed and unchanged lines around hold credentials.
    Files.writeString(root.resolve("deploy.md"), "---\nrisk: low\nowner: sre\nlast_reviewed: 2026-11-01\n---\n"
        + "# Deploy\n\n**Risk Level**: 🔵 Low\n\n## Overview\n\nDeploys.\n\n## Prerequisites\n\n- Access.\n\n"
        + "## Steps\n\n1. Export AWS_ACCESS_KEY_ID=AKIAZ7Q4MRW2PLX9TB3K and DB_PASSWORD=Xk9mQ2vL7pR4wZ.\n"
        + "3. Push with GITHUB_TOKEN=ghp_R7kq2Zt9WmX4pL8vN3sB6yH1cJ5dF0gQaE2u.\n\n"
        + "## Validation\n\n- It runs.\n\n## Rollback\n\n1. Redeploy.\n\n## References\n\n- [Home](README.md)\n");
    CliRun r = CliRun.in(dir, "fix", "--dry-run", "runbooks/deploy.md");
    assertThat(r.code()).as(r.err()).isEqualTo(ExitCodes.VIOLATIONS);
    assertThat(r.out()).contains("\n 1. Export AWS_ACCESS_KEY_ID=AKIA… and DB_PASSWORD=Xk9m…\n")
        .contains("\n-3. Push with GITHUB_TOKEN=ghp_….\n+2. Push with GITHUB_TOKEN=ghp_….\n")
        .doesNotContain("Z7Q4MRW2", "mQ2vL7pR4wZ", "R7kq2Zt9");
    CliRun check = CliRun.in(dir, "check", "runbooks/deploy.md");
    assertThat(check.out()).contains("AKIA…", "Xk9m…", "ghp_…").doesNotContain("Z7Q4MRW2", "mQ2vL7pR4wZ", "R7kq2Zt9");
  }

  @Test
  void namedFilesOutsideTheRootOrExcludedAreLeftAlone() throws Exception {
    // As pre-commit passes them: the project's own Markdown is not a runbook to complete.
    String contributing = "# Contributing\n\nSend a pull request.\n";
    Files.writeString(dir.resolve("CONTRIBUTING.md"), contributing);
    Files.writeString(dir.resolve("runbook.yml"), "root: runbooks\nexclude:\n  - drafts/**\n");
    Path draft = Files.createDirectories(root.resolve("drafts")).resolve("idea.md");
    Files.writeString(draft, contributing);
    CliRun r = CliRun.in(dir, "fix", "CONTRIBUTING.md", "runbooks/drafts/idea.md", "runbooks/README.md");
    assertThat(r.code()).as(r.err()).isZero();
    assertThat(r.out()).startsWith("runbooks/README.md: fixed\n")
        .endsWith("runbook: fixed 1 of 1 file, 2 skipped (outside the runbook root or excluded)\n");
    assertThat(Files.readString(dir.resolve("CONTRIBUTING.md"))).isEqualTo(contributing);
    assertThat(Files.readString(draft)).isEqualTo(contributing);
  }

  @Test
  void keepsCrlfAndTheFileMode() throws Exception {
    Path f = root.resolve("restart.md");
    Files.writeString(f, "---\r\nrisk: high\r\n---\r\n# Restart\r\n\r\n**Risk Level**: 🔴 Critical\r\n", StandardCharsets.UTF_8);
    Files.setPosixFilePermissions(f, PosixFilePermissions.fromString("rwxr-----"));
    CliRun r = CliRun.in(dir, "fix", "runbooks/restart.md");
    assertThat(r.code()).as(r.err()).isZero();
    String text = Files.readString(f);
    assertThat(text).contains("**Risk Level**: 🟡 High\r\n\r\n## Overview\r\n");
    assertThat(text.replace("\r\n", "")).doesNotContain("\n");
    assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(f))).isEqualTo("rwxr-----");
  }

  @Test
  void aFileThatCannotBeFixedIsLeftUntouchedAndExitIsTwo() throws Exception {
    Path broken = root.resolve("broken.md");
    byte[] bytes = "---\nrisk: [high\n---\n# ðŸš€ Launch\n".getBytes(StandardCharsets.UTF_8);
    Files.write(broken, bytes);
    CliRun r = CliRun.in(dir, "fix");
    assertThat(r.code()).isEqualTo(ExitCodes.USAGE);
    assertThat(r.err()).startsWith("runbook: runbooks/broken.md: line 2: broken YAML in front matter")
        .contains("left untouched: fix the front matter first").doesNotContain("Exception");
    assertThat(Files.readAllBytes(broken)).isEqualTo(bytes);
    assertThat(Files.readAllBytes(readme)).isEqualTo(CliRun.seed("runbooks-README.md"));
    assertThat(r.out()).endsWith("runbook: fixed 1 of 2 files; 1 left untouched (see above)\n");
  }

  @Test
  void aMissingFileIsOneLineAndExitTwo() {
    CliRun r = CliRun.in(dir, "fix", "runbooks/nope.md");
    assertThat(r.code()).isEqualTo(ExitCodes.USAGE);
    assertThat(r.err()).isEqualTo("runbook: runbooks/nope.md: does not exist: name a Markdown file or the runbook folder\n");
  }

  /** Steps numbered 1, 3, no References; {@code ⏎} stands for the line ending. */
  private static final String STEPS_BROKEN = String.join("⏎",
      "---", "risk: low", "owner: SRE Team", "last_reviewed: 2026-11-01", "---",
      "# Restart the cache", "", "**Risk Level**: 🔵 Low", "",
      "## Overview", "Restarts the cache.", "", "## Prerequisites", "Shell access.", "",
      "## Steps", "1. Stop it.", "3. Start it.", "", "## Validation", "It answers.", "",
      "## Rollback", "Start the old one.", "");

  @Test
  void aReadOnlyFileIsReportedAndSkippedTheOthersAreFixedAndExitIsTwo() throws Exception {
    // An old Mac file (CR only) used to stop the batch with an IndexOutOfBoundsException.
    Path oldMac = root.resolve("cache.md");
    Files.writeString(oldMac, STEPS_BROKEN.replace("⏎", "\r"));
    Path locked = root.resolve("locked.md");
    byte[] lockedBytes = STEPS_BROKEN.replace("⏎", "\n").getBytes(StandardCharsets.UTF_8);
    Files.write(locked, lockedBytes);
    Files.setPosixFilePermissions(locked, PosixFilePermissions.fromString("r--r--r--"));

    CliRun r = CliRun.in(dir, "fix");

    assertThat(r.code()).as(r.err()).isEqualTo(ExitCodes.USAGE);
    assertThat(r.err()).isEqualTo(
        "runbook: runbooks/locked.md: file is read-only: make it writable to fix it (left as it was)\n");
    assertThat(Files.readAllBytes(locked)).isEqualTo(lockedBytes);
    assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(locked))).isEqualTo("r--r--r--");
    assertThat(Files.readString(oldMac)).isEqualTo(String.join("\r",
        "---", "risk: low", "owner: SRE Team", "last_reviewed: 2026-11-01", "---",
        "# Restart the cache", "", "**Risk Level**: 🔵 Low", "",
        "## Overview", "Restarts the cache.", "", "## Prerequisites", "Shell access.", "",
        "## Steps", "1. Stop it.", "2. Start it.", "", "## Validation", "It answers.", "",
        "## Rollback", "Start the old one.", "",
        "## References", "", "- Link the related runbooks, dashboards and documentation here.", ""));
    assertThat(Files.readAllBytes(readme)).isEqualTo(CliRun.seed("runbooks-README.md"));
    assertThat(r.out()).endsWith("runbook: fixed 2 of 3 files; 1 left untouched (see above)\n");
  }
}
