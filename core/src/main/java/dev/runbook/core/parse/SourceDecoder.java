package dev.runbook.core.parse;

import dev.runbook.core.model.EncodingProblem;
import dev.runbook.core.model.EncodingProblem.Kind;
import dev.runbook.core.model.PackedLines;
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
import java.util.function.Function;

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
   * made and scanned again. Lines end at {@link LineBreaks} ({@code \n}, {@code \r\n} or a lone
   * {@code \r}), exactly as {@link String#lines()} splits the text {@link #decode} gives
   * (DecodeLinesTest).
   */
  public DecodedLines decodeLines(byte[] bytes) {
    List<EncodingProblem> problems = new ArrayList<>();
    if (hasNul(bytes)) {
      problems.add(new EncodingProblem(Kind.BINARY, "the file contains NUL bytes", Position.START));
      return new DecodedLines(List.of(), new BitSet(), problems, true, List.of());
    }
    int offset = byteOrderMark(bytes, problems);
    List<String> lines = new ArrayList<>(bytes.length / 40 + 1);
    PackedLines.Builder packed = new PackedLines.Builder(bytes.length - offset);
    BitSet suspects = new BitSet();
    LineDecoder decoder = new LineDecoder(problems);
    int start = offset;
    boolean ascii = true;
    for (int i = offset; i < bytes.length; i++) {
      byte b = bytes[i];
      int lineBreak = b == '\n' || b == '\r' ? LineBreaks.at(bytes, i) : 0;
      if (lineBreak > 0) {
        addLine(bytes, start, i + lineBreak, lineBreak, ascii, decoder, lines, packed, suspects);
        i += lineBreak - 1;
        start = i + 1;
        ascii = true;
      } else if (b < 0) {
        ascii = false;
      }
    }
    if (start < bytes.length) {
      addLine(bytes, start, bytes.length, 0, ascii, decoder, lines, packed, suspects);
    }
    return new DecodedLines(lines, suspects, problems, false, packed.build());
  }

  /**
   * Adds the line in {@code bytes[start, end)}, which includes its line break ({@code lineBreak}
   * bytes, 0 for none). ASCII lines are copied; others are decoded with their line break, so that
   * a broken sequence before it reads exactly as in a whole-file decode, and the break is dropped
   * afterwards.
   */
  private static void addLine(byte[] bytes, int start, int end, int lineBreak, boolean ascii,
      LineDecoder decoder, List<String> lines, PackedLines.Builder packed, BitSet suspects) {
    if (ascii) {
      lines.add(new String(bytes, start, end - lineBreak - start, StandardCharsets.ISO_8859_1));
      packed.ascii(bytes, start, end - lineBreak);
      return;
    }
    CharBuffer chars = decoder.decode(bytes, start, end, lines.size() + 1);
    char[] a = chars.array();
    // The break's bytes are ASCII, so they decode to as many characters at the end.
    int stop = chars.limit() - lineBreak;
    for (int k = 0; k < stop; k++) {
      if (a[k] >= Mojibake.FIRST_LEAD && a[k] <= Mojibake.LAST_LEAD) {
        suspects.set(lines.size());
        break;
      }
    }
    String line = new String(a, 0, stop);
    lines.add(line);
    packed.add(line);
  }

  /** Strict UTF-8 decoding of one line at a time; problems carry the line and column. */
  private static final class LineDecoder {
    private final CharsetDecoder decoder = strictUtf8();
    private final List<EncodingProblem> problems;

    LineDecoder(List<EncodingProblem> problems) {
      this.problems = problems;
    }

    CharBuffer decode(byte[] bytes, int start, int end, int line) {
      decoder.reset();
      return decodeStrictly(decoder, ByteBuffer.wrap(bytes, start, end - start), end - start + 1, problems,
          out -> new Position(line, out.position() + 1));
    }
  }

  /** The decoded characters (flipped), or null for a binary file; problems are added to the list. */
  private static CharBuffer decodeChars(byte[] bytes, List<EncodingProblem> problems) {
    if (hasNul(bytes)) {
      problems.add(new EncodingProblem(Kind.BINARY, "the file contains NUL bytes", Position.START));
      return null;
    }
    int offset = byteOrderMark(bytes, problems);
    return decodeStrictly(strictUtf8(), ByteBuffer.wrap(bytes, offset, bytes.length - offset),
        bytes.length - offset + 16, problems, SourceDecoder::positionAfter);
  }

  private static CharsetDecoder strictUtf8() {
    return StandardCharsets.UTF_8.newDecoder()
        .onMalformedInput(CodingErrorAction.REPORT)
        .onUnmappableCharacter(CodingErrorAction.REPORT);
  }

  /**
   * Decodes all of {@code in}; each invalid sequence becomes U+FFFD and, up to a limit, a problem
   * at the position {@code where} gives for the characters decoded so far.
   */
  private static CharBuffer decodeStrictly(CharsetDecoder decoder, ByteBuffer in, int capacity,
      List<EncodingProblem> problems, Function<CharBuffer, Position> where) {
    CharBuffer out = CharBuffer.allocate(capacity);
    while (true) {
      CoderResult result = decoder.decode(in, out, true);
      if (!result.isError()) {
        break;
      }
      if (problems.size() < MAX_PROBLEMS) {
        problems.add(new EncodingProblem(Kind.INVALID_UTF8,
            "invalid UTF-8 byte sequence " + hex(in, result.length()), where.apply(out)));
      }
      in.position(in.position() + result.length());
      out.put('\uFFFD');
    }
    decoder.flush(out);
    out.flip();
    return out;
  }

  private static boolean hasNul(byte[] bytes) {
    for (byte b : bytes) {
      if (b == 0) {
        return true;
      }
    }
    return false;
  }

  /** The length of a leading byte-order mark (0 or 3), reported as a problem when there. */
  private static int byteOrderMark(byte[] bytes, List<EncodingProblem> problems) {
    if (bytes.length >= 3
        && (bytes[0] & 0xFF) == 0xEF
        && (bytes[1] & 0xFF) == 0xBB
        && (bytes[2] & 0xFF) == 0xBF) {
      problems.add(
          new EncodingProblem(Kind.BYTE_ORDER_MARK, "the file starts with a byte-order mark", Position.START));
      return 3;
    }
    return 0;
  }

  private static String hex(ByteBuffer in, int length) {
    StringBuilder hex = new StringBuilder();
    for (int k = 0; k < length; k++) {
      hex.append(k == 0 ? "" : " ")
          .append(String.format("%02X", in.get(in.position() + k) & 0xFF));
    }
    return hex.toString();
  }

  /** The line and column after the characters decoded so far. */
  private static Position positionAfter(CharBuffer decoded) {
    int line = 1;
    int column = 1;
    CharBuffer done = decoded.duplicate().flip();
    int end = done.length();
    for (int i = 0; i < end; i++) {
      int lineBreak = LineBreaks.at(done, i);
      if (lineBreak > 0) {
        line++;
        column = 1;
        i += lineBreak - 1;
      } else {
        column++;
      }
    }
    return new Position(line, column);
  }
}
