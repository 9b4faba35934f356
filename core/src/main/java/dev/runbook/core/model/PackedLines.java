package dev.runbook.core.model;

import java.nio.charset.StandardCharsets;
import java.util.AbstractList;
import java.util.Arrays;
import java.util.RandomAccess;

/**
 * A file's lines as a {@link Runbook} keeps them: the ASCII lines' characters one after the
 * other in one byte array, the few other lines as strings. A set's model holds every line of
 * every file while the site is built; as one string each, the 7.7 million lines of 50,000
 * runbooks cost 40 bytes of object headers apiece beside their text. Each {@link #get} makes the
 * line's string anew. Immutable and thread-safe; equal to any list of the same strings.
 */
public final class PackedLines extends AbstractList<String> implements RandomAccess {
  private static final int[] NONE = {};

  /** The ASCII lines' characters, each line after the one before it. */
  private final byte[] ascii;
  /** Where each line's characters end in {@link #ascii}; a line that is not ASCII takes none there. */
  private final int[] ends;
  /** The indexes of the lines that are not ASCII, in order, and those lines. */
  private final int[] wide;
  private final String[] wideLines;

  private PackedLines(byte[] ascii, int[] ends, int[] wide, String[] wideLines) {
    this.ascii = ascii;
    this.ends = ends;
    this.wide = wide;
    this.wideLines = wideLines;
  }

  @Override
  public String get(int index) {
    int n = ends.length;
    if (index < 0 || index >= n) {
      throw new IndexOutOfBoundsException("line index " + index + " of " + n);
    }
    if (wide.length > 0) {
      int w = Arrays.binarySearch(wide, index);
      if (w >= 0) {
        return wideLines[w];
      }
    }
    int start = index == 0 ? 0 : ends[index - 1];
    return new String(ascii, start, ends[index] - start, StandardCharsets.ISO_8859_1);
  }

  @Override
  public int size() {
    return ends.length;
  }

  /** Collects a file's lines in order. Not thread-safe; one builder makes one list. */
  public static final class Builder {
    private byte[] ascii;
    private int used;
    private int[] ends = new int[64];
    private int size;
    private int[] wide = NONE;
    private String[] wideLines = new String[0];
    private int wideSize;

    /** A builder for a file of about {@code bytes} bytes. */
    public Builder(int bytes) {
      this.ascii = new byte[Math.max(bytes, 16)];
    }

    /** Adds the line whose characters are the ASCII bytes {@code from[start, end)}. */
    public Builder ascii(byte[] from, int start, int end) {
      int length = end - start;
      if (used + length > ascii.length) {
        ascii = Arrays.copyOf(ascii, Math.max(used + length, ascii.length * 2));
      }
      System.arraycopy(from, start, ascii, used, length);
      used += length;
      end(used);
      return this;
    }

    /** Adds {@code line}, which may hold any characters. */
    public Builder add(String line) {
      if (wideSize == wide.length) {
        wide = Arrays.copyOf(wide, Math.max(4, wideSize * 2));
        wideLines = Arrays.copyOf(wideLines, wide.length);
      }
      wide[wideSize] = size;
      wideLines[wideSize++] = line;
      end(used);
      return this;
    }

    private void end(int at) {
      if (size == ends.length) {
        ends = Arrays.copyOf(ends, size * 2);
      }
      ends[size++] = at;
    }

    /** The lines added, in a list of their own (the builder may be used no more). */
    public PackedLines build() {
      return new PackedLines(Arrays.copyOf(ascii, used), Arrays.copyOf(ends, size),
          wideSize == 0 ? NONE : Arrays.copyOf(wide, wideSize), Arrays.copyOf(wideLines, wideSize));
    }
  }
}
