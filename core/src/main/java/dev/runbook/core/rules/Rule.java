package dev.runbook.core.rules;

import dev.runbook.core.report.RuleInfo;

/**
 * One check. Implementations are stateless and thread-safe: the linter calls {@link #check} for
 * many documents at once. Findings go to the context, never out as exceptions.
 */
public interface Rule {
  RuleInfo info();

  void check(RuleContext ctx);
}
