package dev.runbook.cli.release;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The hooks of {@code .pre-commit-hooks.yaml} run by the real pre-commit, as a team would use
 * them: a project that names this repository at its current commit. pre-commit clones it, and
 * the first run builds the jar there with Maven (so: commit before running this test). Skipped
 * when pre-commit is not installed, unless RUNBOOK_REQUIRE_PRECOMMIT=1.
 */
class PreCommitHooksIT {
  @TempDir Path tmp;

  @Test
  void checkPassesAGoodSetIgnoresOtherMarkdownAndStopsABrokenRunbook() throws Exception {
    Path preCommit = preCommit();
    Path repo = Path.of("..").toRealPath();
    Subprocess head = Subprocess.run(repo, env -> { }, List.of("git", "rev-parse", "HEAD"));
    assertThat(head.exit()).as(head.both()).isZero();

    Path project = Files.createDirectories(tmp.resolve("project"));
    Consumer<Map<String, String>> env = e -> {
      e.put("PRE_COMMIT_HOME", tmp.resolve("pre-commit-cache").toString());
      // The hooks run ./runbook of a clone that goes away with the test: no background process.
      e.put("RUNBOOK_DAEMON", "0");
      e.put("GIT_AUTHOR_NAME", "Test");
      e.put("GIT_AUTHOR_EMAIL", "test@example.com");
      e.put("GIT_COMMITTER_NAME", "Test");
      e.put("GIT_COMMITTER_EMAIL", "test@example.com");
    };
    git(project, env, "init", "-q");
    ReleaseArchive.copyTree(Path.of("src/test/resources/site-runbooks"), project.resolve("runbooks"));
    // Outside the runbook root, with a link that would be broken in a runbook: not checked.
    Files.writeString(project.resolve("README.md"), "# Our service\n\nSee [the design](design.md).\n");
    Files.writeString(project.resolve(".pre-commit-config.yaml"), String.join("\n",
        "repos:",
        "  - repo: " + repo,
        "    rev: " + head.out().strip(),
        "    hooks:",
        "      - id: runbook-check",
        "      - id: runbook-fix",
        ""));
    git(project, env, "add", "-A");

    Subprocess clean = Subprocess.run(project, env, List.of(preCommit.toString(), "run", "runbook-check"));
    assertThat(clean.exit()).as(clean.both()).isZero();
    assertThat(clean.out()).containsPattern("runbook check\\.+Passed");

    Path failover = project.resolve("runbooks/database/failover.md");
    Files.writeString(failover, Files.readString(failover) + "\nSee [the old page](gone.md).\n");
    git(project, env, "add", "-A");
    Subprocess broken = Subprocess.run(project, env, List.of(preCommit.toString(), "run", "runbook-check"));
    assertThat(broken.exit()).as(broken.both()).isEqualTo(1);
    assertThat(broken.out()).containsPattern("runbook check\\.+Failed")
        .contains("runbooks/database/failover.md:")
        .contains("RB301 broken-link link target 'gone.md' does not exist")
        .doesNotContain("design.md");

    // The fix hook changes a file and so stops the commit; the change is the repair.
    Files.writeString(failover, Files.readString(failover).replace("[the old page](gone.md)", "the ðŸš€ launch notes"));
    git(project, env, "add", "-A");
    Subprocess fix = Subprocess.run(project, env, List.of(preCommit.toString(), "run", "runbook-fix"));
    assertThat(fix.exit()).as(fix.both()).isEqualTo(1);
    assertThat(fix.out()).containsPattern("runbook fix\\.+Failed").contains("files were modified by this hook");
    assertThat(Files.readString(failover)).contains("the 🚀 launch notes");
    assertThat(Files.readString(project.resolve("README.md"))).isEqualTo("# Our service\n\nSee [the design](design.md).\n");
  }

  private static Path preCommit() {
    assumeTrue(System.getProperty("runbook.version") != null, "runs in integration-test (mvn verify), with the other *IT");
    var found = Subprocess.onPath("pre-commit");
    if (found.isEmpty() && "1".equals(System.getenv("RUNBOOK_REQUIRE_PRECOMMIT"))) {
      throw new AssertionError("pre-commit is not on PATH but RUNBOOK_REQUIRE_PRECOMMIT=1: pip install pre-commit");
    }
    assumeTrue(found.isPresent(), "pre-commit is not on PATH (pip install pre-commit): the hooks are not run");
    return found.get();
  }

  private static void git(Path dir, Consumer<Map<String, String>> env, String... args) throws Exception {
    List<String> command = new java.util.ArrayList<>(List.of("git"));
    command.addAll(List.of(args));
    Subprocess r = Subprocess.run(dir, env, command);
    assertThat(r.exit()).as(r.both()).isZero();
  }
}
