package dev.runbook.core.site;

import dev.runbook.core.model.Review;
import dev.runbook.core.model.RiskLevel;
import dev.runbook.core.site.render.Hrefs;
import dev.runbook.core.site.view.ReviewView;
import dev.runbook.core.site.view.RiskView;
import dev.runbook.core.site.view.RunbookRow;
import java.time.LocalDate;
import java.util.Locale;
import java.util.Map;

/**
 * The view pieces every page shows of a runbook: risk badge, review state and listing row. The
 * review sentences are the ones {@code runbook.js} writes when it recomputes them for the
 * reader's date: change both together.
 */
final class RunbookViews {
  private static final Map<String, String> AUTOMATION = Map.of(
      "fully-automated", "Fully Automated",
      "semi-automated", "Semi-Automated",
      "manual-with-tools", "Manual with Tools",
      "manual", "Manual");

  private final SiteCatalog catalog;

  RunbookViews(SiteCatalog catalog) {
    this.catalog = catalog;
  }

  static RiskView risk(RiskLevel r) {
    return new RiskView(r.id(), r.label(), r.emoji(), r.colour());
  }

  ReviewView review(SiteCatalog.Entry e) {
    Review review = e.review();
    LocalDate today = catalog.today();
    String due = review.due().map(LocalDate::toString).orElse(null);
    long days = e.daysLeft(today);
    return new ReviewView(
        review.lastReviewed().map(LocalDate::toString).orElse(null),
        e.doc().frontMatter().string("reviewed_by").orElse(null),
        review.interval().text(),
        due,
        statusId(e.status()),
        label(e.status()),
        message(e.status(), due, days),
        catalog.warnBeforeDays());
  }

  RunbookRow row(SiteCatalog.Entry e, String fromPage) {
    String categoryPage = catalog.categoryPage(e.category());
    return new RunbookRow(e.title(), Hrefs.relative(fromPage, e.page()),
        e.risk().map(RunbookViews::risk).orElse(null), e.owner(), e.category(),
        Hrefs.relative(fromPage, categoryPage), review(e), automationLabel(e.automation()));
  }

  static String automationLabel(String value) {
    if (value == null) {
      return null;
    }
    return AUTOMATION.getOrDefault(value.strip().toLowerCase(Locale.ROOT), value.strip());
  }

  static String statusId(Review.Status s) {
    return s.name().toLowerCase(Locale.ROOT).replace('_', '-');
  }

  static String label(Review.Status s) {
    switch (s) {
      case OVERDUE:
        return "Overdue";
      case DUE_SOON:
        return "Due soon";
      case UNKNOWN:
        return "No review date";
      default:
        return "Current";
    }
  }

  /** The banner sentence; null when the review is current. Mirrored in runbook.js. */
  static String message(Review.Status s, String due, long days) {
    switch (s) {
      case OVERDUE:
        return "Review overdue: it was due on " + due + ", " + plural(-days, "day") + " ago.";
      case DUE_SOON:
        return days == 0 ? "Review due today (" + due + ")."
            : "Review due soon: on " + due + ", in " + plural(days, "day") + ".";
      case UNKNOWN:
        return "No review date: set last_reviewed in the front matter.";
      default:
        return null;
    }
  }

  private static String plural(long n, String word) {
    return n + " " + word + (n == 1 ? "" : "s");
  }
}
