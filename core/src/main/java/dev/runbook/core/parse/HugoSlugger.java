package dev.runbook.core.parse;

import java.util.HashSet;
import java.util.Set;

/**
 * Hugo's heading anchors (goldmark with Hugo's default {@code autoHeadingIDType: github}, as
 * Hugo 0.111 makes them): read from the heading's Markdown as written, trimmed; {@code -} and the
 * space become {@code -}; letters, decimal digits and {@code _} are kept, lower-cased one by one;
 * everything else goes (so {@code `code`} loses its backticks and {@code [text](url)} keeps the
 * URL's letters). Empty is {@code heading}. A repeated id gets {@code -1}, {@code -2}, … the first
 * not yet given.
 */
final class HugoSlugger implements HeadingIds {
  private final Set<String> given = new HashSet<>();

  static String slug(String markdown) {
    StringBuilder out = new StringBuilder(markdown.length());
    markdown.strip().codePoints().forEach(c -> {
      if (c == '-' || c == ' ') {
        out.append('-');
      } else if (c == '_' || Character.isLetter(c) || Character.isDigit(c)) {
        out.appendCodePoint(Character.toLowerCase(c));
      }
    });
    return out.toString();
  }

  @Override
  public String next(HeadingSource heading) {
    String id = slug(heading.markdown());
    if (id.isEmpty()) {
      id = "heading";
    }
    if (given.contains(id)) {
      int i = 1;
      while (given.contains(id + "-" + i)) {
        i++;
      }
      id = id + "-" + i;
    }
    given.add(id);
    return id;
  }
}
