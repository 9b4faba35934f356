package dev.runbook.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.runbook.core.check.CheckOptions;
import dev.runbook.core.check.CheckRunner;
import dev.runbook.core.report.Diagnostic;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class NewCommandTest {
  @TempDir Path dir;
  private Path root;

  @BeforeEach
  void seedIndex() throws Exception {
    root = Files.createDirectories(dir.resolve("runbooks"));
    Files.write(root.resolve("README.md"), CliRun.seed("runbooks-README.md"));
  }

  private List<String> findings() throws Exception {
    return new CheckRunner().run(CheckOptions.of(dir, root, CliRun.clock())).report().diagnostics().stream()
        .map(Diagnostic::toString).toList();
  }

  @Test
  void writesASkeletonThatCheckReportsUntilWrittenAndReviewed() throws Exception {
    CliRun r = CliRun.in(dir, "new", "Database Failover", "--category", "Recovery Procedures",
        "--risk", "critical", "--owner", "DBA Team");
    assertThat(r.code()).as(r.err()).isZero();
    assertThat(r.out()).isEqualTo("runbooks/database-failover.md\n");
    assertThat(r.err()).contains("linked from README.md under '🔄 Recovery Procedures'");
    Path file = root.resolve("database-failover.md");
    assertThat(Files.readString(file)).startsWith("---\ntitle: Database Failover\nrisk: critical\nowner: DBA Team\n"
        + "last_reviewed:\nreview_interval: quarterly\ncategory: Recovery Procedures\n");
    assertThat(r.err()).contains("run 'runbook review runbooks/database-failover.md' once someone has checked it");
    assertThat(Files.readString(root.resolve("README.md")))
        .contains("- [Rollback Procedures](rollback-procedures.md) - Rolling back changes\n"
            + "- [Database Failover](database-failover.md)\n");
    // A critical skeleton: its guidance is an error until replaced, and it has never been reviewed.
    assertThat(findings()).filteredOn(f -> f.contains("database-failover.md"))
        .extracting(f -> f.replaceAll("^.*?(RB\\d{3}).*$", "$1"))
        .containsExactly("RB401", "RB502", "RB502", "RB502", "RB502", "RB502");
    assertThat(findings()).noneMatch(f -> f.contains("RB304") && f.contains("database-failover"));
  }

  @Test
  void theHelpSaysTheSkeletonIsAPlaceholderNotAFinishedRunbook() throws Exception {
    CliRun r = CliRun.in(dir, "new", "--help");
    assertThat(r.code()).isZero();
    String help = r.out().replaceAll("\\s+", " ");
    assertThat(help).contains("placeholder (RB502)").contains("no review date (RB401)")
        .doesNotContain("passes every rule");
  }

  @Test
  void takesTheUsualOwnerAndLeavesTheReviewDateEmpty() throws Exception {
    Files.writeString(root.resolve("a.md"), "---\nowner: Platform Team\n---\n# A\n");
    CliRun r = CliRun.in(dir, "new", "cache-flush", "--root", "runbooks", "--today", "2026-11-01");
    assertThat(r.code()).as(r.err()).isZero();
    assertThat(r.err()).contains("owner 'Platform Team' (the most common owner");
    assertThat(Files.readString(root.resolve("cache-flush.md")))
        .contains("title: Cache Flush\nrisk: medium\nowner: Platform Team\nlast_reviewed:\n")
        .contains("category: Uncategorized\ntags: []\n");
  }

  @Test
  void refusesToOverwrite() throws Exception {
    Files.writeString(root.resolve("database-failover.md"), "keep me");
    byte[] index = Files.readAllBytes(root.resolve("README.md"));
    CliRun r = CliRun.in(dir, "new", "Database Failover", "--owner", "Ops");
    assertThat(r.code()).isEqualTo(ExitCodes.USAGE);
    assertThat(r.err()).isEqualTo("runbook: runbooks/database-failover.md already exists: choose another name, "
        + "or edit that runbook\n");
    assertThat(root.resolve("database-failover.md")).hasContent("keep me");
    assertThat(Files.readAllBytes(root.resolve("README.md"))).isEqualTo(index);
  }

  @Test
  void badInputIsOneLineAndExitTwo() throws Exception {
    Files.delete(root.resolve("README.md"));
    CliRun noIndex = CliRun.in(dir, "new", "X", "--owner", "Ops");
    assertThat(noIndex.code()).isEqualTo(ExitCodes.USAGE);
    assertThat(noIndex.err()).isEqualTo("runbook: no index page (README.md, index.md or _index.md) in runbooks: "
        + "create one, so the new runbook can be linked from it\n");
    CliRun badRisk = CliRun.in(dir, "new", "X", "--risk", "severe");
    assertThat(badRisk.code()).isEqualTo(ExitCodes.USAGE);
    assertThat(badRisk.err()).contains("--risk must be critical, high, medium or low");
    CliRun noOwner = CliRun.in(dir, "new", "X");
    assertThat(noOwner.code()).isEqualTo(ExitCodes.USAGE);
    assertThat(noOwner.err()).contains("pass --owner");
    CliRun noRoot = CliRun.in(dir, "new", "X", "--root", "nowhere", "--owner", "Ops");
    assertThat(noRoot.code()).isEqualTo(ExitCodes.USAGE);
    assertThat(noRoot.err()).contains("nowhere does not exist");
    assertThat(noIndex.err() + badRisk.err() + noOwner.err() + noRoot.err()).doesNotContain("Exception");
    try (var files = Files.list(root)) {
      assertThat(files).isEmpty();
    }
  }
}
