package dev.runbook.core.parse;

import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * GitHub's heading anchors: lower-case, punctuation and emoji dropped except {@code -} and
 * {@code _}, each space to {@code -}; a repeated slug gets {@code -1}, {@code -2}, … One instance
 * per document (it remembers the slugs it gave); not thread-safe.
 */
public final class Slugger {
  private static final Pattern DROP = Pattern.compile("[^\\p{L}\\p{M}\\p{N}\\p{Pc} \\-]");
  private final Map<String, Integer> seen = new HashMap<>();

  /** The slug of a heading text, without de-duplication. */
  public static String slug(String text) {
    String lower = text.toLowerCase(Locale.ROOT);
    return DROP.matcher(lower).replaceAll("").replace(' ', '-');
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
