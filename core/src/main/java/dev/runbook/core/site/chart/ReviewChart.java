package dev.runbook.core.site.chart;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Locale;

/**
 * Reviews due per week over the next quarter, with the overdue count as a first, red bar: a
 * bar chart as inline SVG. Colours come from the page's CSS classes, so dark mode and print
 * apply. Immutable.
 */
public final class ReviewChart {
  /** Thirteen weeks: a quarter. */
  public static final int WEEKS = 13;

  private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("MMM d", Locale.ROOT);
  private static final int BAR = 40;
  private static final int GAP = 16;
  private static final int TOP = 28;
  private static final int PLOT = 150;
  private static final int LEFT = 10;

  private final LocalDate today;
  private final int overdue;
  private final int[] perWeek = new int[WEEKS];

  /**
   * @param today the first day of the first week
   * @param overdue how many reviews are overdue
   * @param dueDates the due dates of the runbooks that are not overdue
   */
  public ReviewChart(LocalDate today, int overdue, List<LocalDate> dueDates) {
    this.today = today;
    this.overdue = overdue;
    for (LocalDate due : dueDates) {
      long week = Math.floorDiv(ChronoUnit.DAYS.between(today, due), 7);
      if (week >= 0 && week < WEEKS) {
        perWeek[(int) week]++;
      }
    }
  }

  /** How many reviews fall due in week {@code i} (0 is the week starting today). */
  public int week(int i) {
    return perWeek[i];
  }

  public String svg() {
    int max = Math.max(1, overdue);
    for (int n : perWeek) {
      max = Math.max(max, n);
    }
    int width = LEFT * 2 + (WEEKS + 1) * (BAR + GAP);
    int height = TOP + PLOT + 44;
    StringBuilder sb = new StringBuilder(4096);
    sb.append("<svg class=\"chart review-chart\" viewBox=\"0 0 ").append(width).append(' ').append(height)
        .append("\" role=\"img\" aria-label=\"").append(SvgText.escape(description()))
        .append("\" xmlns=\"http://www.w3.org/2000/svg\">");
    sb.append("<line class=\"axis\" x1=\"").append(LEFT).append("\" y1=\"").append(TOP + PLOT)
        .append("\" x2=\"").append(width - LEFT).append("\" y2=\"").append(TOP + PLOT).append("\"/>");
    bar(sb, 0, overdue, max, "bar overdue", "Overdue", "Overdue: " + overdue);
    for (int i = 0; i < WEEKS; i++) {
      LocalDate start = today.plusDays(7L * i);
      String label = DAY.format(start);
      bar(sb, i + 1, perWeek[i], max, "bar", label,
          "Week of " + start + ": " + perWeek[i] + " due");
    }
    sb.append("</svg>");
    return sb.toString();
  }

  private void bar(StringBuilder sb, int slot, int count, int max, String css, String label, String title) {
    int x = LEFT + slot * (BAR + GAP);
    int h = count == 0 ? 0 : Math.max(2, Math.round((float) PLOT * count / max));
    int y = TOP + PLOT - h;
    sb.append("<g><title>").append(SvgText.escape(title)).append("</title>");
    sb.append("<rect class=\"").append(css).append("\" x=\"").append(x).append("\" y=\"").append(y)
        .append("\" width=\"").append(BAR).append("\" height=\"").append(h).append("\"/>");
    sb.append("<text class=\"count\" x=\"").append(x + BAR / 2).append("\" y=\"").append(y - 6)
        .append("\" text-anchor=\"middle\">").append(count).append("</text>");
    sb.append("<text class=\"label\" x=\"").append(x + BAR / 2).append("\" y=\"").append(TOP + PLOT + 18)
        .append("\" text-anchor=\"middle\">").append(SvgText.escape(label)).append("</text></g>");
  }

  private static String plural(int n, String word) {
    return n + " " + word + (n == 1 ? "" : "s");
  }

  private String description() {
    int total = 0;
    for (int n : perWeek) {
      total += n;
    }
    return plural(overdue, "review") + " overdue; " + total + " due in the next " + WEEKS + " weeks";
  }
}
