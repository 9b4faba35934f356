package dev.runbook.core.site.data;

import java.util.Set;

/**
 * The distinct words of one document for the search index: lower-case runs of letters, digits
 * and underscores, two to forty characters, without the commonest English words. Built for
 * speed, since every word of every page passes through it: a word is only turned into a string
 * the first time it is seen. Not thread-safe: one per document.
 */
public final class SearchWords {
  private static final int MIN = 2;
  private static final int MAX = 40;
  private static final Set<String> STOP = Set.of(
      "the", "and", "to", "of", "in", "is", "for", "on", "with", "be", "it", "that", "this",
      "as", "or", "if", "are", "by", "an", "at", "from", "not", "can", "you", "your", "will",
      "was", "were", "has", "have", "into", "than", "then", "its", "but", "any", "all", "use");

  private final char[] word = new char[MAX];
  private char[] text = new char[1024];
  private String[] table = new String[512];
  private boolean[] stop = new boolean[512];
  private int size;
  private int words;

  /** Adds the words of a piece of text. */
  public void add(String chars) {
    int n = chars.length();
    if (text.length < n + 1) {
      text = new char[Math.max(n + 1, text.length * 2)];
    }
    chars.getChars(0, n, text, 0);
    text[n] = ' ';
    char[] t = text;
    int len = 0;
    int hash = 0;
    boolean tooLong = false;
    for (int i = 0; i <= n; i++) {
      char c = t[i];
      if (c < 128 ? ASCII_WORD[c] : Character.isLetterOrDigit(c)) {
        if (len < MAX) {
          char lower = c < 128 ? ASCII_LOWER[c] : Character.toLowerCase(c);
          word[len++] = lower;
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

  private void put(int hash, int len) {
    int mask = table.length - 1;
    int slot = mix(hash) & mask;
    for (String s = table[slot]; s != null; s = table[slot]) {
      if (s.length() == len && same(s, len)) {
        return;
      }
      slot = (slot + 1) & mask;
    }
    String w = new String(word, 0, len);
    table[slot] = w;
    stop[slot] = STOP.contains(w);
    if (!stop[slot]) {
      words++;
    }
    if (++size * 2 > table.length) {
      grow();
    }
  }

  private boolean same(String s, int len) {
    for (int i = 0; i < len; i++) {
      if (s.charAt(i) != word[i]) {
        return false;
      }
    }
    return true;
  }

  private void grow() {
    String[] old = table;
    boolean[] oldStop = stop;
    table = new String[old.length * 2];
    stop = new boolean[old.length * 2];
    int mask = table.length - 1;
    for (int i = 0; i < old.length; i++) {
      if (old[i] != null) {
        int slot = mix(old[i].hashCode()) & mask;
        while (table[slot] != null) {
          slot = (slot + 1) & mask;
        }
        table[slot] = old[i];
        stop[slot] = oldStop[i];
      }
    }
  }

  private static int mix(int h) {
    return h ^ (h >>> 16);
  }

  /** The words, in no particular order. */
  public String[] words() {
    String[] out = new String[words];
    int n = 0;
    for (int i = 0; i < table.length; i++) {
      if (table[i] != null && !stop[i]) {
        out[n++] = table[i];
      }
    }
    return out;
  }

  private static final boolean[] ASCII_WORD = new boolean[128];
  private static final char[] ASCII_LOWER = new char[128];

  static {
    for (char c = 0; c < 128; c++) {
      ASCII_WORD[c] = (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '_';
      ASCII_LOWER[c] = (c >= 'A' && c <= 'Z') ? (char) (c + 32) : c;
    }
  }
}
