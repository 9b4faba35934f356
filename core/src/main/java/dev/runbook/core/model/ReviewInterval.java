package dev.runbook.core.model;

import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** How often a runbook must be reviewed, in days. */
public record ReviewInterval(int days, String text) {
  public static final ReviewInterval QUARTERLY = new ReviewInterval(90, "quarterly");
  private static final Pattern COUNT = Pattern.compile("(\\d{1,4})\\s*([dw])");

  public ReviewInterval {
    if (days < 1) {
      throw new IllegalArgumentException("a review interval is at least one day");
    }
  }

  /**
   * Parses {@code monthly}, {@code quarterly}, {@code semiannual}, {@code annual}, {@code Nd} or
   * {@code Nw}.
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
      case "annual":
        return Optional.of(new ReviewInterval(365, t));
      default:
        Matcher m = COUNT.matcher(t);
        if (!m.matches()) {
          return Optional.empty();
        }
        int n = Integer.parseInt(m.group(1)) * (m.group(2).equals("w") ? 7 : 1);
        return n < 1 ? Optional.empty() : Optional.of(new ReviewInterval(n, t));
    }
  }
}
