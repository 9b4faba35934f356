package dev.runbook.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The launcher's training run must go through the paths a team's commands take (finding
 * problems, writing a runbook, building the site), or the start-up archive holds too little and
 * the first real run pays for the rest; and it must stay inside its own folder.
 */
class StartupTrainingTest {
  @TempDir Path tmp;

  @Test
  void checksFindsProblemsWritesARunbookBuildsAndServesTheSiteInsideItsFolder() throws Exception {
    int[] exits = StartupTraining.run(tmp);

    assertThat(exits).as("check (from the config, one file, json, sarif) finds the problems planted in the set; new, "
        + "build and serve (home page early, a runbook's page once built) succeed")
        .containsExactly(1, 1, 1, 1, 0, 0, 0);
    assertThat(tmp.resolve("runbooks/restart-the-queue.md")).isRegularFile();
    assertThat(tmp.resolve("site/index.html")).isRegularFile();
    assertThat(tmp.resolve("site/procedure-0.html")).isRegularFile();
    try (var top = Files.list(tmp)) {
      assertThat(top.map(p -> p.getFileName().toString()))
          .containsExactlyInAnyOrder("runbooks", "site", "runbook.yml", ".git", ".gitignore");
    }
  }

  @Test
  void theMadeUpSetHasTheProblemsRealSetsHave() {
    String broken = StartupTraining.runbook(3);
    assertThat(broken).contains("(missing-3.md)");
    assertThat(StartupTraining.runbook(2)).doesNotContain("## Rollback");
    assertThat(StartupTraining.runbook(0)).contains("last_reviewed: 2025-01-10");
    assertThat(StartupTraining.runbook(1)).contains("## Rollback").contains("last_reviewed: 2026-05-02");
  }
}
