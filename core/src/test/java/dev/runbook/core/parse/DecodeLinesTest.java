package dev.runbook.core.parse;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.BitSet;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;

/** {@link SourceDecoder#decodeLines} splits exactly as decoding and then splitting the text would. */
class DecodeLinesTest {
  private final SourceDecoder decoder = new SourceDecoder();

  @ParameterizedTest
  @ValueSource(strings = {
      "", "\n", "\n\n", "a", "a\n", "a\nb", "a\r\nb\r\n", "a\rb\n", "a\r", "\r\n", "a\n\nb\n\n\n",
      "a\rb\rc", "\r\r", "a\r\rb\r\n\rc\n", "caf\u00e9\r\u00e9t\u00e9\r",
      "**Risk Level**: \uD83D\uDD34 Critical\nplain\n", "caf\u00e9 \u00e2\u0080\u0099\n\u00c3\u00a9\n"})
  void linesAreTheDecodedTextsLines(String text) {
    byte[] bytes = text.getBytes(StandardCharsets.UTF_8);
    DecodedLines lines = decoder.decodeLines(bytes);
    assertThat(lines.lines()).isEqualTo(splitLines(decoder.decode(bytes).text()));
    assertThat(lines.problems()).isEqualTo(decoder.decode(bytes).problems());
    assertKeptAsRead(lines);
  }

  /** Hex bytes, with invalid UTF-8 at line ends, across lines, truncated, overlong, surrogates. */
  @ParameterizedTest
  @ValueSource(strings = {
      "61 C3 0A 62", "61 C3 0D 0A 62 0A", "61 C3 0D 62 0D", "E2 82 0D E2 82 AC 0D", "0D C3 0D 0D", "E2 82 0A E2 82 AC 0A", "F0 9F 94 0A", "F0 9F 94 B4 0A",
      "80 80 0A BF", "C0 AF 0A", "ED A0 80 0A", "61 0D E2 0A", "FF FE 0A 61", "C3", "0A C3 A9 C3",
      "EF BB BF 61 C3 28 0A", "F4 90 80 80 0A 61 F5 0A", "61 62 63 E2 28 A1 64 0A 65"})
  void invalidBytesGiveTheSameLinesAndProblemsAsDecode(String hex) {
    String[] parts = hex.split(" ");
    byte[] bytes = new byte[parts.length];
    for (int i = 0; i < parts.length; i++) {
      bytes[i] = (byte) Integer.parseInt(parts[i], 16);
    }
    DecodedLines lines = decoder.decodeLines(bytes);
    assertThat(lines.lines()).isEqualTo(splitLines(decoder.decode(bytes).text()));
    assertThat(lines.problems()).isEqualTo(decoder.decode(bytes).problems());
    assertKeptAsRead(lines);
  }

  @Test
  void invalidBytesAndByteOrderMarkAreReportedAsByDecode() {
    byte[] bytes = {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF, 'a', '\n', 'b', (byte) 0xFF, '\n'};
    DecodedLines lines = decoder.decodeLines(bytes);
    assertThat(lines.lines()).containsExactly("a", "b\uFFFD");
    assertThat(lines.problems()).isEqualTo(decoder.decode(bytes).problems());
  }

  @Test
  void binaryFilesHaveNoLines() {
    DecodedLines lines = decoder.decodeLines(new byte[] {'P', 0, 'N'});
    assertThat(lines.binary()).isTrue();
    assertThat(lines.lines()).isEmpty();
  }

  @Test
  void mojibakeSuspectsAreTheLinesWithALeadCharacter() {
    String text = "plain\n\u00c3\u00a9t\u00c3\u00a9\nemoji \uD83D\uDFE2 only\n\u00f0\u0178\u0161\u20ac\nlast \u00c2";
    DecodedLines lines = decoder.decodeLines(text.getBytes(StandardCharsets.UTF_8));
    BitSet expected = new BitSet();
    expected.set(1);
    expected.set(3);
    expected.set(4);
    assertThat(lines.mojibakeSuspects()).isEqualTo(expected);
    List<String> all = lines.lines();
    for (int i = 0; i < all.size(); i++) {
      boolean hasLead = all.get(i).chars().anyMatch(c -> c >= Mojibake.FIRST_LEAD && c <= Mojibake.LAST_LEAD);
      assertThat(lines.mojibakeSuspects().get(i)).as("line %d", i).isEqualTo(hasLead);
    }
  }

  /** The lines a parsed document keeps (packed) are the lines the parser read, one by one. */
  @ParameterizedTest
  @MethodSource("dev.runbook.core.parse.MarkdownFactsTest#markdownFiles")
  void keptLinesAreTheLinesReadOnEveryMarkdownFile(Path file) throws IOException {
    assertKeptAsRead(decoder.decodeLines(Files.readAllBytes(file)));
  }

  @Test
  void keptLinesOfABinaryFileAreNone() {
    assertThat(decoder.decodeLines(new byte[] {'P', 0, 'N'}).kept()).isEmpty();
  }

  private static void assertKeptAsRead(DecodedLines lines) {
    List<String> kept = lines.kept();
    assertThat(kept).hasSameSizeAs(lines.lines());
    for (int i = 0; i < kept.size(); i++) {
      assertThat(kept.get(i)).as("line %d", i).isEqualTo(lines.lines().get(i));
    }
    assertThat(kept).isEqualTo(lines.lines()).hasSameHashCodeAs(lines.lines());
  }

  /** The reference: a decoded text's lines as the JDK splits them ({@code \n}, {@code \r\n}, a lone {@code \r}). */
  static List<String> splitLines(String text) {
    return text.lines().toList();
  }

}
