package dev.runbook.core.site.data;

/**
 * JSON string literals that are also safe inside a script: {@code <}, {@code >}, {@code &} and
 * the line separators U+2028/U+2029 are escaped as well.
 */
public final class JsonText {
  private static final char[] HEX = "0123456789abcdef".toCharArray();

  private JsonText() {}

  /** The quoted literal, or {@code null} for null. */
  public static String quote(String s) {
    if (s == null) {
      return "null";
    }
    StringBuilder sb = new StringBuilder(s.length() + 2);
    appendQuoted(sb, s);
    return sb.toString();
  }

  public static void appendQuoted(StringBuilder sb, String s) {
    sb.append('"');
    int n = s.length();
    int clean = 0; // the characters from here to i need no escape: appended as one run
    for (int i = 0; i < n; i++) {
      char c = s.charAt(i);
      if (c >= 0x20 && c != '"' && c != '\\' && c != '<' && c != '>' && c != '&' && c != '\u2028' && c != '\u2029') {
        continue;
      }
      sb.append(s, clean, i);
      clean = i + 1;
      switch (c) {
        case '"' -> sb.append("\\\"");
        case '\\' -> sb.append("\\\\");
        case '\n' -> sb.append("\\n");
        case '\r' -> sb.append("\\r");
        case '\t' -> sb.append("\\t");
        default -> sb.append("\\u").append(HEX[(c >> 12) & 0xF]).append(HEX[(c >> 8) & 0xF])
            .append(HEX[(c >> 4) & 0xF]).append(HEX[c & 0xF]);
      }
    }
    sb.append(s, clean, n);
    sb.append('"');
  }
}
