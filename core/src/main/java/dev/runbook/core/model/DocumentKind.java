package dev.runbook.core.model;

import java.util.List;
import java.util.Locale;

/** What a Markdown file below the root is to the linter and the site. */
public enum DocumentKind {
  /** A procedure: every rule applies. */
  RUNBOOK,
  /**
   * An index page, in any folder: {@code README.md}, {@code index.md}, Hugo's {@code _index.md}
   * or Middleman's {@code index.html.md} (any case). Links, encoding, placeholders, secrets, front matter. A folder's first index page
   * in {@link #INDEX_NAMES} order is its page (see {@link RunbookSet#indexOf}).
   */
  INDEX,
  /** A reference page matched by the config's {@code documents} globs: checked like an index page. */
  DOCUMENT;

  /**
   * The file names of index pages, lower case, in precedence order: when a folder has several,
   * the first is the folder's page, the home page at the root, and what a link to the folder
   * opens.
   */
  public static final List<String> INDEX_NAMES = List.of("readme.md", "index.md", "_index.md", "index.html.md");

  /** The precedence of an index page's file name (0 first, any case), or -1 for other names. */
  public static int indexRank(String fileName) {
    return INDEX_NAMES.indexOf(fileName.toLowerCase(Locale.ROOT));
  }
}
