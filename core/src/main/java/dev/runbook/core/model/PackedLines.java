package dev.runbook.core.model;

import java.nio.charset.StandardCharsets;
import java.util.AbstractList;
import java.util.Arrays;
import java.util.List;
import java.util.RandomAccess;

/**
 * A file's lines as a {@link Runbook} keeps them: the ASCII lines' characters one after the
 * other in one byte array, the few other lines as strings. A set's model holds every line of
 * every file while the site is built; as one string each, the 7.7 million lines of 50,000
 * runbooks cost 40 bytes of object headers apiece beside their text. Each {@link #get} makes the
 * line's string anew. Thread-safe; equal to any list of the same strings.
 *
 * <p>A site build that has checked a file and drafted its page needs its text no more, except for
 * a finding's source line or a page it must render again: {@link #release} lets the characters
 * go (at 50,000 runbooks, 280 MB of the model), and a later {@link #get} reads them back from
 * {@link Source}, once. The list stays the same list as long as its file is unchanged; when it has
 * changed, the read throws {@link TextChangedException}.
 */
public final class PackedLines extends AbstractList<String> implements RandomAccess {
  private static final int[] NONE = {};

  /** The ASCII lines' characters, each line after the one before it; null once released. */
  private volatile byte[] ascii;
  /** Where released characters come back from; null until released. */
  private volatile Source source;
  /** The lines read back from {@link #source}, once asked for; null until then. */
  private volatile List<String> readBack;
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

  /** Where a released text is read back from: its file, read and decoded again. */
  @FunctionalInterface
  public interface Source {
    /**
     * The lines, as they were when first read.
     *
     * @throws TextChangedException when the file has changed or cannot be read
     */
    List<String> lines();
  }

  /**
   * Lets the ASCII characters go; from now on they are read back from {@code from} when a line is
   * asked for. Called once the text is needed no more, except by chance.
   */
  public void release(Source from) {
    source = from;
    ascii = null;
  }

  /** Whether the characters were let go ({@link #release}) and not read back yet. */
  public boolean released() {
    return ascii == null && readBack == null;
  }

  @Override
  public String get(int index) {
    int n = ends.length;
    if (index < 0 || index >= n) {
      throw new IndexOutOfBoundsException("line index " + index + " of " + n);
    }
    byte[] ascii = this.ascii;
    if (ascii == null) {
      return readBack().get(index);
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

  private List<String> readBack() {
    List<String> lines = readBack;
    if (lines == null) {
      synchronized (this) {
        lines = readBack;
        if (lines == null) {
          lines = source.lines();
          if (lines.size() != ends.length) {
            throw new TextChangedException(source + " changed while runbook ran: it had " + ends.length
                + " lines and has " + lines.size() + " now; run the command again");
          }
          readBack = lines;
        }
      }
    }
    return lines;
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
