package dev.runbook.core.site.chart;

import java.util.List;
import java.util.Locale;

/**
 * Runbooks per category and risk level as a heat map in inline SVG: one row per category, one
 * column per level, each cell in its level's colour, stronger the more runbooks it holds.
 * Immutable.
 */
public final class RiskHeatMap {
  private static final int LABEL = 230;
  private static final int CELL_W = 96;
  private static final int CELL_H = 30;
  private static final int HEAD = 30;
  private static final int MAX_LABEL = 30;

  private final List<String> categories;
  private final List<String> levels;
  private final List<String> colours;
  private final int[][] counts;

  /**
   * @param categories row labels
   * @param levels column labels
   * @param colours the CSS colour class of each column ({@code red}, {@code yellow}…)
   * @param counts {@code counts[row][column]}
   */
  public RiskHeatMap(List<String> categories, List<String> levels, List<String> colours, int[][] counts) {
    this.categories = List.copyOf(categories);
    this.levels = List.copyOf(levels);
    this.colours = List.copyOf(colours);
    this.counts = counts;
  }

  public String svg() {
    int max = 1;
    for (int[] row : counts) {
      for (int n : row) {
        max = Math.max(max, n);
      }
    }
    int width = LABEL + levels.size() * CELL_W + 4;
    int height = HEAD + categories.size() * CELL_H + 4;
    StringBuilder sb = new StringBuilder(2048 + categories.size() * 600);
    sb.append("<svg class=\"chart heat-map\" viewBox=\"0 0 ").append(width).append(' ').append(height)
        .append("\" role=\"img\" aria-label=\"Runbooks per category and risk level\" xmlns=\"http://www.w3.org/2000/svg\">");
    for (int c = 0; c < levels.size(); c++) {
      sb.append("<text class=\"label\" x=\"").append(LABEL + c * CELL_W + CELL_W / 2).append("\" y=\"")
          .append(HEAD - 10).append("\" text-anchor=\"middle\">").append(SvgText.escape(levels.get(c))).append("</text>");
    }
    for (int r = 0; r < categories.size(); r++) {
      int y = HEAD + r * CELL_H;
      sb.append("<text class=\"label\" x=\"").append(LABEL - 8).append("\" y=\"").append(y + CELL_H / 2 + 5)
          .append("\" text-anchor=\"end\">").append(SvgText.escape(shorten(categories.get(r)))).append("</text>");
      for (int c = 0; c < levels.size(); c++) {
        int n = counts[r][c];
        double strength = n == 0 ? 0 : 0.2 + 0.8 * n / max;
        int x = LABEL + c * CELL_W;
        sb.append("<g><title>").append(SvgText.escape(categories.get(r) + ", " + levels.get(c) + ": " + n))
            .append("</title><rect class=\"cell ").append(n == 0 ? "empty" : "risk-" + colours.get(c))
            .append("\" x=\"").append(x + 1).append("\" y=\"").append(y + 1).append("\" width=\"")
            .append(CELL_W - 2).append("\" height=\"").append(CELL_H - 2).append("\" fill-opacity=\"")
            .append(String.format(Locale.ROOT, "%.2f", n == 0 ? 1.0 : strength)).append("\"/>");
        sb.append("<text class=\"count").append(strength > 0.55 ? " strong on-" + colours.get(c) : "").append("\" x=\"").append(x + CELL_W / 2).append("\" y=\"").append(y + CELL_H / 2 + 5)
            .append("\" text-anchor=\"middle\">").append(n).append("</text></g>");
      }
    }
    sb.append("</svg>");
    return sb.toString();
  }

  private static String shorten(String s) {
    return s.length() <= MAX_LABEL ? s : s.substring(0, MAX_LABEL - 1) + "…";
  }
}
