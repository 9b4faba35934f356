package dev.runbook.core.rules.builtin;

import dev.runbook.core.report.RuleInfo;
import dev.runbook.core.report.Severity;
import dev.runbook.core.rules.RequiredSections;
import dev.runbook.core.rules.Rule;
import dev.runbook.core.rules.RuleContext;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
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
    List<RequiredSections.Found> firsts = new ArrayList<>();
    Set<String> seen = new HashSet<>();
    for (RequiredSections.Found f : ctx.foundSections()) {
      if (seen.add(f.required())) {
        firsts.add(f);
      }
    }
    boolean[] inOrder = longestInOrderRun(firsts);
    List<String> order = ctx.requiredSections();
    for (int i = 0; i < firsts.size(); i++) {
      if (!inOrder[i]) {
        RequiredSections.Found f = firsts.get(i);
        List<String> written = order.stream().map(ctx::sectionInThisFile).toList();
        ctx.report(f.section().heading().position(), "section '" + ctx.writtenAs(f) + "' is out of order: "
            + placement(f.order(), written) + " (the order is " + String.join(", ", written) + ")");
      }
    }
  }

  /**
   * Marks the largest set of sections already in the right order (a longest increasing
   * subsequence), so one misplaced section is one finding, not one per section it jumped.
   */
  static boolean[] longestInOrderRun(List<RequiredSections.Found> firsts) {
    int n = firsts.size();
    int[] length = new int[n];
    int[] previous = new int[n];
    int best = -1;
    for (int i = 0; i < n; i++) {
      length[i] = 1;
      previous[i] = -1;
      for (int j = 0; j < i; j++) {
        if (firsts.get(j).order() < firsts.get(i).order() && length[j] + 1 > length[i]) {
          length[i] = length[j] + 1;
          previous[i] = j;
        }
      }
      if (best < 0 || length[i] > length[best]) {
        best = i;
      }
    }
    boolean[] keep = new boolean[n];
    for (int i = best; i >= 0; i = previous[i]) {
      keep[i] = true;
    }
    return keep;
  }

  private static String placement(int index, List<String> order) {
    if (index == 0) {
      return "move it before '" + order.get(1) + "'";
    }
    return "move it after '" + order.get(index - 1) + "'";
  }
}
