package dev.runbook.core.rules.builtin;

import java.util.Collection;
import java.util.Optional;

/** "Did you mean …?" by edit distance, for broken links and anchors. */
final class Suggestions {
  private Suggestions() {}

  /**
   * The first candidate at the smallest edit distance from {@code wrong}, if that distance is at
   * most a third of its length (at least 2). Two cheap lower bounds of the distance, the length
   * difference and the {@link Bag bag distance}, skip most candidates before the full computation.
   */
  static Optional<String> closest(String wrong, Collection<String> candidates) {
    int allowed = Math.max(2, wrong.length() / 3);
    char[] a = wrong.toCharArray();
    Bag bag = new Bag(a);
    char[] b = new char[64];
    String best = null;
    int bestDistance = allowed + 1;
    for (String c : candidates) {
      int n = c.length();
      if (Math.abs(a.length - n) >= bestDistance) {
        continue;
      }
      if (b.length < n) {
        b = new char[Math.max(n, 2 * b.length)];
      }
      c.getChars(0, n, b, 0);
      if (bag.distance(b, n) >= bestDistance) {
        continue;
      }
      int d = distance(a, a.length, b, n, bestDistance);
      if (d < bestDistance) {
        bestDistance = d;
        best = c;
      }
    }
    return Optional.ofNullable(best);
  }

  /**
   * The candidates of many lookups, ordered by length: {@link #closest(String)} answers exactly as
   * {@link Suggestions#closest(String, Collection)} would, but visits lengths nearest the wrong
   * one's first and stops once no length left can be close enough, so that a near miss found early
   * leaves most candidates unread. For RB602's hundreds of broken URLs against thousands of paths.
   */
  static final class Index {
    private final String[] byLength;
    private final int[] order;

    Index(Collection<String> candidates) {
      String[] all = candidates.toArray(new String[0]);
      Integer[] idx = new Integer[all.length];
      for (int i = 0; i < idx.length; i++) {
        idx[i] = i;
      }
      java.util.Arrays.sort(idx, java.util.Comparator.comparingInt((Integer i) -> all[i].length()));
      byLength = new String[all.length];
      order = new int[all.length];
      for (int k = 0; k < idx.length; k++) {
        byLength[k] = all[idx[k]];
        order[k] = idx[k];
      }
    }

    Optional<String> closest(String wrong) {
      int allowed = Math.max(2, wrong.length() / 3);
      char[] a = wrong.toCharArray();
      Bag bag = new Bag(a);
      char[] b = new char[64];
      String best = null;
      int bestDistance = allowed + 1;
      int bestOrder = Integer.MAX_VALUE;
      // Where the wrong string's length would go: walk outwards from there, nearest lengths first.
      int lo = lowerBound(a.length) - 1;
      int hi = lo + 1;
      while (lo >= 0 || hi < byLength.length) {
        int k;
        if (hi >= byLength.length || lo >= 0 && a.length - byLength[lo].length() <= byLength[hi].length() - a.length) {
          k = lo--;
        } else {
          k = hi++;
        }
        String c = byLength[k];
        int n = c.length();
        int gap = Math.abs(a.length - n);
        if (gap > bestDistance || gap > allowed) {
          break; // every length left is further off
        }
        if (b.length < n) {
          b = new char[Math.max(n, 2 * b.length)];
        }
        c.getChars(0, n, b, 0);
        if (bag.distance(b, n) > bestDistance) {
          continue;
        }
        int d = distance(a, a.length, b, n, bestDistance + 1);
        if (d < bestDistance || d == bestDistance && d <= allowed && order[k] < bestOrder) {
          bestDistance = d;
          best = c;
          bestOrder = order[k];
        }
      }
      return Optional.ofNullable(best);
    }

    /** The first position whose candidate is at least {@code length} long. */
    private int lowerBound(int length) {
      int from = 0;
      int to = byLength.length;
      while (from < to) {
        int mid = (from + to) >>> 1;
        if (byLength[mid].length() < length) {
          from = mid + 1;
        } else {
          to = mid;
        }
      }
      return from;
    }
  }

  /**
   * The Levenshtein distance of {@code a[0..m)} and {@code b[0..n)} if it is below {@code limit},
   * else some number at least {@code limit}; {@code m} and {@code n} differ by less than it.
   */
  private static int distance(char[] a, int m, char[] b, int n, int limit) {
    // A common start or end changes no distance: drop both.
    int from = 0;
    while (from < m && from < n && a[from] == b[from]) {
      from++;
    }
    while (m > from && n > from && a[m - 1] == b[n - 1]) {
      m--;
      n--;
    }
    if (m == from || n == from) {
      return Math.max(m, n) - from;
    }
    // Cells further than limit - 1 off the diagonal are at least limit: only the band between is
    // computed, the cells just outside it hold limit (which is all that matters of them).
    int band = limit - 1;
    int[] prev = new int[n - from + 1];
    int[] cur = new int[n - from + 1];
    for (int j = 0; j < prev.length; j++) {
      prev[j] = Math.min(j, limit);
      cur[j] = limit;
    }
    for (int i = 1; i <= m - from; i++) {
      int lo = Math.max(1, i - band);
      int hi = Math.min(n - from, i + band);
      cur[lo - 1] = lo == 1 ? Math.min(i, limit) : limit;
      int rowMin = cur[lo - 1];
      char ai = a[from + i - 1];
      for (int j = lo; j <= hi; j++) {
        int cost = ai == b[from + j - 1] ? 0 : 1;
        int v = Math.min(Math.min(cur[j - 1] + 1, prev[j] + 1), prev[j - 1] + cost);
        cur[j] = v;
        if (v < rowMin) {
          rowMin = v;
        }
      }
      if (rowMin >= limit) {
        return limit;
      }
      int[] t = prev;
      prev = cur;
      cur = t;
    }
    return prev[n - from];
  }

  /**
   * The bag distance from one string: the larger of how many of one string's characters the other
   * lacks, and the reverse, counted as multisets. No edit changes it by more than one, so it is a
   * lower bound of the edit distance. Characters are counted in 128 buckets ({@code c & 127}); a
   * bucket shared by several characters can only lower the count, so the bound still holds.
   */
  static final class Bag {
    private final int[] counts = new int[128];
    private final int[] work = new int[128];
    private final int length;

    Bag(char[] a) {
      for (char c : a) {
        counts[c & 127]++;
      }
      length = a.length;
    }

    /** The bag distance to {@code b[0..n)}. */
    int distance(char[] b, int n) {
      System.arraycopy(counts, 0, work, 0, counts.length);
      int missing = 0; // characters of b that this string lacks
      for (int j = 0; j < n; j++) {
        if (--work[b[j] & 127] < 0) {
          missing++;
        }
      }
      // What this string has beyond b: its length, less what b takes from it (n - missing).
      int extra = length - (n - missing);
      return Math.max(missing, extra);
    }
  }
}
