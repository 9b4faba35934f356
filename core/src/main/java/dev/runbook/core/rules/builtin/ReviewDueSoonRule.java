package dev.runbook.core.rules.builtin;

import dev.runbook.core.model.Review;
import dev.runbook.core.report.RuleInfo;
import dev.runbook.core.report.Severity;
import dev.runbook.core.rules.Rule;
import dev.runbook.core.rules.RuleContext;
import java.time.temporal.ChronoUnit;

/** RB403: the next review date is within {@code warn_before}. */
public final class ReviewDueSoonRule implements Rule {
  static final RuleInfo INFO = new RuleInfo("RB403", "review-due-soon", Severity.WARNING,
      "The next review date is within review.warn_before (14 days by default).",
      "A warning before the build turns red gives the owner time to schedule the review.",
      "---\nlast_reviewed: 2026-08-25\n---\n<!-- due 2026-11-23, checked on 2026-11-15 -->",
      RuleInfo.Scope.RUNBOOKS);

  @Override
  public RuleInfo info() {
    return INFO;
  }

  @Override
  public void check(RuleContext ctx) {
    Review review = Review.of(ctx.runbook(), ctx.config().reviewInterval());
    if (review.status(ctx.today(), ctx.config().warnBeforeDays()) != Review.Status.DUE_SOON) {
      return;
    }
    long days = ChronoUnit.DAYS.between(ctx.today(), review.due().get());
    String when = days == 0 ? "today" : "in " + days + (days == 1 ? " day" : " days");
    ctx.report(ReviewDates.position(ctx.runbook()), "review due " + when + " (" + review.due().get()
        + "): schedule it with the owner");
  }
}
