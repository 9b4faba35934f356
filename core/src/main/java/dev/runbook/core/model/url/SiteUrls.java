package dev.runbook.core.model.url;

/**
 * The set's own site: how its files become URLs and the path it lives under ({@code
 * site.url_style}, {@code site.base_path}).
 *
 * @param style how a file becomes a URL
 * @param basePath the path the set's own site lives under, starting and ending with {@code /}
 */
public record SiteUrls(UrlStyle style, String basePath) {
  /** This tool's own pages at the root of the host: links in the repository's form only. */
  public static final SiteUrls DEFAULT = new SiteUrls(new RunbookUrlStyle(), "/");

  /**
   * True when links may be written as the set's site writes them (another generator's style, or
   * a base path), so that a link that names no file is also read as a URL.
   */
  public boolean readsSiteLinks() {
    return !(style instanceof RunbookUrlStyle) || !basePath.equals("/");
  }

  /** {@code /manual} and {@code manual/} as {@code /manual/}; null when it is not a path. */
  public static String normalBasePath(String written) {
    String p = written.strip();
    if (p.isEmpty() || p.contains("://") || p.contains("?") || p.contains("#") || p.contains("\\")) {
      return null;
    }
    if (!p.startsWith("/")) {
      p = "/" + p;
    }
    return p.endsWith("/") ? p : p + "/";
  }
}
