package dev.runbook.cli;

import java.util.concurrent.Callable;
import java.util.function.Supplier;
import picocli.AutoComplete;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code runbook completion bash|zsh|fish}: prints a shell completion script. */
@Command(
    name = "completion",
    mixinStandardHelpOptions = true,
    description = {
      "Print a shell completion script for commands, options and their values.",
      "bash: add 'source <(runbook completion bash)' to ~/.bashrc.",
      "zsh: add 'source <(runbook completion zsh)' to ~/.zshrc (it loads bashcompinit).",
      "fish: runbook completion fish > ~/.config/fish/completions/runbook.fish"
    })
final class CompletionCommand implements Callable<Integer> {
  /** The shells a script is made for. */
  enum Shell { bash, zsh, fish }

  @Spec CommandSpec spec;

  @Parameters(paramLabel = "SHELL", description = "bash, zsh or fish")
  Shell shell;

  /** The whole command tree (Main makes only the command named on the command line). */
  private final Supplier<CommandLine> tree;

  CompletionCommand(Supplier<CommandLine> tree) {
    this.tree = tree;
  }

  @Override
  public Integer call() {
    CommandLine all = tree.get();
    String script = switch (shell) {
      case bash -> AutoComplete.bash("runbook", all);
      case zsh -> "# zsh: runs the bash completion below through bashcompinit.\n" + AutoComplete.bash("runbook", all);
      case fish -> FishCompletion.script(all.getCommandSpec());
    };
    spec.commandLine().getOut().print(script);
    spec.commandLine().getOut().flush();
    return ExitCodes.OK;
  }
}
