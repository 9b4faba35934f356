package dev.runbook.cli;

import dev.runbook.core.check.CheckRunner;
import dev.runbook.core.init.InitPlan;
import dev.runbook.core.init.InitRefused;
import dev.runbook.core.init.InitResult;
import dev.runbook.core.init.SetInitializer;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code runbook init [ROOT]}: writes a runbook.yml that fits an existing set, and a baseline. */
@Command(
    name = "init",
    mixinStandardHelpOptions = true,
    description = {
      "Adopt an existing set: write a commented runbook.yml inferred from it and a baseline.",
      "Infers the template of each folder (the H2 sections most of its runbooks share), other spellings "
          + "of them, the set's own front-matter keys and field names, and the URL style and anchors of "
          + "the generator it was written for (mkdocs.yml, Hugo's config, Middleman, Jekyll). The findings "
          + "left are written to .runbook-baseline.json, so the next `runbook check` passes and every later "
          + "finding is new. The config goes to the current folder when ROOT is below it, else into ROOT."
    },
    exitCodeListHeading = "%nExit status:%n",
    exitCodeList = {
      "0:runbook.yml and the baseline were written",
      "2:no such folder, or a config or baseline is there already (use --force)"
    })
final class InitCommand implements Callable<Integer> {
  @Spec CommandSpec spec;

  @Parameters(index = "0", arity = "0..1", paramLabel = "ROOT",
      description = "the folder that holds the runbooks (default: ./runbooks)")
  Path root;

  @Option(names = "--force", description = "replace an existing runbook.yml and baseline")
  boolean force;

  @Option(names = "--today", paramLabel = "DATE", converter = DateConverter.class,
      description = "check review dates as of this day, YYYY-MM-DD (default: today)")
  LocalDate today;

  private final Environment env;

  InitCommand(Environment env) {
    this.env = env;
  }

  @Override
  public Integer call() {
    PrintWriter err = spec.commandLine().getErr();
    Path dir = root != null ? env.workingDir().resolve(root) : env.workingDir().resolve("runbooks");
    if (root == null && !Files.isDirectory(dir)) {
      err.println("runbook: no ./runbooks folder here: name the folder that holds your runbooks, e.g. "
          + "runbook init docs/runbooks");
      return ExitCodes.USAGE;
    }
    Clock clock = DateConverter.clockOn(today, env.clock());
    SetInitializer init = new SetInitializer(new CheckRunner(), clock, Runtime.getRuntime().availableProcessors());
    try {
      InitResult r = init.init(env.workingDir(), dir, SetInitializer.configFolder(env.workingDir(), dir), force);
      InitPlan p = r.plan();
      err.println("runbook: wrote " + WriterSetup.label(env, r.config()) + " for " + p.runbooks() + " runbooks ("
          + describe(p) + ")");
      err.println("runbook: wrote " + WriterSetup.label(env, r.baseline()) + ": " + p.accepted()
          + (p.accepted() == 1 ? " finding" : " findings") + " accepted as they stand; `runbook check` now "
          + "reports only new ones");
      return ExitCodes.OK;
    } catch (InitRefused e) {
      err.println("runbook: " + e.getMessage());
      return ExitCodes.USAGE;
    } catch (IOException e) {
      err.println("runbook: cannot write the config: " + e.getMessage());
      return ExitCodes.USAGE;
    }
  }

  private static String describe(InitPlan p) {
    String sections = p.templates().main().sections().isEmpty() ? "no shared sections"
        : p.templates().main().sections().size() + " shared sections";
    String kinds = p.templates().folders().isEmpty() ? "" : ", " + p.templates().folders().size()
        + (p.templates().folders().size() == 1 ? " folder" : " folders") + " with a template of their own";
    String generator = p.generator().urlStyle().equals("runbook") ? "" : ", written for " + p.generator().urlStyle();
    return sections + kinds + generator;
  }
}
