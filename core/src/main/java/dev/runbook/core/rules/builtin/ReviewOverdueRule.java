package dev.runbook.core.rules.builtin;

import dev.runbook.core.model.Review;
import dev.runbook.core.report.RuleInfo;
import dev.runbook.core.report.Severity;
import dev.runbook.core.rules.Rule;
import dev.runbook.core.rules.RuleContext;
import java.time.temporal.ChronoUnit;

/** RB402: today is past the next review date. */
public final class ReviewOverdueRule implements Rule {
  static final RuleInfo INFO = new RuleInfo("RB402", "review-overdue", Severity.ERROR,
      "Today is past the next review date.",
      "A runbook past its review date may describe a system that no longer exists. Failing the "
          + "build is what makes quarterly reviews actually happen.",
      "---\nlast_reviewed: 2024-01-10\nreview_interval: quarterly\n---",
      RuleInfo.Scope.RUNBOOKS);

  @Override
  public RuleInfo info() {
    return INFO;
  }

  @Override
  public void check(RuleContext ctx) {
    Review review = Review.of(ctx.runbook(), ctx.config().reviewInterval());
    if (review.status(ctx.today(), ctx.config().warnBeforeDays()) != Review.Status.OVERDUE) {
      return;
    }
    long days = ChronoUnit.DAYS.between(review.due().get(), ctx.today());
    ctx.report(ReviewDates.position(ctx.runbook()), "review overdue by " + days + (days == 1 ? " day" : " days")
        + " (last reviewed " + review.lastReviewed().get() + ", " + review.interval().text()
        + ", due " + review.due().get() + "): review the runbook, then run: "
        + ctx.command("review"));
  }
}
