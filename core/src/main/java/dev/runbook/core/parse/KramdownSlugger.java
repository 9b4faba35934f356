package dev.runbook.core.parse;

import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * kramdown's heading anchors ({@code generate_id}, as Jekyll and Middleman use it): read from the
 * heading's Markdown as written; everything before the first ASCII letter dropped (so leading
 * digits and CJK go), then everything but ASCII letters, digits, spaces and {@code -}; spaces to
 * {@code -}; lower-cased. Empty is {@code section}. A repeated id gets {@code -1}, {@code -2}, …
 * counted per id, without looking at ids already given (kramdown's own behaviour).
 */
final class KramdownSlugger implements HeadingIds {
  private static final Pattern LEADING = Pattern.compile("^[^a-zA-Z]+", Pattern.MULTILINE);
  private static final Pattern DROP = Pattern.compile("[^a-zA-Z0-9 \\-]");

  private final Map<String, Integer> used = new HashMap<>();

  static String slug(String markdown) {
    String id = LEADING.matcher(markdown).replaceAll("");
    id = DROP.matcher(id).replaceAll("").replace(' ', '-');
    return id.toLowerCase(Locale.ROOT);
  }

  @Override
  public String next(HeadingSource heading) {
    String id = slug(heading.markdown());
    if (id.isEmpty()) {
      id = "section";
    }
    Integer count = used.get(id);
    if (count == null) {
      used.put(id, 0);
      return id;
    }
    used.put(id, count + 1);
    return id + "-" + (count + 1);
  }
}
