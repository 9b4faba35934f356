package dev.runbook.core.model;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.time.temporal.ChronoUnit;
import java.util.Optional;

/**
 * A runbook's review dates: last reviewed, the interval that applies, the next due date.
 * {@code lastReviewed} is empty when missing or unparsable.
 */
public record Review(Optional<LocalDate> lastReviewed, ReviewInterval interval) {

  /** Where a runbook stands on a given day. */
  public enum Status {
    CURRENT,
    DUE_SOON,
    OVERDUE,
    UNKNOWN
  }

  public static Review of(Runbook r, ReviewInterval defaultInterval) {
    ReviewInterval interval =
        r.frontMatter().fieldString("review_interval").flatMap(ReviewInterval::parse).orElse(defaultInterval);
    return new Review(r.frontMatter().fieldString("last_reviewed").flatMap(Review::parseDate), interval);
  }

  public static Optional<LocalDate> parseDate(String text) {
    try {
      return Optional.of(LocalDate.parse(text.strip()));
    } catch (DateTimeParseException e) {
      return Optional.empty();
    }
  }

  public Optional<LocalDate> due() {
    return lastReviewed.map(d -> d.plusDays(interval.days()));
  }

  public Status status(LocalDate today, int warnBeforeDays) {
    if (lastReviewed.isEmpty()) {
      return Status.UNKNOWN;
    }
    LocalDate due = due().get();
    if (today.isAfter(due)) {
      return Status.OVERDUE;
    }
    return ChronoUnit.DAYS.between(today, due) <= warnBeforeDays ? Status.DUE_SOON : Status.CURRENT;
  }
}
