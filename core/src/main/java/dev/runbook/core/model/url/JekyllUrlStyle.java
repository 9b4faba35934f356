package dev.runbook.core.model.url;

/**
 * Jekyll (and GitHub Pages): {@code x.md} is {@code x.html}; a folder's {@code index.md}, or its
 * {@code README.md} as GitHub Pages reads it, is its folder.
 */
public record JekyllUrlStyle() implements UrlStyle {
  @Override
  public String name() {
    return "jekyll";
  }

  @Override
  public String url(String path, boolean folderIndex) {
    SourceName s = SourceName.of(path);
    return s.stemIs("index", "readme") ? s.folder() : s.folder() + s.stem() + ".html";
  }
}
