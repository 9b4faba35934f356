package dev.runbook.core.site.chart;

import java.util.List;
import java.util.Locale;

/**
 * Horizontal bars, one per group (a rules file, a severity): the share of its alerts that lead
 * to a working runbook, filled, over all its alerts. Drawn as inline SVG, labels escaped.
 */
public final class CoverageChart {
  private static final int LABEL = 220;
  private static final int BAR = 360;
  private static final int ROW = 26;
  private static final int MAX_LABEL = 32;

  private final String title;
  private final List<String> labels;
  private final int[] covered;
  private final int[] totals;

  /**
   * @param title what the chart shows, for screen readers
   * @param labels one per bar
   * @param covered per bar, the alerts with a working runbook
   * @param totals per bar, all its alerts
   */
  public CoverageChart(String title, List<String> labels, int[] covered, int[] totals) {
    this.title = title;
    this.labels = List.copyOf(labels);
    this.covered = covered.clone();
    this.totals = totals.clone();
  }

  public String svg() {
    int width = LABEL + BAR + 110;
    int height = labels.size() * ROW + 8;
    StringBuilder sb = new StringBuilder(512 + labels.size() * 400);
    sb.append("<svg class=\"chart coverage\" viewBox=\"0 0 ").append(width).append(' ').append(height)
        .append("\" role=\"img\" aria-label=\"").append(SvgText.escape(title))
        .append("\" xmlns=\"http://www.w3.org/2000/svg\">");
    for (int i = 0; i < labels.size(); i++) {
      int y = 4 + i * ROW;
      int filled = totals[i] == 0 ? 0 : (int) Math.round((double) BAR * covered[i] / totals[i]);
      String share = totals[i] == 0 ? "–" : String.format(Locale.ROOT, "%d%%", Math.round(100.0 * covered[i] / totals[i]));
      sb.append("<g><title>").append(SvgText.escape(labels.get(i) + ": " + covered[i] + " of " + totals[i]
          + " alerts with a working runbook")).append("</title>");
      sb.append("<text class=\"label\" x=\"").append(LABEL - 8).append("\" y=\"").append(y + ROW / 2 + 4)
          .append("\" text-anchor=\"end\">").append(SvgText.escape(shorten(labels.get(i)))).append("</text>");
      sb.append("<rect class=\"cell empty\" x=\"").append(LABEL).append("\" y=\"").append(y + 3)
          .append("\" width=\"").append(BAR).append("\" height=\"").append(ROW - 6).append("\"/>");
      if (filled > 0) {
        sb.append("<rect class=\"bar\" x=\"").append(LABEL).append("\" y=\"").append(y + 3)
            .append("\" width=\"").append(filled).append("\" height=\"").append(ROW - 6).append("\"/>");
      }
      sb.append("<text class=\"count\" x=\"").append(LABEL + BAR + 8).append("\" y=\"").append(y + ROW / 2 + 4)
          .append("\">").append(share).append(" (").append(covered[i]).append('/').append(totals[i])
          .append(")</text></g>");
    }
    sb.append("</svg>");
    return sb.toString();
  }

  private static String shorten(String s) {
    return s.length() <= MAX_LABEL ? s : "…" + s.substring(s.length() - MAX_LABEL + 1);
  }
}
