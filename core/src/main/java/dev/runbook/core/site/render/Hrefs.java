package dev.runbook.core.site.render;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;

/**
 * Relative hrefs between files of the site. Every link the site writes is relative, so the site
 * works from any sub-path and from {@code file://}. Paths are relative to the site root with
 * {@code /} separators; hrefs are percent-encoded.
 */
public final class Hrefs {
  private static final char[] HEX = "0123456789ABCDEF".toCharArray();

  private Hrefs() {}

  /** How a page reaches the site root: {@code ""} at the top, {@code "../"} one folder down. */
  public static String rootOf(String pagePath) {
    StringBuilder sb = new StringBuilder();
    for (int i = 0; i < pagePath.length(); i++) {
      if (pagePath.charAt(i) == '/') {
        sb.append("../");
      }
    }
    return sb.toString();
  }

  /** The href from the page at {@code from} to the file at {@code to}. */
  public static String relative(String from, String to) {
    int f = 0;
    int t = 0;
    for (int fs = from.indexOf('/'), ts = to.indexOf('/'); fs >= 0 && ts >= 0;
        fs = from.indexOf('/', f), ts = to.indexOf('/', t)) {
      if (fs - f != ts - t || !from.regionMatches(f, to, t, fs - f)) {
        break;
      }
      f = fs + 1;
      t = ts + 1;
    }
    StringBuilder sb = new StringBuilder(to.length() - t + 16);
    for (int slash = from.indexOf('/', f); slash >= 0; slash = from.indexOf('/', slash + 1)) {
      sb.append("../");
    }
    for (int slash = to.indexOf('/', t); slash >= 0; slash = to.indexOf('/', t)) {
      appendEncoded(sb, to, t, slash);
      sb.append('/');
      t = slash + 1;
    }
    appendEncoded(sb, to, t, to.length());
    return sb.toString();
  }

  /** A site path with each segment percent-encoded, for absolute URLs. */
  public static String encodePath(String path) {
    StringBuilder sb = new StringBuilder(path.length() + 8);
    for (String segment : path.split("/", -1)) {
      if (sb.length() > 0) {
        sb.append('/');
      }
      sb.append(encode(segment));
    }
    return sb.toString();
  }

  /** A path segment or fragment, percent-encoded: only unreserved characters stay as they are. */
  public static String encode(String text) {
    for (int i = 0; i < text.length(); i++) {
      if (!unreserved(text.charAt(i))) {
        StringBuilder sb = new StringBuilder(text.length() + 16);
        appendEncoded(sb, text, 0, text.length());
        return sb.toString();
      }
    }
    return text;
  }

  /** Appends {@code text} from {@code start} to {@code end}, percent-encoded as {@link #encode}. */
  private static void appendEncoded(StringBuilder sb, String text, int start, int end) {
    for (int i = start; i < end; i++) {
      char c = text.charAt(i);
      if (!unreserved(c)) {
        sb.append(text, start, i);
        for (byte b : text.substring(i, end).getBytes(StandardCharsets.UTF_8)) {
          char ch = (char) (b & 0xFF);
          if (unreserved(ch)) {
            sb.append(ch);
          } else {
            sb.append('%').append(HEX[(b >> 4) & 0xF]).append(HEX[b & 0xF]);
          }
        }
        return;
      }
    }
    sb.append(text, start, end);
  }

  /** Percent-decoding as UTF-8; malformed escapes are kept as written. */
  public static String decode(String text) {
    if (text.indexOf('%') < 0) {
      return text;
    }
    ByteArrayOutputStream bytes = new ByteArrayOutputStream(text.length());
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (c == '%' && i + 2 < text.length()
          && Character.digit(text.charAt(i + 1), 16) >= 0 && Character.digit(text.charAt(i + 2), 16) >= 0) {
        bytes.write(Character.digit(text.charAt(i + 1), 16) * 16 + Character.digit(text.charAt(i + 2), 16));
        i += 2;
      } else {
        byte[] b = String.valueOf(c).getBytes(StandardCharsets.UTF_8);
        if (Character.isHighSurrogate(c) && i + 1 < text.length()) {
          b = text.substring(i, i + 2).getBytes(StandardCharsets.UTF_8);
          i++;
        }
        bytes.writeBytes(b);
      }
    }
    return bytes.toString(StandardCharsets.UTF_8);
  }

  private static boolean unreserved(char c) {
    return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9')
        || c == '-' || c == '.' || c == '_' || c == '~';
  }
}
