package dev.runbook.cli;

import dev.runbook.core.check.CheckResult;
import dev.runbook.core.check.CheckRunner;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/**
 * {@code runbook check [PATH…]}: lints and prints findings. {@code -} with {@code --stdin-filename
 * PATH} checks standard input as that file, the rest of its set read from disk.
 */
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
      description = "the runbook folder (default: found from here, as runbook.yml's root or a runbooks/ folder), "
          + "and/or files in it; - reads one file's text from standard input (with --stdin-filename)")
  List<Path> paths = new ArrayList<>();

  @Option(names = "--stdin-filename", paramLabel = "PATH",
      description = "with -: the file the text on standard input stands for (its root, config and links; findings name it)")
  Path stdinFilename;

  @Mixin LintOptions lint = new LintOptions();

  private static final Path STDIN = Path.of("-");

  private final Environment env;

  CheckCommand(Environment env) {
    this.env = env;
  }

  @Override
  public Integer call() {
    var err = spec.commandLine().getErr();
    try {
      CheckRunner runner = new CheckRunner();
      List<Path> named = new ArrayList<>(paths);
      if (named.contains(STDIN)) {
        if (stdinFilename == null) {
          throw new UsageException("'-' reads the text of one file from standard input: name that file with "
              + "--stdin-filename PATH (e.g. runbook check - --stdin-filename runbooks/restore.md)");
        }
        if (named.stream().filter(STDIN::equals).count() > 1) {
          throw new UsageException("standard input can be read once: name '-' once");
        }
        named.replaceAll(p -> p.equals(STDIN) ? stdinFilename : p);
        runner = runner.withBuffers(Map.of(env.workingDir().resolve(stdinFilename).toAbsolutePath().normalize(), stdin()));
      } else if (stdinFilename != null) {
        throw new UsageException("--stdin-filename goes with '-', which reads the file's text from standard input");
      }
      LintRun run = new LintRun(env, lint, spec.commandLine().getOut(), err, runner, "check");
      Optional<Path> root = Optional.empty();
      List<Path> files = new ArrayList<>();
      for (Path p : named) {
        if (p.equals(stdinFilename)) {
          files.add(p);
          continue;
        }
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

  private byte[] stdin() throws UsageException {
    try {
      return env.stdin().readAllBytes();
    } catch (IOException e) {
      throw new UsageException("cannot read standard input: " + e.getMessage());
    }
  }
}
