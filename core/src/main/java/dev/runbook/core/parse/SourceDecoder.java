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
import java.util.BitSet;
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
    CharBuffer chars = decodeChars(bytes, problems);
    return chars == null ? new DecodedText("", problems, true) : new DecodedText(chars.toString(), problems, false);
  }

  /**
   * Decodes and splits in one go, straight from the decoded characters: no whole-file string is
   * made and scanned again. Lines are split at {@code \n}, with a {@code \r} before it dropped,
   * exactly as {@link #splitLines(String)} splits a decoded text.
   */
  public DecodedLines decodeLines(byte[] bytes) {
    List<EncodingProblem> problems = new ArrayList<>();
    CharBuffer chars = decodeChars(bytes, problems);
    if (chars == null) {
      return new DecodedLines(List.of(), new BitSet(), problems, true);
    }
    char[] a = chars.array();
    int n = chars.limit();
    List<String> lines = new ArrayList<>(n / 40 + 1);
    BitSet suspects = new BitSet();
    int start = 0;
    boolean suspect = false;
    for (int i = 0; i < n; i++) {
      char c = a[i];
      if (c == '\n') {
        int end = i > start && a[i - 1] == '\r' ? i - 1 : i;
        if (suspect) {
          suspects.set(lines.size());
          suspect = false;
        }
        lines.add(new String(a, start, end - start));
        start = i + 1;
      } else if (c >= Mojibake.FIRST_LEAD && c <= Mojibake.LAST_LEAD) {
        suspect = true;
      }
    }
    if (start < n) {
      if (suspect) {
        suspects.set(lines.size());
      }
      lines.add(new String(a, start, n - start));
    }
    return new DecodedLines(lines, suspects, problems, false);
  }

  /** A text's lines: split at {@code \n}, a {@code \r} before it dropped, no empty last line. */
  public static List<String> splitLines(String text) {
    List<String> lines = new ArrayList<>();
    int start = 0;
    int n = text.length();
    for (int i = 0; i < n; i++) {
      if (text.charAt(i) == '\n') {
        int end = i > start && text.charAt(i - 1) == '\r' ? i - 1 : i;
        lines.add(text.substring(start, end));
        start = i + 1;
      }
    }
    if (start < n) {
      lines.add(text.substring(start));
    }
    return lines;
  }

  /** The decoded characters (flipped), or null for a binary file; problems are added to the list. */
  private static CharBuffer decodeChars(byte[] bytes, List<EncodingProblem> problems) {
    for (byte b : bytes) {
      if (b == 0) {
        problems.add(
            new EncodingProblem(Kind.BINARY, "the file contains NUL bytes", Position.START));
        return null;
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
    return out;
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
