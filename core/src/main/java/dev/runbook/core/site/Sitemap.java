package dev.runbook.core.site;

import java.util.Map;
import java.util.SortedMap;

/**
 * {@code sitemap.xml}: every content page's public address, with the runbook's last review date
 * as {@code lastmod} (an input, so the output stays the same for the same input).
 */
final class Sitemap {
  private Sitemap() {}

  /** @param pages page path to its lastmod date or null, sorted by path */
  static String of(SiteContext site, SortedMap<String, String> pages) {
    StringBuilder sb = new StringBuilder(128 + pages.size() * 120);
    sb.append("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n")
        .append("<urlset xmlns=\"http://www.sitemaps.org/schemas/sitemap/0.9\">\n");
    for (Map.Entry<String, String> p : pages.entrySet()) {
      sb.append("  <url><loc>").append(escape(site.canonical(p.getKey()).orElseThrow())).append("</loc>");
      if (p.getValue() != null) {
        sb.append("<lastmod>").append(p.getValue()).append("</lastmod>");
      }
      sb.append("</url>\n");
    }
    sb.append("</urlset>\n");
    return sb.toString();
  }

  private static String escape(String s) {
    return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;");
  }
}
