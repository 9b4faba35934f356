package dev.runbook.core.rules.builtin;

import dev.runbook.core.model.RiskLevel;
import dev.runbook.core.model.Section;
import dev.runbook.core.report.RuleInfo;
import dev.runbook.core.report.Severity;
import dev.runbook.core.rules.Rule;
import dev.runbook.core.rules.RuleContext;
import java.util.Optional;

/** RB205: a critical or high runbook has no actionable rollback. */
public final class RollbackRequiredRule implements Rule {
  static final RuleInfo INFO = new RuleInfo("RB205", "rollback-required", Severity.ERROR,
      "A critical or high runbook has no actionable rollback.",
      "A procedure that can take production down must say how to get back. 'N/A' is not a plan: "
          + "list the commands or steps that undo each change.",
      "---\nrisk: critical\n---\n## Rollback\nN/A",
      RuleInfo.Scope.RUNBOOKS);

  @Override
  public RuleInfo info() {
    return INFO;
  }

  @Override
  public void check(RuleContext ctx) {
    Optional<RiskLevel> risk = ctx.runbook().risk();
    Optional<String> name = ctx.config().rollbackSection();
    if (risk.isEmpty() || !risk.get().isSevere() || name.isEmpty()) {
      return;
    }
    Optional<Section> rollback = ctx.section(name.get());
    if (rollback.isPresent() && rollback.get().hasContent() && rollback.get().actionableItems() == 0) {
      ctx.report(rollback.get().heading().position(), "a " + risk.get().id()
          + " runbook needs an actionable rollback: list the steps or commands that undo the procedure");
    }
  }
}
