package dev.runbook.core.parse;

import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * GitHub's heading anchors, as npm {@code github-slugger} makes them: lower-case; everything but
 * letters (Unicode "Alphabetic"), marks, decimal digits, connector punctuation ({@code _}),
 * {@code -} and the space dropped (so emoji, {@code &}, dots and other number signs such as
 * {@code ①} go); each space to {@code -}. A repeated slug gets {@code -1}, {@code -2}, … skipping
 * any already given. One instance per document; not thread-safe.
 */
public final class Slugger implements HeadingIds {
  private static final Pattern DROP = Pattern.compile("[^\\p{IsAlphabetic}\\p{M}\\p{Nd}\\p{Pc} \\-]");
  private final Map<String, Integer> seen = new HashMap<>();

  /** The slug of a heading text, without de-duplication. */
  public static String slug(String text) {
    String lower = text.toLowerCase(Locale.ROOT);
    return DROP.matcher(lower).replaceAll("").replace(' ', '-');
  }

  @Override
  public String next(HeadingSource heading) {
    return next(heading.text());
  }

  /** The next unique slug for a heading in this document. */
  public String next(String text) {
    String base = slug(text);
    String candidate = base;
    Integer count = seen.get(base);
    if (count != null) {
      int n = count;
      do {
        n++;
        candidate = base + "-" + n;
      } while (seen.containsKey(candidate));
      seen.put(base, n);
    } else {
      seen.put(base, 0);
    }
    if (!candidate.equals(base)) {
      seen.put(candidate, 0);
    }
    return candidate;
  }
}
