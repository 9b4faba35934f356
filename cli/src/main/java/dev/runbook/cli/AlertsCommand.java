package dev.runbook.cli;

import dev.runbook.core.alerts.AlertCatalog;
import dev.runbook.core.alerts.UnmatchedGlob;
import dev.runbook.core.alerts.AlertTable;
import dev.runbook.core.check.CheckFailure;
import dev.runbook.core.check.CheckOptions;
import dev.runbook.core.check.CheckRunner;
import dev.runbook.core.config.Config;
import dev.runbook.core.config.ProjectLocation;
import dev.runbook.core.model.RunbookSet;
import dev.runbook.core.model.SetIndex;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code runbook alerts [ROOT]}: the alert → runbook table of the configured alerting rules. */
@Command(
    name = "alerts",
    mixinStandardHelpOptions = true,
    description = {
      "Print which runbook each alert links.",
      "Reads the alerting rules that alerts.rules in runbook.yml (and --alerts) name, and prints "
          + "each alert with its severity, rules file and line, and its runbook: the path, or broken, "
          + "missing, unresolvable (a template in the URL's path) or external (no pattern matches)."
    },
    exitCodeListHeading = "%nExit status:%n",
    exitCodeList = {
      "0:the table was printed",
      "2:usage or configuration error"
    })
final class AlertsCommand implements Callable<Integer> {
  @Spec CommandSpec spec;

  @Parameters(index = "0", arity = "0..1", paramLabel = "ROOT",
      description = "the runbook folder (default: root in runbook.yml, else ./runbooks, else .)")
  Path root;

  @Option(names = "--config", paramLabel = "FILE", description = "runbook.yml to use (default: found from the root upwards)")
  Path config;

  @Option(names = "--alerts", paramLabel = "GLOB",
      description = "alerting-rule files besides alerts.rules; repeatable, relative to the current folder")
  List<String> alerts = new ArrayList<>();

  @Option(names = "--format", paramLabel = "FORMAT", defaultValue = "text",
      description = "text or json (default: ${DEFAULT-VALUE})")
  String format;

  private final Environment env;

  AlertsCommand(Environment env) {
    this.env = env;
  }

  @Override
  public Integer call() {
    PrintWriter out = spec.commandLine().getOut();
    PrintWriter err = spec.commandLine().getErr();
    if (!format.equals("text") && !format.equals("json")) {
      err.println("runbook: --format must be text or json, not '" + format + "'");
      return ExitCodes.USAGE;
    }
    CheckRunner runner = new CheckRunner();
    CheckOptions options = new CheckOptions(env.workingDir(), Optional.ofNullable(root), List.of(),
        Optional.ofNullable(config), env.clock(), false, Optional.empty(), Optional.empty(),
        Runtime.getRuntime().availableProcessors(), alerts);
    AlertTable table;
    try {
      ProjectLocation where = runner.locate(options);
      Config cfg = where.config();
      Path rootDir = where.root();
      RunbookSet set = runner.load(rootDir, cfg, options.threads());
      AlertCatalog catalog = runner.alerts(options, cfg, set, new SetIndex(set, cfg.site().urls(), options.threads()));
      for (UnmatchedGlob g : catalog.unmatched()) {
        err.println("runbook: " + g.config() + ":" + g.at().line() + ":" + g.at().column() + ": alerts.rules '"
            + g.glob() + "' matches no file: fix the glob (relative to the folder of runbook.yml) or remove it");
      }
      if (catalog.files().isEmpty()) {
        err.println("runbook: no alerting rules to read: set alerts.rules in runbook.yml or pass --alerts GLOB");
        return ExitCodes.USAGE;
      }
      table = new AlertTable(catalog);
    } catch (CheckFailure e) {
      err.println("runbook: " + RootHint.message(e, RootHint.folderArgument("alerts")));
      return ExitCodes.USAGE;
    }
    out.print(format.equals("json") ? table.json() : table.text());
    if (format.equals("text")) {
      table.unreadable().forEach(u -> err.println("runbook: cannot read " + u));
    }
    out.flush();
    return ExitCodes.OK;
  }
}
