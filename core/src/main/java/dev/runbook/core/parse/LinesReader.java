package dev.runbook.core.parse;

import java.io.Reader;
import java.util.List;

/**
 * A file's lines as a character stream for CommonMark, each ended by {@code \n}, with the first
 * {@code blankLines} (the front matter) left empty so line numbers stay the file's. Saves
 * building the body as one string that the parser would only split again.
 */
final class LinesReader extends Reader {
  private final List<String> lines;
  private final int blankLines;
  private int line;
  /** Position in the current line; its length means the newline is next. */
  private int column;

  LinesReader(List<String> lines, int blankLines) {
    this.lines = lines;
    this.blankLines = blankLines;
  }

  @Override
  public int read(char[] buffer, int offset, int length) {
    if (length == 0) {
      return 0;
    }
    int written = 0;
    while (written < length && line < lines.size()) {
      String text = line < blankLines ? "" : lines.get(line);
      int n = Math.min(text.length() - column, length - written);
      if (n > 0) {
        text.getChars(column, column + n, buffer, offset + written);
        column += n;
        written += n;
      } else {
        buffer[offset + written++] = '\n';
        line++;
        column = 0;
      }
    }
    return written == 0 ? -1 : written;
  }

  @Override
  public void close() {
    // Nothing to release.
  }
}
