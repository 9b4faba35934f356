package dev.runbook.core.rules.builtin;

import dev.runbook.core.report.RuleInfo;
import dev.runbook.core.report.Severity;
import dev.runbook.core.rules.RequiredSections;
import dev.runbook.core.rules.Rule;
import dev.runbook.core.rules.RuleContext;

/** RB104: a required section has no content. */
public final class EmptySectionRule implements Rule {
  static final RuleInfo INFO = new RuleInfo("RB104", "empty-section", Severity.ERROR,
      "A required section has no content.",
      "An empty heading is worse than a missing one: it looks complete in a review and says "
          + "nothing in an outage.",
      "## Validation\n\n## Rollback\n1. Revert the change.",
      RuleInfo.Scope.RUNBOOKS);

  @Override
  public RuleInfo info() {
    return INFO;
  }

  @Override
  public void check(RuleContext ctx) {
    for (RequiredSections.Found f : ctx.foundSections()) {
      if (!f.section().hasContent()) {
        ctx.report(f.section().heading().position(),
            "section '" + ctx.writtenAs(f) + "' is empty: write what to do here, or say why nothing is needed");
      }
    }
  }
}
