package dev.runbook.core.edit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class SourceLinesTest {
  private static byte[] utf8(String s) {
    return s.getBytes(StandardCharsets.UTF_8);
  }

  @ParameterizedTest
  @ValueSource(strings = {"", "a", "a\n", "a\nb", "a\r\nb\r\n", "a\r\nb\nc", "\n\n", "x\ry\n", "🚀 é\n", "a\rb\r", "a\r\rb", "a\r\n\rb\n\r"})
  void unchangedLinesEncodeToTheSameBytes(String text) throws EditRefused {
    assertThat(SourceLines.decode(utf8(text)).encode()).isEqualTo(utf8(text));
  }

  @Test
  void keepsAByteOrderMark() throws EditRefused {
    byte[] bytes = {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF, 'a', '\n'};
    SourceLines s = SourceLines.decode(bytes);
    assertThat(s.hasByteOrderMark()).isTrue();
    assertThat(s.lines()).containsExactly("a");
    assertThat(s.encode()).isEqualTo(bytes);
    assertThat(s.withoutByteOrderMark().encode()).isEqualTo(utf8("a\n"));
  }

  @Test
  void linesMatchTheParsersNumbering() throws EditRefused {
    SourceLines s = SourceLines.decode(utf8("one\r\ntwo\nthree"));
    assertThat(s.lines()).containsExactly("one", "two", "three");
    assertThat(s.ending(0)).isEqualTo("\r\n");
    assertThat(s.ending(1)).isEqualTo("\n");
    assertThat(s.ending(2)).isEmpty();
  }

  @Test
  void aLoneCarriageReturnEndsALine() throws EditRefused {
    SourceLines s = SourceLines.decode(utf8("one\rtwo\r\nthree\rfour"));
    assertThat(s.lines()).containsExactly("one", "two", "three", "four");
    assertThat(s.ending(0)).isEqualTo("\r");
    assertThat(s.ending(1)).isEqualTo("\r\n");
    assertThat(s.newline()).isEqualTo("\r");
    assertThat(new String(SourceLines.decode(utf8("a\rc\r")).withInserted(1, List.of("b")).encode(),
        StandardCharsets.UTF_8)).isEqualTo("a\rb\rc\r");
  }

  @Test
  void newLinesTakeTheUsualEnding() throws EditRefused {
    assertThat(SourceLines.decode(utf8("a\r\nb\r\nc\n")).newline()).isEqualTo("\r\n");
    assertThat(SourceLines.decode(utf8("a\nb\r\n")).newline()).isEqualTo("\n");
    assertThat(SourceLines.decode(utf8("")).newline()).isEqualTo("\n");
    SourceLines crlf = SourceLines.decode(utf8("a\r\nc\r\n"));
    assertThat(new String(crlf.withInserted(1, List.of("b")).encode(), StandardCharsets.UTF_8))
        .isEqualTo("a\r\nb\r\nc\r\n");
  }

  @Test
  void appendingKeepsAMissingFinalNewlineMissing() throws EditRefused {
    SourceLines s = SourceLines.decode(utf8("a\nb"));
    assertThat(new String(s.withInserted(2, List.of("", "c")).encode(), StandardCharsets.UTF_8))
        .isEqualTo("a\nb\n\nc");
    SourceLines withNewline = SourceLines.decode(utf8("a\n"));
    assertThat(new String(withNewline.withInserted(1, List.of("b")).encode(), StandardCharsets.UTF_8))
        .isEqualTo("a\nb\n");
  }

  @Test
  void refusesBinaryAndInvalidUtf8() {
    assertThatThrownBy(() -> SourceLines.decode(new byte[] {'a', 0, 'b'}))
        .isInstanceOf(EditRefused.class).hasMessageContaining("NUL");
    assertThatThrownBy(() -> SourceLines.decode(new byte[] {'a', '\n', (byte) 0xE9, 't', 'e'}))
        .isInstanceOf(EditRefused.class).hasMessageContaining("not valid UTF-8").hasMessageContaining("line 2");
  }
}
