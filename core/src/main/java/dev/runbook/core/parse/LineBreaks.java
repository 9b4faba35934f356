package dev.runbook.core.parse;

/**
 * What ends a line, the one definition every reader and editor of a file uses: {@code \n},
 * {@code \r\n}, or a {@code \r} alone (old Mac files), as CommonMark and {@link String#lines()}
 * read them. A file's line numbers therefore agree between the parser, the rules, the fixes and
 * {@code review}, whatever its line endings. Stateless.
 */
public final class LineBreaks {
  private LineBreaks() {}

  /** The length of the line break at {@code i} (0 for none, 1 for {@code \n} or {@code \r}, 2 for {@code \r\n}). */
  public static int at(CharSequence text, int i) {
    char c = text.charAt(i);
    if (c == '\n') {
      return 1;
    }
    if (c != '\r') {
      return 0;
    }
    return i + 1 < text.length() && text.charAt(i + 1) == '\n' ? 2 : 1;
  }

  /** The length of the line break at {@code bytes[i]} in UTF-8 bytes, as {@link #at(CharSequence, int)}. */
  public static int at(byte[] bytes, int i) {
    byte b = bytes[i];
    if (b == '\n') {
      return 1;
    }
    if (b != '\r') {
      return 0;
    }
    return i + 1 < bytes.length && bytes[i + 1] == '\n' ? 2 : 1;
  }

  /** The 1-based line that {@code index} (up to {@code text.length()}) stands on. */
  public static int lineOf(CharSequence text, int index) {
    int line = 1;
    for (int i = 0; i < index; i++) {
      int n = at(text, i);
      if (n > 0) {
        line++;
        i += n - 1;
      }
    }
    return line;
  }
}
