package dev.runbook.core.parse;

import dev.runbook.core.model.EncodingProblem;
import dev.runbook.core.model.EncodingProblem.Kind;
import dev.runbook.core.model.Position;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * Decodes a file's bytes strictly as UTF-8. Invalid sequences become U+FFFD in the text and an
 * {@link EncodingProblem} at their line and column; a byte-order mark is stripped and reported;
 * a file with NUL bytes is binary and yields no text. Mojibake is found by {@link Mojibake} per
 * line, outside this class.
 */
public final class SourceDecoder {
  private static final int MAX_PROBLEMS = 20;

  public DecodedText decode(byte[] bytes) {
    List<EncodingProblem> problems = new ArrayList<>();
    for (byte b : bytes) {
      if (b == 0) {
        problems.add(
            new EncodingProblem(Kind.BINARY, "the file contains NUL bytes", Position.START));
        return new DecodedText("", problems, true);
      }
    }
    int offset = 0;
    if (bytes.length >= 3
        && (bytes[0] & 0xFF) == 0xEF
        && (bytes[1] & 0xFF) == 0xBB
        && (bytes[2] & 0xFF) == 0xBF) {
      problems.add(
          new EncodingProblem(Kind.BYTE_ORDER_MARK, "the file starts with a byte-order mark", Position.START));
      offset = 3;
    }
    CharsetDecoder decoder =
        StandardCharsets.UTF_8
            .newDecoder()
            .onMalformedInput(CodingErrorAction.REPORT)
            .onUnmappableCharacter(CodingErrorAction.REPORT);
    ByteBuffer in = ByteBuffer.wrap(bytes, offset, bytes.length - offset);
    CharBuffer out = CharBuffer.allocate(bytes.length - offset + 16);
    while (true) {
      CoderResult result = decoder.decode(in, out, true);
      if (result.isError()) {
        if (problems.size() < MAX_PROBLEMS) {
          problems.add(invalidAt(out, in, result.length()));
        }
        in.position(in.position() + result.length());
        out.put('\uFFFD');
        continue;
      }
      break;
    }
    decoder.flush(out);
    out.flip();
    return new DecodedText(out.toString(), problems, false);
  }

  private static EncodingProblem invalidAt(CharBuffer decoded, ByteBuffer in, int length) {
    int line = 1;
    int column = 1;
    for (int i = 0; i < decoded.position(); i++) {
      if (decoded.get(i) == '\n') {
        line++;
        column = 1;
      } else {
        column++;
      }
    }
    StringBuilder hex = new StringBuilder();
    for (int k = 0; k < length; k++) {
      hex.append(k == 0 ? "" : " ")
          .append(String.format("%02X", in.get(in.position() + k) & 0xFF));
    }
    return new EncodingProblem(
        Kind.INVALID_UTF8, "invalid UTF-8 byte sequence " + hex, new Position(line, column));
  }
}
