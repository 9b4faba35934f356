package dev.runbook.core.site.data;

import java.util.Arrays;
import java.util.HashSet;
import java.util.Locale;
import java.util.Set;

/**
 * The distinct words of one document for the search index: lower-case runs of letters, digits
 * and underscores, two to forty characters, without the commonest English words. Not
 * thread-safe: one per document.
 */
public final class SearchWords {
  private static final int MIN = 2;
  private static final int MAX = 40;
  private static final Set<String> STOP = Set.of(
      "the", "and", "to", "of", "in", "is", "for", "on", "with", "be", "it", "that", "this",
      "as", "or", "if", "are", "by", "an", "at", "from", "not", "can", "you", "your", "will",
      "was", "were", "has", "have", "into", "than", "then", "its", "but", "any", "all", "use");

  private final Set<String> words = new HashSet<>();

  /** Adds the words of a piece of text. */
  public void add(String text) {
    int n = text.length();
    int start = -1;
    for (int i = 0; i <= n; i++) {
      boolean word = i < n && isWordChar(text.charAt(i));
      if (word && start < 0) {
        start = i;
      } else if (!word && start >= 0) {
        take(text, start, i);
        start = -1;
      }
    }
  }

  private void take(String text, int start, int end) {
    int len = end - start;
    if (len < MIN || len > MAX) {
      return;
    }
    String w = text.substring(start, end).toLowerCase(Locale.ROOT);
    if (!STOP.contains(w)) {
      words.add(w);
    }
  }

  private static boolean isWordChar(char c) {
    return Character.isLetterOrDigit(c) || c == '_';
  }

  /** The words, sorted. */
  public String[] sorted() {
    String[] out = words.toArray(new String[0]);
    Arrays.sort(out);
    return out;
  }
}
