package dev.runbook.core.alerts;

import java.util.AbstractList;
import java.util.Arrays;
import java.util.RandomAccess;

/**
 * The lines of a text as {@link String#lines()} splits them ({@code \n}, {@code \r} or
 * {@code \r\n} ends a line; no empty last line after a final line end), kept as the text and
 * where each line starts: a line becomes a string only when it is asked for. A rules file keeps
 * its lines for the findings that quote one, and 10,000 alerts are some 100,000 lines, most of
 * them never quoted. Immutable.
 */
public final class SourceLines extends AbstractList<String> implements RandomAccess {
  private static final SourceLines NONE = new SourceLines("", new int[0], new int[0]);

  private final String text;
  private final int[] starts;
  private final int[] ends;

  private SourceLines(String text, int[] starts, int[] ends) {
    this.text = text;
    this.starts = starts;
    this.ends = ends;
  }

  /** No lines: a file that could not be decoded. */
  public static SourceLines none() {
    return NONE;
  }

  /** The lines of {@code text}. */
  public static SourceLines of(String text) {
    int[] starts = new int[16];
    int[] ends = new int[16];
    int n = 0;
    int start = 0;
    int length = text.length();
    while (start < length) {
      int end = start;
      char c = 0;
      while (end < length && (c = text.charAt(end)) != '\n' && c != '\r') {
        end++;
      }
      if (n == starts.length) {
        starts = Arrays.copyOf(starts, n * 2);
        ends = Arrays.copyOf(ends, n * 2);
      }
      starts[n] = start;
      ends[n] = end;
      n++;
      start = end < length && c == '\r' && end + 1 < length && text.charAt(end + 1) == '\n' ? end + 2 : end + 1;
    }
    return new SourceLines(text, Arrays.copyOf(starts, n), Arrays.copyOf(ends, n));
  }

  @Override
  public String get(int index) {
    return text.substring(starts[index], ends[index]);
  }

  @Override
  public int size() {
    return starts.length;
  }

  /** The index of the line that holds the character at {@code offset} of the text. */
  int lineAt(int offset) {
    int i = Arrays.binarySearch(starts, offset);
    return i >= 0 ? i : -i - 2;
  }

  /** Where {@code s} next occurs in the text at or after {@code from}, or -1. */
  int indexOf(String s, int from) {
    return text.indexOf(s, from);
  }

  /** Where the line at {@code index} ends in the text (before its line end). */
  int end(int index) {
    return ends[index];
  }
}
