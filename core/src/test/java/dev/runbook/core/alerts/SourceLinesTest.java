package dev.runbook.core.alerts;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

class SourceLinesTest {
  @Test
  void splitsAsStringLinesDoes() {
    for (String text : List.of("", "a", "a\n", "a\nb", "\n", "\n\n", "\r", "\r\n", "a\r\nb\r\n", "a\rb\n\rc",
        "a\n\r\nb", "  # runbook-disable-next-line RB601\n- alert: X\n")) {
      assertThat(SourceLines.of(text)).as(text).containsExactlyElementsOf(text.lines().toList());
    }
  }

  @Test
  void splitsRandomTextsAsStringLinesDoes() {
    Random random = new Random(42);
    String alphabet = "ab \n\r\u00e9";
    for (int round = 0; round < 5_000; round++) {
      StringBuilder b = new StringBuilder();
      int length = random.nextInt(40);
      for (int i = 0; i < length; i++) {
        b.append(alphabet.charAt(random.nextInt(alphabet.length())));
      }
      String text = b.toString();
      SourceLines lines = SourceLines.of(text);
      assertThat(lines).as("%s", text.replace("\r", "\\r").replace("\n", "\\n"))
          .containsExactlyElementsOf(text.lines().toList());
      for (int offset = 0; offset < text.length(); offset++) {
        int line = lines.lineAt(offset);
        char c = text.charAt(offset);
        if (c != '\n' && c != '\r') {
          assertThat(lines.get(line)).contains(String.valueOf(c));
        }
      }
    }
  }

  @Test
  void equalsTheListOfItsLines() {
    assertThat(SourceLines.of("a\nb\n")).isEqualTo(List.of("a", "b")).hasSameHashCodeAs(List.of("a", "b"));
  }
}
