package dev.runbook.core.parse;

import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * GitLab's heading anchors: its Banzai table-of-contents filter with {@code string_to_anchor}
 * (gitlabhq {@code lib/banzai/filter/table_of_contents_legacy_filter.rb} and {@code
 * lib/gitlab/utils/markdown.rb}): the first 255 characters of the text, trimmed, lower-cased,
 * everything but word characters, {@code -} and the space dropped, spaces to {@code -}, runs of
 * {@code -} squeezed to one, a number alone becomes {@code anchor-N}. A repeated id gets {@code -1},
 * {@code -2}, … counted per id, without looking at ids already given (GitLab's own behaviour).
 */
final class GitlabSlugger implements HeadingIds {
  /** Ruby's {@code [^\p{Word}\- ]}: Word is Alphabetic, marks, decimal digits and connectors. */
  private static final Pattern PUNCTUATION = Pattern.compile("[^\\p{IsAlphabetic}\\p{M}\\p{Nd}\\p{Pc}\\- ]");
  private static final Pattern DASHES = Pattern.compile("-{2,}");
  private static final Pattern DIGITS_ONLY = Pattern.compile("[0-9]+");
  /** Ruby's {@code String#strip}: ASCII whitespace and NUL. */
  private static final Pattern RUBY_STRIP = Pattern.compile("^[\\x00\\t\\n\\x0B\\f\\r ]+|[\\x00\\t\\n\\x0B\\f\\r ]+$");

  private final Map<String, Integer> headers = new HashMap<>();

  static String slug(String text) {
    String first = text.codePointCount(0, text.length()) > 255
        ? text.substring(0, text.offsetByCodePoints(0, 255)) : text;
    String id = RUBY_STRIP.matcher(first).replaceAll("").toLowerCase(Locale.ROOT);
    id = PUNCTUATION.matcher(id).replaceAll("").replace(' ', '-');
    id = DASHES.matcher(id).replaceAll("-");
    return DIGITS_ONLY.matcher(id).matches() ? "anchor-" + id : id;
  }

  @Override
  public String next(HeadingSource heading) {
    String id = slug(heading.text());
    int count = headers.getOrDefault(id, 0);
    headers.put(id, count + 1);
    return count > 0 ? id + "-" + count : id;
  }
}
