package dev.runbook.core.rules.builtin;

import dev.runbook.core.model.FrontMatterValue;
import dev.runbook.core.model.Review;
import dev.runbook.core.report.RuleInfo;
import dev.runbook.core.report.Severity;
import dev.runbook.core.rules.Rule;
import dev.runbook.core.rules.RuleContext;
import java.time.LocalDate;
import java.util.Optional;

/** RB404: the date does not parse, or lies in the future. */
public final class ReviewDateInvalidRule implements Rule {
  static final RuleInfo INFO = new RuleInfo("RB404", "review-date-invalid", Severity.ERROR,
      "The review date does not parse, or lies in the future.",
      "'last_reviewed: next week' or a date in the future silently disables the staleness check.",
      "---\nlast_reviewed: 12/03/2026\n---",
      RuleInfo.Scope.RUNBOOKS);

  @Override
  public RuleInfo info() {
    return INFO;
  }

  @Override
  public void check(RuleContext ctx) {
    Optional<FrontMatterValue> value = ctx.runbook().frontMatter().field("last_reviewed");
    if (value.isEmpty() || value.get().value() == null) {
      return;
    }
    String text = value.get().asString();
    Optional<LocalDate> date = text == null ? Optional.empty() : Review.parseDate(text);
    if (date.isEmpty()) {
      ctx.report(value.get().position(), value.get().key() + " '" + (text == null ? value.get().value() : text)
          + "' is not a date: write it as YYYY-MM-DD");
    } else if (date.get().isAfter(ctx.today())) {
      ctx.report(value.get().position(), value.get().key() + " " + date.get() + " is in the future (today is "
          + ctx.today() + "): use the date the review happened");
    }
  }
}
