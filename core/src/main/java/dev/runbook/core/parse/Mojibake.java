package dev.runbook.core.parse;

import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.ByteBuffer;
import java.util.ArrayList;
import java.util.List;

/**
 * Finds and repairs UTF-8 text that was decoded as Windows-1252 or Latin-1 and encoded again
 * ("ðŸš€" for "🚀", "Ã©" for "é", "â€™" for "’"). A run is reported only when its characters,
 * mapped back to bytes, form valid UTF-8, so ordinary accented text is left alone.
 */
public final class Mojibake {

  /** One damaged run: {@code [start, end)} in the line and the text it should have been. */
  public record Match(int start, int end, String damaged, String repaired) {
    /** False when bytes were lost in the round trip and the repair would be a guess. */
    public boolean repairable() {
      return repaired.indexOf('\uFFFD') < 0;
    }
  }

  private static final String CP1252_HIGH =
      "\u20AC\u0081\u201A\u0192\u201E\u2026\u2020\u2021\u02C6\u2030\u0160\u2039\u0152\u008D\u017D\u008F"
          + "\u0090\u2018\u2019\u201C\u201D\u2022\u2013\u2014\u02DC\u2122\u0161\u203A\u0153\u009D\u017E\u0178";

  /** Mojibake always starts with a character in this range (a UTF-8 lead byte read as Latin-1). */
  static final char FIRST_LEAD = 0xC2;
  static final char LAST_LEAD = 0xF4;

  private Mojibake() {}

  /** The byte a character stands for in Windows-1252 (with Latin-1's C1 controls), or -1. */
  static int byteOf(char c) {
    if (c < 0x80) {
      return c;
    }
    if (c >= 0xA0 && c <= 0xFF) {
      return c;
    }
    if (c >= 0x80 && c <= 0x9F) {
      return c; // Latin-1 decoding leaves C1 controls
    }
    int i = CP1252_HIGH.indexOf(c);
    return i < 0 ? -1 : 0x80 + i;
  }

  private static int continuationBytes(int lead) {
    if (lead >= 0xC2 && lead <= 0xDF) {
      return 1;
    }
    if (lead >= 0xE0 && lead <= 0xEF) {
      return 2;
    }
    if (lead >= 0xF0 && lead <= 0xF4) {
      return 3;
    }
    return 0;
  }

  /** Every damaged run in {@code text}, left to right. */
  public static List<Match> find(String text) {
    List<Match> found = new ArrayList<>();
    int n = text.length();
    int i = 0;
    while (i < n) {
      char c = text.charAt(i);
      if (c < FIRST_LEAD || c > LAST_LEAD) {
        i++;
        continue;
      }
      int end = runEnd(text, i);
      if (end > i) {
        String damaged = text.substring(i, end);
        found.add(new Match(i, end, damaged, repair(damaged)));
        i = end;
      } else {
        i++;
      }
    }
    return found;
  }

  /** End of the longest chain of valid damaged sequences starting at {@code start}, or start. */
  private static int runEnd(String text, int start) {
    int i = start;
    while (i < text.length()) {
      int next = sequenceEnd(text, i);
      if (next < 0) {
        break;
      }
      i = next;
    }
    return i;
  }

  private static int sequenceEnd(String text, int i) {
    int lead = byteOf(text.charAt(i));
    int count = lead < 0 ? 0 : continuationBytes(lead);
    if (count == 0 || i + count >= text.length()) {
      return partialEmoji(text, i);
    }
    byte[] bytes = new byte[count + 1];
    bytes[0] = (byte) lead;
    for (int k = 1; k <= count; k++) {
      int b = byteOf(text.charAt(i + k));
      if (b < 0x80 || b > 0xBF) {
        return partialEmoji(text, i);
      }
      bytes[k] = (byte) b;
    }
    try {
      StandardCharsets.UTF_8
          .newDecoder()
          .onMalformedInput(CodingErrorAction.REPORT)
          .onUnmappableCharacter(CodingErrorAction.REPORT)
          .decode(ByteBuffer.wrap(bytes));
      return i + count + 1;
    } catch (CharacterCodingException e) {
      return partialEmoji(text, i);
    }
  }

  /**
   * "ðŸ" followed by a character that a lossy round trip dropped or replaced: still the
   * unmistakable start of an emoji.
   */
  private static int partialEmoji(String text, int i) {
    if (text.startsWith("\u00F0\u0178", i)) {
      return i + 2;
    }
    return -1;
  }

  /** The text with every damaged run replaced by what it should have been. */
  public static String repairAll(String text) {
    List<Match> matches = find(text);
    if (matches.isEmpty()) {
      return text;
    }
    StringBuilder out = new StringBuilder(text.length());
    int last = 0;
    for (Match m : matches) {
      out.append(text, last, m.start()).append(m.repaired());
      last = m.end();
    }
    return out.append(text, last, text.length()).toString();
  }

  private static String repair(String damaged) {
    byte[] bytes = new byte[damaged.length()];
    for (int k = 0; k < damaged.length(); k++) {
      bytes[k] = (byte) byteOf(damaged.charAt(k));
    }
    // Lossy for a partial emoji: the decoder substitutes U+FFFD for the missing bytes.
    return new String(bytes, StandardCharsets.UTF_8);
  }
}
