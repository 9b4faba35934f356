package dev.runbook.core.config;

import dev.runbook.core.model.SlugDialect;
import java.util.Objects;

/**
 * The {@code links:} block.
 *
 * @param slugs whose heading anchors {@code #fragment} links name (RB302, the site's heading ids,
 *     alert runbook URLs)
 */
public record LinksConfig(SlugDialect slugs) {
  public static final LinksConfig DEFAULT = new LinksConfig(SlugDialect.GITHUB);

  public LinksConfig {
    Objects.requireNonNull(slugs, "slugs");
  }
}
