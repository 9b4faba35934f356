package dev.runbook.cli;

import dev.runbook.core.report.RuleInfo;
import dev.runbook.core.rules.Rule;
import dev.runbook.core.rules.builtin.BuiltinRules;
import java.io.PrintWriter;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code runbook rules [ID]}: lists the rules, or explains one. */
@Command(name = "rules", mixinStandardHelpOptions = true,
    description = "List the rules, or explain one (by ID or name).")
final class RulesCommand implements Callable<Integer> {
  @Spec CommandSpec spec;

  @Parameters(paramLabel = "ID", arity = "0..1", description = "a rule ID (RB301) or name (broken-link)")
  String id;

  @Override
  public Integer call() {
    PrintWriter out = spec.commandLine().getOut();
    if (id == null) {
      for (Rule r : BuiltinRules.all()) {
        RuleInfo i = r.info();
        out.printf(Locale.ROOT, "%s  %-20s %-8s %s%n", i.id(), i.name(), i.severity().id(), i.summary());
      }
      out.println();
      out.println("Explain one with: runbook rules RB301");
      return ExitCodes.OK;
    }
    Optional<RuleInfo> rule = BuiltinRules.all().stream().map(Rule::info)
        .filter(i -> i.id().equalsIgnoreCase(id) || i.name().equalsIgnoreCase(id)).findFirst();
    if (rule.isEmpty()) {
      spec.commandLine().getErr().println("runbook: no rule '" + id + "': run 'runbook rules' for the list");
      return ExitCodes.USAGE;
    }
    RuleInfo i = rule.get();
    out.println(i.id() + " " + i.name() + " (" + i.severity().id() + ")");
    out.println();
    out.println(i.summary());
    out.println();
    out.println("Why: " + i.rationale());
    out.println();
    out.println("Example that fires it:");
    i.example().lines().forEach(l -> out.println("    " + l));
    out.println();
    out.println("Turn it off or change its severity in runbook.yml:");
    out.println("    rules:");
    out.println("      " + i.id() + ": off   # or info | warning | error");
    out.println("Or for one spot: <!-- runbook-disable-next-line " + i.id() + " -->");
    return ExitCodes.OK;
  }
}
