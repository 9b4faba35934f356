package dev.runbook.core.rules.builtin;

import dev.runbook.core.report.RuleInfo;
import dev.runbook.core.report.Severity;
import dev.runbook.core.rules.RequiredSections;
import dev.runbook.core.rules.Rule;
import dev.runbook.core.rules.RuleContext;
import java.util.HashMap;
import java.util.Map;

/** RB103: a required section appears twice. */
public final class DuplicateSectionRule implements Rule {
  static final RuleInfo INFO = new RuleInfo("RB103", "duplicate-section", Severity.ERROR,
      "A required section appears twice.",
      "Two Rollback sections mean two answers to 'how do I undo this?'. The engineer follows "
          + "whichever they see first; merge them into one.",
      "## Rollback\n1. Revert.\n## Rollback\n1. Restore the backup.",
      RuleInfo.Scope.RUNBOOKS);

  @Override
  public RuleInfo info() {
    return INFO;
  }

  @Override
  public void check(RuleContext ctx) {
    Map<String, Integer> firstLine = new HashMap<>();
    for (RequiredSections.Found f : ctx.foundSections()) {
      Integer first = firstLine.putIfAbsent(f.required(), f.section().heading().position().line());
      if (first != null) {
        ctx.report(f.section().heading().position(), "section '" + ctx.writtenAs(f)
            + "' appears again (first on line " + first + "): merge the two");
      }
    }
  }
}
