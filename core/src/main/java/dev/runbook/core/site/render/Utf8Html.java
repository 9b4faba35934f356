package dev.runbook.core.site.render;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;

/**
 * Where CommonMark's HTML renderer writes a body: straight into UTF-8 bytes, counting the NULs
 * on the way ({@link BodyDraft}'s slots). Saves building the body as a Java string (two bytes per
 * character once it holds an emoji) only to search it and encode it again. Encodes as {@link
 * String#getBytes(java.nio.charset.Charset)} does, a lone surrogate included ({@code ?}). Not
 * thread-safe: one per body.
 */
final class Utf8Html implements Appendable {
  private byte[] bytes;
  private int size;
  private char[] chars = new char[256];
  private int nuls;
  /** A high surrogate whose low half has not come yet, else 0. */
  private char high;

  Utf8Html(int capacity) {
    bytes = new byte[capacity];
  }

  @Override
  public Appendable append(CharSequence text) {
    return append(text, 0, text.length());
  }

  @Override
  public Appendable append(CharSequence text, int start, int end) {
    int n = end - start;
    if (chars.length < n) {
      chars = new char[Math.max(n, chars.length * 2)];
    }
    if (text instanceof String s) {
      s.getChars(start, end, chars, 0);
    } else {
      for (int i = 0; i < n; i++) {
        chars[i] = text.charAt(start + i);
      }
    }
    room(3 * n + 3);
    char[] c = chars;
    byte[] b = bytes;
    int at = size;
    boolean pairing = high != 0; // a high surrogate waits for its low half
    for (int i = 0; i < n; i++) {
      char ch = c[i];
      if (ch < 0x80 && !pairing) {
        b[at++] = (byte) ch;
        if (ch == 0) {
          nuls++;
        }
      } else {
        size = at;
        put(ch);
        at = size;
        pairing = high != 0;
      }
    }
    size = at;
    return this;
  }

  @Override
  public Appendable append(char c) {
    room(4);
    put(c);
    return this;
  }

  /** Writes one character, pairing surrogates. */
  private void put(char c) {
    if (high != 0) {
      char h = high;
      high = 0;
      if (Character.isLowSurrogate(c)) {
        int cp = Character.toCodePoint(h, c);
        bytes[size++] = (byte) (0xF0 | cp >> 18);
        bytes[size++] = (byte) (0x80 | cp >> 12 & 0x3F);
        bytes[size++] = (byte) (0x80 | cp >> 6 & 0x3F);
        bytes[size++] = (byte) (0x80 | cp & 0x3F);
        return;
      }
      bytes[size++] = '?';
    }
    if (c < 0x80) {
      if (c == 0) {
        nuls++;
      }
      bytes[size++] = (byte) c;
    } else if (c < 0x800) {
      bytes[size++] = (byte) (0xC0 | c >> 6);
      bytes[size++] = (byte) (0x80 | c & 0x3F);
    } else if (Character.isHighSurrogate(c)) {
      high = c;
    } else if (Character.isLowSurrogate(c)) {
      bytes[size++] = '?';
    } else {
      bytes[size++] = (byte) (0xE0 | c >> 12);
      bytes[size++] = (byte) (0x80 | c >> 6 & 0x3F);
      bytes[size++] = (byte) (0x80 | c & 0x3F);
    }
  }

  private void room(int more) {
    if (size + more > bytes.length) {
      bytes = Arrays.copyOf(bytes, Math.max(size + more, bytes.length * 2));
    }
  }

  /** How many NUL characters were written. */
  int nuls() {
    return nuls;
  }

  /** The UTF-8 written, a lone high surrogate at the end written as {@code ?}. */
  byte[] toBytes() {
    if (high != 0) {
      high = 0;
      room(1);
      bytes[size++] = '?';
    }
    return Arrays.copyOf(bytes, size);
  }

  @Override
  public String toString() {
    return new String(toBytes(), StandardCharsets.UTF_8);
  }
}
