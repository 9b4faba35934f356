package dev.runbook.core.model.url;

/**
 * This tool's own pages: {@code a/b.md} is {@code a/b.html}; a folder's index page its folder
 * ({@code a/index.html}); the folder's other index pages {@code a/index.md.html}.
 */
public record RunbookUrlStyle() implements UrlStyle {
  @Override
  public String name() {
    return "runbook";
  }

  @Override
  public String url(String path, boolean folderIndex) {
    SourceName s = SourceName.of(path);
    if (folderIndex) {
      return s.folder();
    }
    String name = path.substring(s.folder().length());
    return s.stemIs("readme", "index", "_index", "index.html") ? path + ".html" : s.folder() + s.stem() + ".html";
  }
}
