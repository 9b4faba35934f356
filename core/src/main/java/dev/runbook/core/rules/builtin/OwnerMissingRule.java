package dev.runbook.core.rules.builtin;

import dev.runbook.core.model.Heading;
import dev.runbook.core.model.Position;
import dev.runbook.core.report.RuleInfo;
import dev.runbook.core.report.Severity;
import dev.runbook.core.rules.Rule;
import dev.runbook.core.rules.RuleContext;

/** RB405: no {@code owner}. */
public final class OwnerMissingRule implements Rule {
  static final RuleInfo INFO = new RuleInfo("RB405", "owner-missing", Severity.WARNING,
      "No owner.",
      "Someone must be accountable for keeping a runbook true, and the on-call engineer needs to "
          + "know whom to escalate to when it is wrong.",
      "---\nrisk: low\nlast_reviewed: 2026-10-01\n---",
      RuleInfo.Scope.RUNBOOKS);

  @Override
  public RuleInfo info() {
    return INFO;
  }

  @Override
  public void check(RuleContext ctx) {
    var r = ctx.runbook();
    if (r.frontMatter().error().isPresent()) {
      return; // RB504 reports the broken YAML; what it held is unknown, not missing
    }
    if (r.frontMatter().fieldString("owner").isPresent()) {
      return;
    }
    Position at = r.frontMatter().present() ? Position.START
        : r.titles().stream().findFirst().map(Heading::position).orElse(Position.START);
    ctx.report(at, "no owner: add 'owner: <team>' to the front matter");
  }
}
