package dev.runbook.core.model;

import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** How often a runbook must be reviewed, in days. */
public record ReviewInterval(int days, String text) {
  public static final ReviewInterval QUARTERLY = new ReviewInterval(90, "quarterly");
  private static final Pattern COUNT = Pattern.compile("(\\d{1,4})\\s*([dw])");
  /** {@code 6 months}, {@code 2 weeks}, {@code 1 year}, {@code 90 days}, {@code 3mo}, {@code 1y}. */
  private static final Pattern WORDS =
      Pattern.compile("(\\d{1,4})\\s*(days?|weeks?|wk|months?|mo|mths?|years?|yrs?|y)");

  /** What a person may write, for messages. */
  public static final String FORMS = "monthly, quarterly, semiannual, annual, a count like 30d or 6w, "
      + "or words like 90 days, 2 weeks, 6 months, 1 year";

  public ReviewInterval {
    if (days < 1) {
      throw new IllegalArgumentException("a review interval is at least one day");
    }
  }

  /**
   * Parses {@code monthly}, {@code quarterly}, {@code semiannual}, {@code annual} (and {@code
   * weekly}, {@code biweekly}, {@code yearly}, {@code annually}, {@code semiannually}, {@code
   * half-yearly}), {@code Nd} or {@code Nw}, or a count in words: {@code 90 days}, {@code 2 weeks},
   * {@code 6 months}, {@code 1 year}. A month is a twelfth of 365 days, rounded down, so {@code 6
   * months} is {@code semiannual} (182 days) and {@code 12 months} is {@code annual}.
   */
  public static Optional<ReviewInterval> parse(String text) {
    if (text == null) {
      return Optional.empty();
    }
    String t = text.trim().toLowerCase(Locale.ROOT);
    switch (t) {
      case "monthly":
        return Optional.of(new ReviewInterval(30, t));
      case "quarterly":
        return Optional.of(new ReviewInterval(90, t));
      case "semiannual":
        return Optional.of(new ReviewInterval(182, t));
      case "annual", "annually", "yearly":
        return Optional.of(new ReviewInterval(365, t));
      case "weekly":
        return Optional.of(new ReviewInterval(7, t));
      case "biweekly":
        return Optional.of(new ReviewInterval(14, t));
      case "semiannually", "half-yearly", "biannual", "biannually":
        return Optional.of(new ReviewInterval(182, t));
      default:
        Matcher w = WORDS.matcher(t);
        if (w.matches()) {
          return inWords(Integer.parseInt(w.group(1)), w.group(2), t);
        }
        Matcher m = COUNT.matcher(t);
        if (!m.matches()) {
          return Optional.empty();
        }
        int n = Integer.parseInt(m.group(1)) * (m.group(2).equals("w") ? 7 : 1);
        return n < 1 ? Optional.empty() : Optional.of(new ReviewInterval(n, t));
    }
  }

  private static Optional<ReviewInterval> inWords(int count, String unit, String text) {
    int days;
    if (unit.startsWith("d")) {
      days = count;
    } else if (unit.startsWith("w")) {
      days = count * 7;
    } else if (unit.startsWith("m")) {
      days = count * 365 / 12;
    } else {
      days = count * 365;
    }
    return days < 1 ? Optional.empty() : Optional.of(new ReviewInterval(days, text));
  }
}
