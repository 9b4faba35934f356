package dev.runbook.core.site.data;

import java.util.Arrays;

/**
 * One string per distinct word of the pages rendered so far, so that a word's string is made
 * once per build rather than once per page, and the search index, which has seen that very
 * string, finds it by identity with its hash already computed. Thread-safe: finding a word
 * takes no lock, adding one does.
 */
public final class Vocabulary {
  /** A word, its characters (to compare without going through the string) and its hash. */
  private record Word(String text, char[] chars, int hash) {}

  private final Object lock = new Object();
  /**
   * Open addressing; a slot, once filled, never changes. Replaced whole when it grows. Read
   * without a lock: a {@link Word} is immutable (final fields), so a reader that sees one sees
   * all of it, and a reader that misses a word being added finds it again under the lock.
   */
  private volatile Word[] table = new Word[1 << 12];
  /** Guarded by {@code lock}. */
  private int size;

  /**
   * The string of the word in {@code chars[start, start + len)}, whose {@link String#hashCode}
   * is {@code hash}.
   */
  String word(char[] chars, int start, int len, int hash) {
    String known = find(table, chars, start, len, hash);
    if (known != null) {
      return known;
    }
    synchronized (lock) {
      Word[] t = table;
      known = find(t, chars, start, len, hash);
      if (known != null) {
        return known;
      }
      Word w = new Word(new String(chars, start, len), Arrays.copyOfRange(chars, start, start + len), hash);
      if ((size + 1) * 2 > t.length) {
        t = grown(t);
        put(t, w);
        table = t;
      } else {
        put(t, w);
      }
      size++;
      return w.text();
    }
  }

  private static String find(Word[] t, char[] chars, int start, int len, int hash) {
    int mask = t.length - 1;
    for (int slot = mix(hash) & mask; ; slot = (slot + 1) & mask) {
      Word w = t[slot];
      if (w == null) {
        return null;
      }
      if (w.hash() == hash && w.chars().length == len && Arrays.equals(w.chars(), 0, len, chars, start, start + len)) {
        return w.text();
      }
    }
  }

  private static void put(Word[] t, Word w) {
    int mask = t.length - 1;
    int slot = mix(w.hash()) & mask;
    while (t[slot] != null) {
      slot = (slot + 1) & mask;
    }
    t[slot] = w;
  }

  private static Word[] grown(Word[] t) {
    Word[] bigger = new Word[t.length * 2];
    for (Word w : t) {
      if (w != null) {
        put(bigger, w);
      }
    }
    return bigger;
  }

  private static int mix(int h) {
    return h ^ (h >>> 16);
  }
}
