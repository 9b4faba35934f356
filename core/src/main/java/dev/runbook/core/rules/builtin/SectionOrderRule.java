package dev.runbook.core.rules.builtin;

import dev.runbook.core.report.RuleInfo;
import dev.runbook.core.report.Severity;
import dev.runbook.core.rules.RequiredSections;
import dev.runbook.core.rules.Rule;
import dev.runbook.core.rules.RuleContext;
import java.util.HashSet;
import java.util.Set;

/** RB102: required sections are out of order. */
public final class SectionOrderRule implements Rule {
  static final RuleInfo INFO = new RuleInfo("RB102", "section-order", Severity.ERROR,
      "Required sections are out of order.",
      "A runbook is read top to bottom under pressure. Prerequisites must come before Steps and "
          + "Rollback after Validation, or someone runs a step before checking they may.",
      "## Steps\n1. Restart.\n## Prerequisites\n- Access to the host",
      RuleInfo.Scope.RUNBOOKS);

  @Override
  public RuleInfo info() {
    return INFO;
  }

  @Override
  public void check(RuleContext ctx) {
    RequiredSections.Found latest = null;
    Set<String> seen = new HashSet<>();
    for (RequiredSections.Found f : ctx.foundSections()) {
      if (!seen.add(f.required())) {
        continue;
      }
      if (latest != null && f.order() < latest.order()) {
        ctx.report(f.section().heading().position(), "section '" + f.required() + "' must come before '"
            + latest.required() + "': the order is " + String.join(", ", ctx.requiredSections()));
      } else {
        latest = f;
      }
    }
  }
}
