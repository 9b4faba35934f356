package dev.runbook.core.model.url;

import java.util.Locale;

/**
 * Hugo's pretty URLs: {@code a/B.md} is {@code a/b/} (lower case, spaces as {@code -}), a folder's
 * {@code _index.md} or {@code index.md} (a branch or leaf bundle) its folder. Files under {@code
 * content/} are the site's content, as when the root is the Hugo project.
 */
public record HugoUrlStyle() implements UrlStyle {
  private static final String CONTENT = "content/";

  @Override
  public String name() {
    return "hugo";
  }

  @Override
  public String url(String path, boolean folderIndex) {
    String inContent = path.startsWith(CONTENT) ? path.substring(CONTENT.length()) : path;
    SourceName s = SourceName.of(inContent);
    String url = s.stemIs("_index", "index") ? s.folder() : s.folder() + s.stem() + "/";
    return url.toLowerCase(Locale.ROOT).replace(' ', '-');
  }
}
