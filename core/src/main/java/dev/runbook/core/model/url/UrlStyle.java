package dev.runbook.core.model.url;

import java.util.List;
import java.util.Optional;

/**
 * How one site generator turns a Markdown file of the set into the URL path of its page
 * ({@code site.url_style}). Paths are relative to the root with {@code /} separators; URLs are
 * relative to the site's base path, without a leading slash: a folder URL ends in {@code /}
 * ({@code a/b/}, {@code ""} for the site root), a file URL does not ({@code a/x.html}).
 */
public interface UrlStyle {
  /** The names {@code site.url_style} takes, the default first. */
  List<String> NAMES = List.of("runbook", "hugo", "mkdocs", "middleman", "jekyll");

  /** The name {@code site.url_style} gives it. */
  String name();

  /**
   * The URL of the page of the Markdown file at {@code path}.
   *
   * @param folderIndex true when the set publishes the file as its folder's page ({@code
   *     RunbookSet#isFolderIndex}); the generators' own styles decide by the file's name
   */
  String url(String path, boolean folderIndex);

  /** The file a page with this URL is written to: a folder URL's {@code index.html}. */
  static String pageFile(String url) {
    return url.isEmpty() || url.endsWith("/") ? url + "index.html" : url;
  }

  /** The style called {@code name} ({@link #NAMES}), or empty. */
  static Optional<UrlStyle> named(String name) {
    switch (name) {
      case "runbook":
        return Optional.of(new RunbookUrlStyle());
      case "hugo":
        return Optional.of(new HugoUrlStyle());
      case "mkdocs":
        return Optional.of(new MkDocsUrlStyle());
      case "middleman":
        return Optional.of(new MiddlemanUrlStyle());
      case "jekyll":
        return Optional.of(new JekyllUrlStyle());
      default:
        return Optional.empty();
    }
  }
}
