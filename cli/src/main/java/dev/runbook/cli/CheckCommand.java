package dev.runbook.cli;

import dev.runbook.core.check.CheckResult;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code runbook check [PATH…]}: lints and prints findings. */
@Command(
    name = "check",
    mixinStandardHelpOptions = true,
    description = "Lint runbooks and print what is wrong.",
    exitCodeListHeading = "%nExit status:%n",
    exitCodeList = {
      "0:nothing at or above the fail level",
      "1:findings at or above the fail level (--fail-on)",
      "2:usage or configuration error, or files that could not be read",
      "3:internal error"
    })
final class CheckCommand implements Callable<Integer> {
  @Spec CommandSpec spec;

  @Parameters(paramLabel = "PATH", arity = "0..*",
      description = "the runbook folder (default: runbook.yml's root, else ./runbooks), and/or files in it")
  List<Path> paths = new ArrayList<>();

  @Mixin LintOptions lint = new LintOptions();

  private final Environment env;

  CheckCommand(Environment env) {
    this.env = env;
  }

  @Override
  public Integer call() {
    var err = spec.commandLine().getErr();
    try {
      LintRun run = new LintRun(env, lint, spec.commandLine().getOut(), err);
      Optional<Path> root = Optional.empty();
      List<Path> files = new ArrayList<>();
      for (Path p : paths) {
        if (Files.isRegularFile(env.workingDir().resolve(p))) {
          files.add(p);
        } else if (root.isPresent()) {
          throw new UsageException("name one runbook folder, not '" + root.get() + "' and '" + p + "'");
        } else {
          root = Optional.of(p);
        }
      }
      CheckResult result = run.run(run.checkOptions(root, files));
      return run.exitCode(result);
    } catch (UsageException e) {
      err.println("runbook: " + e.getMessage());
      return ExitCodes.USAGE;
    }
  }
}
