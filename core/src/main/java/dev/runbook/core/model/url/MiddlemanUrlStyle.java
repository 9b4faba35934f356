package dev.runbook.core.model.url;

import java.util.Locale;

/**
 * Middleman: the template engine's extension goes, so {@code x.html.md} is {@code x.html}; a
 * plain {@code x.md} is {@code x.html} too; {@code index.html.md} (or {@code index.md}) is its
 * folder. Files under {@code source/} are the site's content, as when the root is the Middleman
 * project ({@code source/manual/cdn.html.md} is {@code manual/cdn.html}).
 */
public record MiddlemanUrlStyle() implements UrlStyle {
  private static final String SOURCE = "source/";

  @Override
  public String name() {
    return "middleman";
  }

  @Override
  public String url(String path, boolean folderIndex) {
    SourceName s = SourceName.of(path.startsWith(SOURCE) ? path.substring(SOURCE.length()) : path);
    String stem = s.stem();
    String page = stem.toLowerCase(Locale.ROOT).endsWith(".html") ? stem : stem + ".html";
    return page.equalsIgnoreCase("index.html") ? s.folder() : s.folder() + page;
  }
}
