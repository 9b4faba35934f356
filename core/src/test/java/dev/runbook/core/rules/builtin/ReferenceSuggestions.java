package dev.runbook.core.rules.builtin;

import java.util.Collection;
import java.util.Optional;

/**
 * {@link Suggestions} as it was before its lower bounds, kept verbatim as the oracle that
 * {@code SuggestionsTest} compares it with.
 */
final class ReferenceSuggestions {
  private ReferenceSuggestions() {}

  static Optional<String> closest(String wrong, Collection<String> candidates) {
    int allowed = Math.max(2, wrong.length() / 3);
    String best = null;
    int bestDistance = allowed + 1;
    for (String c : candidates) {
      int d = distance(wrong, c, bestDistance);
      if (d < bestDistance) {
        bestDistance = d;
        best = c;
      }
    }
    return Optional.ofNullable(best);
  }

  /** Levenshtein distance, or {@code limit} as soon as it cannot be below it. */
  static int distance(String a, String b, int limit) {
    if (Math.abs(a.length() - b.length()) >= limit) {
      return limit;
    }
    int[] prev = new int[b.length() + 1];
    int[] cur = new int[b.length() + 1];
    for (int j = 0; j <= b.length(); j++) {
      prev[j] = j;
    }
    for (int i = 1; i <= a.length(); i++) {
      cur[0] = i;
      int rowMin = i;
      for (int j = 1; j <= b.length(); j++) {
        int cost = a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1;
        cur[j] = Math.min(Math.min(cur[j - 1] + 1, prev[j] + 1), prev[j - 1] + cost);
        rowMin = Math.min(rowMin, cur[j]);
      }
      if (rowMin >= limit) {
        return limit;
      }
      int[] t = prev;
      prev = cur;
      cur = t;
    }
    return prev[b.length()];
  }
}
