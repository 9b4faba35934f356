package dev.runbook.core.parse;

import dev.runbook.core.model.SlugDialect;

/**
 * The ids one generator gives the headings of one document, in document order: each dialect's
 * slug and its way of numbering a repeated one. One instance per document (it remembers the ids it
 * gave); not thread-safe.
 */
public interface HeadingIds {
  /** The id of the next heading of the document. */
  String next(HeadingSource heading);

  /** A fresh generator for one document in {@code dialect}. */
  static HeadingIds of(SlugDialect dialect) {
    return switch (dialect) {
      case GITHUB -> new Slugger();
      case GITLAB -> new GitlabSlugger();
      case MKDOCS -> new MkdocsSlugger();
      case HUGO -> new HugoSlugger();
      case KRAMDOWN -> new KramdownSlugger();
    };
  }
}
