package dev.runbook.core.rules;

import dev.runbook.core.report.RuleInfo;

/**
 * One check. Implementations are stateless and thread-safe: the linter calls {@link #check} for
 * many documents at once. Findings go to the context, never out as exceptions.
 */
public interface Rule {
  RuleInfo info();

  void check(RuleContext ctx);

  /**
   * Whether the rule reads beyond its document: the set's index ({@link RuleContext#index}) or
   * external link results ({@link RuleContext#external}). Rules that read only their document
   * run while the set is still loading, on the loader's threads; their context has neither, and
   * asking for one is an error.
   */
  default boolean readsSet() {
    return false;
  }
}
