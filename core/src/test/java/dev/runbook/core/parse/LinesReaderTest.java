package dev.runbook.core.parse;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.util.List;
import org.junit.jupiter.api.Test;

class LinesReaderTest {
  private static final List<String> LINES = List.of("---", "title: x", "---", "", "# Title", "a long line of text", "");

  @Test
  void readsTheBodyWithFrontMatterBlankedWhateverTheBufferSize() throws IOException {
    String expected = bodyText(LINES, 3);
    for (int size = 1; size <= expected.length() + 1; size++) {
      assertThat(readAll(new LinesReader(LINES, 3), size)).as("buffer of %d", size).isEqualTo(expected);
    }
  }

  @Test
  void emptyInputEndsAtOnce() throws IOException {
    assertThat(new LinesReader(List.of(), 0).read(new char[8], 0, 8)).isEqualTo(-1);
  }

  private static String readAll(LinesReader reader, int size) throws IOException {
    StringBuilder out = new StringBuilder();
    char[] buffer = new char[size + 2];
    int n;
    while ((n = reader.read(buffer, 1, size)) != -1) {
      out.append(buffer, 1, n);
    }
    return out.toString();
  }

  /** The reference: the text with the front matter's lines emptied, each line ended by a newline. */
  static String bodyText(List<String> lines, int frontMatterLines) {
    StringBuilder out = new StringBuilder();
    for (int i = 0; i < lines.size(); i++) {
      if (i >= frontMatterLines) {
        out.append(lines.get(i));
      }
      out.append('\n');
    }
    return out.toString();
  }
}
