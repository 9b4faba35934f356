package dev.runbook.core.config;

import dev.runbook.core.model.url.RunbookUrlStyle;
import dev.runbook.core.model.url.SiteUrls;
import dev.runbook.core.model.url.UrlStyle;
import java.util.Optional;

/**
 * The {@code site:} block: title, base URL for the sitemap, edit link template, theme folder, and
 * how the set's own site names its pages ({@code url_style}, {@code base_path}).
 */
public record SiteConfig(
    String title, Optional<String> baseUrl, Optional<String> editUrl, Optional<String> themeDir,
    UrlStyle urlStyle, String basePath) {
  public static final SiteConfig DEFAULT =
      new SiteConfig("Operations Runbooks", Optional.empty(), Optional.empty(), Optional.empty());

  /** A site block in this tool's own URL style at the host's root. */
  public SiteConfig(String title, Optional<String> baseUrl, Optional<String> editUrl, Optional<String> themeDir) {
    this(title, baseUrl, editUrl, themeDir, new RunbookUrlStyle(), "/");
  }

  /** The set's own site: URL style and base path. */
  public SiteUrls urls() {
    return new SiteUrls(urlStyle, basePath);
  }
}
