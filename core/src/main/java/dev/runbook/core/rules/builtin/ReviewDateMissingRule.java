package dev.runbook.core.rules.builtin;

import dev.runbook.core.model.Heading;
import dev.runbook.core.model.Position;
import dev.runbook.core.report.RuleInfo;
import dev.runbook.core.report.Severity;
import dev.runbook.core.rules.Rule;
import dev.runbook.core.rules.RuleContext;

/** RB401: no {@code last_reviewed}. */
public final class ReviewDateMissingRule implements Rule {
  static final RuleInfo INFO = new RuleInfo("RB401", "review-date-missing", Severity.ERROR,
      "No last_reviewed date.",
      "Infrastructure changes under runbooks. Without a review date nobody can tell a procedure "
          + "checked last month from one written for servers decommissioned two years ago.",
      "---\nowner: sre\nrisk: low\n---",
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
    var value = r.frontMatter().field("last_reviewed");
    if (value.filter(v -> v.value() != null).isPresent()) {
      return;
    }
    if (value.isPresent()) {
      // 'runbook new' leaves the key empty: the skeleton has never been reviewed.
      ctx.report(value.get().position(), "never reviewed: last_reviewed is empty; once someone has checked this "
          + "runbook against the systems it describes, record the date with: " + ctx.command("review"));
      return;
    }
    Position at = r.frontMatter().present() ? Position.START
        : r.titles().stream().findFirst().map(Heading::position).orElse(Position.START);
    ctx.report(at, "no review date: add 'last_reviewed: YYYY-MM-DD' to the front matter "
        + "(" + ctx.command("review") + " does it)");
  }
}
