package dev.runbook.core.site.output;

import org.jsoup.parser.Parser;

/**
 * Decodes the entities of an attribute value as jsoup does ({@link Parser#unescapeEntities} with
 * {@code inAttribute}), with a fast path for the few that our templates and CommonMark write
 * ({@code &amp; &lt; &gt; &quot; &#39;}): jsoup sets up a whole tree builder for every call,
 * which on a small site costs more than the rest of reading the page. Any other {@code &} is
 * left to jsoup, so the result is always jsoup's.
 */
final class AttributeEntities {
  private static final String[] NAMES = {"&amp;", "&lt;", "&gt;", "&quot;", "&#39;"};
  private static final char[] CHARS = {'&', '<', '>', '"', '\''};

  private AttributeEntities() {}

  static String decode(String raw) {
    int amp = raw.indexOf('&');
    if (amp < 0) {
      return raw;
    }
    StringBuilder out = new StringBuilder(raw.length());
    int from = 0;
    while (amp >= 0) {
      int known = knownAt(raw, amp);
      if (known < 0) {
        return Parser.unescapeEntities(raw, true);
      }
      out.append(raw, from, amp).append(CHARS[known]);
      from = amp + NAMES[known].length();
      amp = raw.indexOf('&', from);
    }
    return out.append(raw, from, raw.length()).toString();
  }

  private static int knownAt(String raw, int at) {
    for (int i = 0; i < NAMES.length; i++) {
      if (raw.startsWith(NAMES[i], at)) {
        return i;
      }
    }
    return -1;
  }
}
