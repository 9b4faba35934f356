package dev.runbook.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import dev.runbook.cli.release.Subprocess;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The completion scripts, run by the real shells where they are installed. */
class CompletionCommandTest {
  static final List<String> COMMANDS = List.of("check", "build", "serve", "rules", "new", "fix", "review", "lsp", "completion", "daemon");

  @TempDir Path dir;

  @Test
  void bashScriptCompletesCommandsOptionsAndTheirValues() throws Exception {
    CliRunner.Result r = CliRunner.run(dir, "completion", "bash");
    assertThat(r.exit()).as(r.err()).isZero();
    assertThat(r.out()).contains("function _complete_runbook()");
    for (String command : COMMANDS) {
      assertThat(r.out()).as("the script knows " + command).contains("function _picocli_runbook_" + command + "()");
    }
    shellPresent("bash", "bash is not installed");
    Path script = Files.writeString(dir.resolve("runbook.bash"), r.out());
    Subprocess bash = Subprocess.run(dir, env -> { }, List.of("bash", "-c", String.join("\n",
        "source \"$1\"",
        "complete -p runbook",
        "reply() { COMP_WORDS=(\"$@\"); COMP_CWORD=$(( $# - 1 )); COMP_LINE=\"$*\"; COMP_POINT=${#COMP_LINE};",
        "  COMPREPLY=(); _complete_runbook; echo \"$*: ${COMPREPLY[*]}\"; }",
        "reply runbook ch",
        "reply runbook check --fo",
        "reply runbook check --format ''",
        "reply runbook new --risk ''",
        "reply runbook completion ''"), "bash", script.toString()));
    assertThat(bash.exit()).as(bash.both()).isZero();
    assertThat(bash.out()).isEqualTo(String.join("\n",
        "complete -o default -F _complete_runbook runbook",
        "runbook ch: check",
        "runbook check --fo: --format",
        "runbook check --format : text json sarif junit checkstyle github gitlab",
        "runbook new --risk : critical high medium low",
        "runbook completion : bash zsh fish",
        ""));
  }

  @Test
  void zshScriptIsTheBashOneThroughBashcompinit() throws Exception {
    CliRunner.Result r = CliRunner.run(dir, "completion", "zsh");
    assertThat(r.exit()).isZero();
    assertThat(r.out()).contains("autoload -U +X bashcompinit && bashcompinit").contains("function _complete_runbook()");
    shellPresent("zsh", "zsh is not installed: only the script's text is checked");
    Path script = Files.writeString(dir.resolve("runbook.zsh"), r.out());
    Subprocess zsh = Subprocess.run(dir, env -> { }, List.of("zsh", "-c", "source \"$1\" && complete -p runbook", "zsh", script.toString()));
    assertThat(zsh.exit()).as(zsh.both()).isZero();
    assertThat(zsh.out()).contains("_complete_runbook");
  }

  @Test
  void fishScriptCompletesCommandsOptionsAndTheirValues() throws Exception {
    CliRunner.Result r = CliRunner.run(dir, "completion", "fish");
    assertThat(r.exit()).as(r.err()).isZero();
    for (String command : COMMANDS) {
      assertThat(r.out()).contains("-n __fish_use_subcommand -a '" + command + "'");
    }
    shellPresent("fish", "fish is not installed: only the script's text is checked");
    Path script = Files.writeString(dir.resolve("runbook.fish"), r.out());
    Subprocess fish = Subprocess.run(dir, env -> env.put("HOME", dir.toString()), List.of("fish", "--no-config", "-c",
        String.join("; ",
            "source $argv[1]",
            "complete -C 'runbook ch'",
            "complete -C 'runbook check --fo'",
            "complete -C 'runbook check --fail-on '",
            "complete -C 'runbook completion z'"),
        script.toString()));
    assertThat(fish.exit()).as(fish.both()).isZero();
    assertThat(fish.out()).isEqualTo(String.join("\n",
        "check\tLint runbooks and print what is wrong.",
        "--format\tconsole format: text, json, sarif, junit, checkstyle, github, gitlab (default: text)",
        "error\tlowest severity that fails: error, warning or info (default: error)",
        "info\tlowest severity that fails: error, warning or info (default: error)",
        "warning\tlowest severity that fails: error, warning or info (default: error)",
        "zsh",
        ""));
  }

  @Test
  void anUnknownShellIsAUsageError() {
    CliRunner.Result r = CliRunner.run(dir, "completion", "powershell");
    assertThat(r.exit()).isEqualTo(2);
    assertThat(r.err()).contains("powershell").contains("bash, zsh, fish");
  }

  /**
   * Skips with {@code reason} when {@code shell} is missing, unless RUNBOOK_REQUIRE_SHELLS=1 (CI
   * installs bash, zsh and fish and sets it, so that these tests can never pass by skipping).
   */
  private static void shellPresent(String shell, String reason) {
    boolean present = Subprocess.onPath(shell).isPresent();
    if ("1".equals(System.getenv("RUNBOOK_REQUIRE_SHELLS"))) {
      assertThat(present).as(shell + " must be installed when RUNBOOK_REQUIRE_SHELLS=1").isTrue();
    }
    assumeTrue(present, reason);
  }
}
