package dev.runbook.cli;

import picocli.CommandLine.Command;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** The top-level {@code runbook} command: lists its subcommands. */
@Command(
    name = "runbook",
    mixinStandardHelpOptions = true,
    versionProvider = VersionProvider.class,
    description = "Lints Markdown runbooks and publishes them as a static site.",
    synopsisSubcommandLabel = "COMMAND",
    exitCodeListHeading = "%nExit status:%n",
    exitCodeList = {
      "0:nothing at or above the fail level",
      "1:findings at or above the fail level (--fail-on)",
      "2:usage or configuration error",
      "3:internal error"
    })
public final class RunbookCommand implements Runnable {
  @Spec CommandSpec spec;

  private final Environment env;

  public RunbookCommand(Environment env) {
    this.env = env;
  }

  Environment env() {
    return env;
  }

  @Override
  public void run() {
    spec.commandLine().usage(spec.commandLine().getOut());
  }
}
