package dev.runbook.core.rules.builtin;

import dev.runbook.core.model.Heading;
import dev.runbook.core.model.Position;
import dev.runbook.core.report.RuleInfo;
import dev.runbook.core.report.Severity;
import dev.runbook.core.rules.Rule;
import dev.runbook.core.rules.RuleContext;

/** RB304: no index page links to the runbook, directly or through other index pages. */
public final class OrphanRule implements Rule {
  static final RuleInfo INFO = new RuleInfo("RB304", "orphan", Severity.WARNING,
      "No index page links to the runbook, directly or through other index pages.",
      "A runbook nobody can find from the index is a runbook nobody follows. It is also how stale "
          + "copies survive after a procedure was replaced.",
      "<!-- drafts/new-procedure.md, linked from no README.md -->",
      RuleInfo.Scope.RUNBOOKS);

  @Override
  public RuleInfo info() {
    return INFO;
  }

  @Override
  public void check(RuleContext ctx) {
    if (ctx.index().isLinkedFromIndex(ctx.runbook())) {
      return;
    }
    Position at = ctx.runbook().titles().stream().findFirst().map(Heading::position).orElse(Position.START);
    String index = ctx.index().set().rootIndex().map(r -> r.path()).orElse("README.md");
    ctx.report(at, "no index page links to this runbook: add it to " + index + " (or its folder's README.md)");
  }
}
