package dev.runbook.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ReviewCommandTest {
  private static final String RUNBOOK = """
      ---
      title: Log Rotation
      risk: low
      owner: SRE Team
      last_reviewed: 2026-10-07
      review_interval: semiannual
      ---

      # Log Rotation
      """;

  @TempDir Path dir;

  @Test
  void changesOnlyTheDateBytes() throws Exception {
    Path f = dir.resolve("log-rotation.md");
    Files.writeString(f, RUNBOOK);
    byte[] before = Files.readAllBytes(f);
    CliRun r = CliRun.in(dir, "review", "log-rotation.md", "--date", "2026-11-20");
    assertThat(r.code()).as(r.err()).isZero();
    assertThat(r.out()).isEqualTo("log-rotation.md: last_reviewed: 2026-10-07 → 2026-11-20\n");
    byte[] after = Files.readAllBytes(f);
    assertThat(after).hasSameSizeAs(before);
    int at = RUNBOOK.indexOf("2026-10-07");
    int differing = 0;
    for (int i = 0; i < before.length; i++) {
      if (before[i] != after[i]) {
        differing++;
        assertThat(i).isBetween(at, at + 9);
      }
    }
    assertThat(differing).isEqualTo(3);
  }

  @Test
  void writesTheDateInTheKeyTheConfigMapsForIt() throws Exception {
    Files.writeString(dir.resolve("runbook.yml"), "front_matter:\n  last_reviewed: [last_reviewed, last_reviewed_on]\n");
    Files.writeString(dir.resolve("a.md"), "---\nowner_slack: '#ops'\nlast_reviewed_on: 2026-01-05\n---\n# A\n");
    Files.writeString(dir.resolve("b.md"), "---\nowner: ops\n---\n# B\n");
    CliRun r = CliRun.in(dir, "review", "a.md", "b.md", "--date", "2026-11-20");
    assertThat(r.code()).as(r.err()).isZero();
    assertThat(r.out()).isEqualTo("a.md: last_reviewed_on: 2026-01-05 → 2026-11-20\n"
        + "b.md: added last_reviewed: 2026-11-20 to the front matter\n");
    assertThat(dir.resolve("a.md")).hasContent("---\nowner_slack: '#ops'\nlast_reviewed_on: 2026-11-20\n---\n# A\n");
    Files.writeString(dir.resolve("runbook.yml"), "front_matter:\n  last_reviewed: []\n");
    CliRun broken = CliRun.in(dir, "review", "a.md");
    assertThat(broken.code()).isEqualTo(2);
    assertThat(broken.err()).contains("a.md: left untouched: ").contains("runbook.yml:2: front_matter.last_reviewed must list");
  }

  @Test
  void addsTheReviewerAndFrontMatterWhereMissing() throws Exception {
    Path with = dir.resolve("a.md");
    Files.writeString(with, RUNBOOK);
    Path without = dir.resolve("b.md");
    Files.writeString(without, "# B\n");
    CliRun r = CliRun.in(dir, "review", "a.md", "b.md", "--by", "Ana Díaz");
    assertThat(r.code()).as(r.err()).isZero();
    assertThat(with).hasContent(RUNBOOK.replace("2026-10-07\nreview_interval: semiannual\n",
        "2026-11-28\nreview_interval: semiannual\nreviewed_by: Ana Díaz\n"));
    assertThat(Files.readString(without, StandardCharsets.UTF_8))
        .isEqualTo("---\nlast_reviewed: 2026-11-28\nreviewed_by: Ana Díaz\n---\n# B\n");
    assertThat(r.out()).isEqualTo("""
        a.md: last_reviewed: 2026-10-07 → 2026-11-28; added reviewed_by: Ana Díaz to the front matter
        b.md: added front matter with last_reviewed: 2026-11-28, reviewed_by: Ana Díaz
        """);
  }

  @Test
  void badInputIsOneLineAndLeavesFilesAlone() throws Exception {
    Path f = dir.resolve("a.md");
    Files.writeString(f, RUNBOOK);
    CliRun future = CliRun.in(dir, "review", "a.md", "--date", "2026-12-01");
    assertThat(future.code()).isEqualTo(ExitCodes.USAGE);
    assertThat(future.err()).contains("is in the future");
    CliRun missing = CliRun.in(dir, "review", "nope.md", "a.md");
    assertThat(missing.code()).isEqualTo(ExitCodes.USAGE);
    assertThat(missing.err()).isEqualTo("runbook: nope.md: does not exist: name a runbook file that was reviewed\n");
    Path broken = dir.resolve("broken.md");
    Files.writeString(broken, "---\ntitle: [x\n---\n");
    CliRun unparsable = CliRun.in(dir, "review", "broken.md");
    assertThat(unparsable.code()).isEqualTo(ExitCodes.USAGE);
    assertThat(unparsable.err()).startsWith("runbook: broken.md: line 2: broken YAML").doesNotContain("Exception");
    assertThat(broken).hasContent("---\ntitle: [x\n---\n");
    CliRun noPath = CliRun.in(dir, "review");
    assertThat(noPath.code()).isEqualTo(ExitCodes.USAGE);
  }

  @Test
  void aReadOnlyFileIsReportedAndSkippedTheOthersAreStampedAndExitIsTwo() throws Exception {
    Path oldMac = dir.resolve("a.md");
    Files.writeString(oldMac, RUNBOOK.replace("\n", "\r"));
    Path locked = dir.resolve("b.md");
    Files.writeString(locked, RUNBOOK);
    Files.setPosixFilePermissions(locked, java.nio.file.attribute.PosixFilePermissions.fromString("r--r--r--"));
    Path crlf = dir.resolve("c.md");
    Files.writeString(crlf, RUNBOOK.replace("\n", "\r\n"));

    CliRun r = CliRun.in(dir, "review", "a.md", "b.md", "c.md", "--date", "2026-11-20");

    assertThat(r.code()).isEqualTo(ExitCodes.USAGE);
    assertThat(r.err()).isEqualTo(
        "runbook: b.md: file is read-only: make it writable to record the review (left as it was)\n");
    assertThat(r.out()).isEqualTo("""
        a.md: last_reviewed: 2026-10-07 → 2026-11-20
        c.md: last_reviewed: 2026-10-07 → 2026-11-20
        """);
    assertThat(Files.readString(locked)).isEqualTo(RUNBOOK);
    assertThat(Files.readString(oldMac)).isEqualTo(RUNBOOK.replace("2026-10-07", "2026-11-20").replace("\n", "\r"));
    assertThat(Files.readString(crlf)).isEqualTo(RUNBOOK.replace("2026-10-07", "2026-11-20").replace("\n", "\r\n"));
  }
}
