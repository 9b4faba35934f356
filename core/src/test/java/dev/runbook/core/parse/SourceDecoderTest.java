package dev.runbook.core.parse;

import static org.assertj.core.api.Assertions.assertThat;

import dev.runbook.core.model.EncodingProblem.Kind;
import dev.runbook.core.model.Position;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class SourceDecoderTest {
  private final SourceDecoder decoder = new SourceDecoder();

  @Test
  void invalidBytesAreReportedAtTheirLineAndColumn() {
    byte[] bytes = "# Title\nab\u00ffcd\n".getBytes(StandardCharsets.ISO_8859_1);
    DecodedText t = decoder.decode(bytes);
    assertThat(t.problems()).singleElement().satisfies(p -> {
      assertThat(p.kind()).isEqualTo(Kind.INVALID_UTF8);
      assertThat(p.position()).isEqualTo(new Position(2, 3));
      assertThat(p.detail()).contains("FF");
    });
    assertThat(t.text()).isEqualTo("# Title\nab\uFFFDcd\n");
  }

  @Test
  void byteOrderMarkIsStrippedAndReported() {
    byte[] body = "# T\n".getBytes(StandardCharsets.UTF_8);
    byte[] bytes = new byte[body.length + 3];
    bytes[0] = (byte) 0xEF;
    bytes[1] = (byte) 0xBB;
    bytes[2] = (byte) 0xBF;
    System.arraycopy(body, 0, bytes, 3, body.length);
    DecodedText t = decoder.decode(bytes);
    assertThat(t.text()).isEqualTo("# T\n");
    assertThat(t.problems()).extracting(p -> p.kind()).containsExactly(Kind.BYTE_ORDER_MARK);
  }

  @Test
  void nulBytesMakeABinaryFile() {
    DecodedText t = decoder.decode(new byte[] {(byte) 0x89, 'P', 'N', 'G', 0, 0, 1});
    assertThat(t.binary()).isTrue();
    assertThat(t.problems()).extracting(p -> p.kind()).containsExactly(Kind.BINARY);
  }
}
