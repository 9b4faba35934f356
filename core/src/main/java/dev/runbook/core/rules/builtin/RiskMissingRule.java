package dev.runbook.core.rules.builtin;

import dev.runbook.core.model.Heading;
import dev.runbook.core.model.Position;
import dev.runbook.core.report.RuleInfo;
import dev.runbook.core.report.Severity;
import dev.runbook.core.rules.Rule;
import dev.runbook.core.rules.RuleContext;

/** RB201: no risk level in front matter or body. */
public final class RiskMissingRule implements Rule {
  static final RuleInfo INFO = new RuleInfo("RB201", "risk-missing", Severity.ERROR,
      "No risk level in front matter or body.",
      "Before running a procedure, the engineer must know whether it can take production down. "
          + "The risk level (Critical, High, Medium, Low) decides who must approve and when it may run.",
      "# Rotate logs\n\n## Overview\n<!-- no 'risk:' and no '**Risk Level**:' line -->",
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
    if (r.frontMatter().get("risk").isPresent() || r.riskLine().isPresent()) {
      return;
    }
    Position at = r.titles().stream().findFirst().map(Heading::position).orElse(Position.START);
    ctx.report(at, "no risk level: add 'risk: critical|high|medium|low' to the front matter "
        + "and a '**Risk Level**: 🟢 Medium' line under the title");
  }
}
