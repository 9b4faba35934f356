package dev.runbook.core.model.url;

/**
 * MkDocs with {@code use_directory_urls} (its default): {@code a/b.md} is {@code a/b/}, a folder's
 * {@code index.md} or {@code README.md} its folder.
 */
public record MkDocsUrlStyle() implements UrlStyle {
  @Override
  public String name() {
    return "mkdocs";
  }

  @Override
  public String url(String path, boolean folderIndex) {
    SourceName s = SourceName.of(path);
    return s.stemIs("index", "readme") ? s.folder() : s.folder() + s.stem() + "/";
  }
}
