package dev.runbook.core.report.format;

import java.util.HexFormat;

/**
 * Text made safe and measurable for a terminal. Control characters (other than tab) and bidi
 * overrides in messages or source lines could move the cursor, recolour the screen or reorder
 * what the reader sees, so they are shown as escapes. Widths follow what terminals do: tabs are
 * kept, combining marks take no cell, East Asian wide characters and emoji take two.
 */
final class TerminalText {
  /** Code point ranges, inclusive, that terminals draw two cells wide. */
  private static final int[][] WIDE = {
    {0x1100, 0x115F}, {0x231A, 0x231B}, {0x23E9, 0x23EC}, {0x23F0, 0x23F3}, {0x25FD, 0x25FE},
    {0x2614, 0x2615}, {0x26A1, 0x26A1}, {0x26AA, 0x26AB}, {0x26D4, 0x26D4}, {0x2705, 0x2705},
    {0x270A, 0x270B}, {0x2728, 0x2728}, {0x274C, 0x274C}, {0x2753, 0x2757}, {0x2B1B, 0x2B1C},
    {0x2B50, 0x2B55}, {0x2E80, 0x303E}, {0x3041, 0x33FF}, {0x3400, 0x4DBF}, {0x4E00, 0x9FFF},
    {0xA000, 0xA4CF}, {0xAC00, 0xD7A3}, {0xF900, 0xFAFF}, {0xFE30, 0xFE4F}, {0xFF00, 0xFF60},
    {0xFFE0, 0xFFE6}, {0x1F300, 0x1F64F}, {0x1F680, 0x1F6FF}, {0x1F7E0, 0x1F7EB},
    {0x1F900, 0x1F9FF}, {0x1FA70, 0x1FAFF}, {0x20000, 0x3FFFD}
  };

  private TerminalText() {}

  /** {@code text} with line breaks, other controls and bidi overrides written as escapes. */
  static String printable(String text) {
    StringBuilder sb = new StringBuilder(text.length());
    text.codePoints().forEach(cp -> appendPrintable(sb, cp));
    return sb.toString();
  }

  /**
   * The padding that puts a caret under {@code column} (1-based, in UTF-16 units) of {@code
   * sourceLine}: tabs are copied so the caret lines up whatever the tab width, everything else
   * becomes as many spaces as it takes cells. Columns past the end of the line pad with spaces.
   */
  static String caretPadding(String sourceLine, int column) {
    int end = Math.min(column - 1, sourceLine.length());
    if (end > 0 && end < sourceLine.length() && Character.isLowSurrogate(sourceLine.charAt(end))) {
      end--;
    }
    StringBuilder pad = new StringBuilder();
    printable(sourceLine.substring(0, end))
        .codePoints()
        .forEach(cp -> pad.append(cp == '\t' ? "\t" : " ".repeat(width(cp))));
    pad.append(" ".repeat(Math.max(0, column - 1 - sourceLine.length())));
    return pad.toString();
  }

  private static void appendPrintable(StringBuilder sb, int cp) {
    if (cp == '\n') {
      sb.append("\\n");
    } else if (cp == '\r') {
      sb.append("\\r");
    } else if (cp != '\t' && (Character.isISOControl(cp) || isBidiControl(cp))) {
      sb.append("\\u").append(HexFormat.of().toHexDigits((char) cp));
    } else {
      sb.appendCodePoint(cp);
    }
  }

  private static boolean isBidiControl(int cp) {
    return (cp >= 0x202A && cp <= 0x202E) || (cp >= 0x2066 && cp <= 0x2069);
  }

  private static int width(int cp) {
    int type = Character.getType(cp);
    if (type == Character.NON_SPACING_MARK
        || type == Character.ENCLOSING_MARK
        || type == Character.FORMAT
        || (cp >= 0xFE00 && cp <= 0xFE0F)) {
      return 0;
    }
    for (int[] range : WIDE) {
      if (cp >= range[0] && cp <= range[1]) {
        return 2;
      }
    }
    return 1;
  }
}
