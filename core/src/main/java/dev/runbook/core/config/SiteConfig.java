package dev.runbook.core.config;

import java.util.Optional;

/** The {@code site:} block: title, base URL for the sitemap, edit link template, theme folder. */
public record SiteConfig(
    String title, Optional<String> baseUrl, Optional<String> editUrl, Optional<String> themeDir) {
  public static final SiteConfig DEFAULT =
      new SiteConfig("Operations Runbooks", Optional.empty(), Optional.empty(), Optional.empty());
}
