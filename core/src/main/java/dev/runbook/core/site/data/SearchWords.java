package dev.runbook.core.site.data;

import java.util.Arrays;
import java.util.Comparator;
import java.util.HashSet;
import java.util.Set;

/**
 * The distinct words of one document for the search index: lower-case runs of letters, digits
 * and underscores, two to forty characters, without the commonest English words. Built for
 * speed, since every word of every page passes through it: distinct words are kept as
 * characters in one pool, told apart by their hash first, and only turned into strings, taken
 * from the build's {@link Vocabulary}, when {@link #words} is asked for. Not thread-safe: one per
 * document.
 */
public final class SearchWords {
  private static final int MIN = 2;
  private static final int MAX = 40;
  private static final Set<String> STOP = Set.of(
      "the", "and", "to", "of", "in", "is", "for", "on", "with", "be", "it", "that", "this",
      "as", "or", "if", "are", "by", "an", "at", "from", "not", "can", "you", "your", "will",
      "was", "were", "has", "have", "into", "than", "then", "its", "but", "any", "all", "use");
  /** The stop words sorted by hash (no two share one), to recognise them without a string. */
  private static final String[] STOP_BY_HASH =
      STOP.stream().sorted(Comparator.comparingInt(String::hashCode)).toArray(String[]::new);
  private static final int[] STOP_HASHES = Arrays.stream(STOP_BY_HASH).mapToInt(String::hashCode).toArray();
  private static final int STOP_MAX = STOP.stream().mapToInt(String::length).max().orElse(0);
  /** Per ASCII character: its lower case if it belongs to a word, else 0. */
  private static final char[] ASCII_WORD_LOWER = new char[128];

  static {
    if (Arrays.stream(STOP_HASHES).distinct().count() != STOP_HASHES.length) {
      throw new IllegalStateException("two stop words share a hash: look them up another way");
    }
    for (char c = 0; c < 128; c++) {
      if ((c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == '_') {
        ASCII_WORD_LOWER[c] = c;
      } else if (c >= 'A' && c <= 'Z') {
        ASCII_WORD_LOWER[c] = (char) (c + 32);
      }
    }
  }

  private final Vocabulary vocabulary;
  private final char[] word = new char[MAX];
  private char[] text = new char[1024];
  /** The characters of the distinct words, one after the other. */
  private char[] pool = new char[4096];
  private int poolSize;
  /** Open addressing: per slot, the word's start in the pool, length (0: empty) and hash. */
  private int[] starts = new int[512];
  private int[] lengths = new int[512];
  private int[] hashes = new int[512];
  private boolean[] stops = new boolean[512];
  private int size;
  private int stopWords;
  /** The words {@link #compact} kept, else null; words added since are in the tables. */
  private String[] kept;

  /** Words of its own. */
  public SearchWords() {
    this(new Vocabulary());
  }

  /** Words whose strings come from {@code vocabulary}, shared by the pages of a build. */
  public SearchWords(Vocabulary vocabulary) {
    this.vocabulary = vocabulary;
  }

  /**
   * Lets go of the room kept for more words, keeping only the words themselves: for words that
   * wait long before their page is written. Words added afterwards go into new, small tables, and
   * {@link #words} joins the two.
   */
  public void compact() {
    if (lengths != null) {
      kept = words();
      text = null;
      pool = null;
      starts = null;
      lengths = null;
      hashes = null;
      stops = null;
      poolSize = 0;
      size = 0;
      stopWords = 0;
    }
  }

  /** Empty tables, after {@link #compact}. */
  private void reopen() {
    text = new char[256];
    pool = new char[256];
    starts = new int[32];
    lengths = new int[32];
    hashes = new int[32];
    stops = new boolean[32];
  }

  /** Adds the words of a piece of text. */
  public void add(String chars) {
    if (lengths == null) {
      reopen();
    }
    int n = chars.length();
    if (text.length < n + 1) {
      text = new char[Math.max(n + 1, text.length * 2)];
    }
    chars.getChars(0, n, text, 0);
    text[n] = ' ';
    char[] t = text;
    char[] w = word;
    int len = 0;
    int hash = 0;
    boolean tooLong = false;
    for (int i = 0; i <= n; i++) {
      char c = t[i];
      char lower = c < 128 ? ASCII_WORD_LOWER[c] : lowerIfWord(c);
      if (lower != 0) {
        if (len < MAX) {
          w[len++] = lower;
          hash = 31 * hash + lower;
        } else {
          tooLong = true;
        }
      } else if (len > 0) {
        if (len >= MIN && !tooLong) {
          put(hash, len);
        }
        len = 0;
        hash = 0;
        tooLong = false;
      }
    }
  }

  private static char lowerIfWord(char c) {
    return Character.isLetterOrDigit(c) ? Character.toLowerCase(c) : 0;
  }

  private void put(int hash, int len) {
    int mask = lengths.length - 1;
    int slot = mix(hash) & mask;
    for (int l = lengths[slot]; l != 0; l = lengths[slot]) {
      if (l == len && hashes[slot] == hash && same(starts[slot], len)) {
        return;
      }
      slot = (slot + 1) & mask;
    }
    if (poolSize + len > pool.length) {
      pool = Arrays.copyOf(pool, Math.max(poolSize + len, pool.length * 2));
    }
    System.arraycopy(word, 0, pool, poolSize, len);
    starts[slot] = poolSize;
    lengths[slot] = len;
    hashes[slot] = hash;
    if (len <= STOP_MAX && isStop(hash, len)) {
      stops[slot] = true;
      stopWords++;
    }
    poolSize += len;
    if (++size * 2 > lengths.length) {
      grow();
    }
  }

  private boolean isStop(int hash, int len) {
    int i = Arrays.binarySearch(STOP_HASHES, hash);
    if (i < 0 || STOP_BY_HASH[i].length() != len) {
      return false;
    }
    for (int k = 0; k < len; k++) {
      if (STOP_BY_HASH[i].charAt(k) != word[k]) {
        return false;
      }
    }
    return true;
  }

  private boolean same(int start, int len) {
    char[] p = pool;
    char[] w = word;
    for (int i = 0; i < len; i++) {
      if (p[start + i] != w[i]) {
        return false;
      }
    }
    return true;
  }

  private void grow() {
    int[] oldStarts = starts;
    int[] oldLengths = lengths;
    int[] oldHashes = hashes;
    boolean[] oldStops = stops;
    starts = new int[oldLengths.length * 2];
    lengths = new int[oldLengths.length * 2];
    hashes = new int[oldLengths.length * 2];
    stops = new boolean[oldLengths.length * 2];
    int mask = lengths.length - 1;
    for (int i = 0; i < oldLengths.length; i++) {
      if (oldLengths[i] != 0) {
        int slot = mix(oldHashes[i]) & mask;
        while (lengths[slot] != 0) {
          slot = (slot + 1) & mask;
        }
        starts[slot] = oldStarts[i];
        lengths[slot] = oldLengths[i];
        hashes[slot] = oldHashes[i];
        stops[slot] = oldStops[i];
      }
    }
  }

  private static int mix(int h) {
    return h ^ (h >>> 16);
  }

  /** The words, in no particular order. */
  public String[] words() {
    if (lengths == null) {
      return kept.clone();
    }
    String[] out = new String[size - stopWords];
    int n = 0;
    for (int i = 0; i < lengths.length; i++) {
      if (lengths[i] != 0 && !stops[i]) {
        out[n++] = vocabulary.word(pool, starts[i], lengths[i], hashes[i]);
      }
    }
    return kept == null ? out : join(kept, out);
  }

  /**
   * The kept words and those of {@code added} (distinct words, usually a title's and tags' few)
   * that they lack: far cheaper than rebuilding the tables from the kept words.
   */
  private static String[] join(String[] kept, String[] added) {
    Set<String> extra = new HashSet<>(Arrays.asList(added));
    for (int i = 0; i < kept.length && !extra.isEmpty(); i++) {
      extra.remove(kept[i]);
    }
    String[] out = Arrays.copyOf(kept, kept.length + extra.size());
    int n = kept.length;
    for (String w : added) {
      if (extra.contains(w)) {
        out[n++] = w;
      }
    }
    return out;
  }
}
