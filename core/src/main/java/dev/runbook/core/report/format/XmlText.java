package dev.runbook.core.report.format;

/**
 * Escaping for XML 1.0 text and attribute values. Characters that XML 1.0 cannot carry at all
 * (most C0 controls, lone surrogates, U+FFFE and U+FFFF) become U+FFFD, so the output always
 * parses.
 */
final class XmlText {
  /** The XML declaration every XML format starts with; the caller's writer must be UTF-8. */
  static final String DECLARATION = "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n";

  private XmlText() {}

  /** {@code text} escaped for use between tags; line breaks are kept. */
  static String content(String text) {
    return escape(text, false);
  }

  /**
   * {@code text} escaped for use inside a double-quoted attribute; line breaks and tabs are
   * written as character references so that attribute normalisation does not turn them into
   * spaces.
   */
  static String attribute(String text) {
    return escape(text, true);
  }

  private static String escape(String text, boolean attribute) {
    StringBuilder sb = new StringBuilder(text.length() + 16);
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      switch (c) {
        case '&' -> sb.append("&amp;");
        case '<' -> sb.append("&lt;");
        case '>' -> sb.append("&gt;");
        case '"' -> sb.append(attribute ? "&quot;" : "\"");
        case '\r' -> sb.append("&#13;");
        case '\n' -> sb.append(attribute ? "&#10;" : "\n");
        case '\t' -> sb.append(attribute ? "&#9;" : "\t");
        default -> {
          if (Character.isHighSurrogate(c)
              && i + 1 < text.length()
              && Character.isLowSurrogate(text.charAt(i + 1))) {
            sb.append(c).append(text.charAt(++i));
          } else if (c < 0x20 || Character.isSurrogate(c) || c == '\uFFFE' || c == '\uFFFF') {
            sb.append('\uFFFD');
          } else {
            sb.append(c);
          }
        }
      }
    }
    return sb.toString();
  }
}
