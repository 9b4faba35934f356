package dev.runbook.core.model.url;

import java.util.Locale;

/**
 * Middleman: the template engine's extension goes, so {@code x.html.md} is {@code x.html}; a
 * plain {@code x.md} is {@code x.html} too; {@code index.html.md} (or {@code index.md}) is its
 * folder.
 */
public record MiddlemanUrlStyle() implements UrlStyle {
  @Override
  public String name() {
    return "middleman";
  }

  @Override
  public String url(String path, boolean folderIndex) {
    SourceName s = SourceName.of(path);
    String stem = s.stem();
    String page = stem.toLowerCase(Locale.ROOT).endsWith(".html") ? stem : stem + ".html";
    return page.equalsIgnoreCase("index.html") ? s.folder() : s.folder() + page;
  }
}
