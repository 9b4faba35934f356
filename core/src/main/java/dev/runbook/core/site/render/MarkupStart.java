package dev.runbook.core.site.render;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Whether a file starts like markup: its first character other than white space, after a
 * byte-order mark, is {@code <}. A browser that does not know a file's type (opened from disk
 * with an extension the system does not map, or served without a content type) sniffs its first
 * bytes, and HTML and XML are recognised only by a {@code <} at the start; so a file that does
 * not start with one is never taken for a page. No picture, PDF, archive, office document, audio
 * or video format starts with {@code <}, and neither do JSON, CSV or most text. Stateless.
 */
final class MarkupStart {
  /** More than browsers read before deciding (1,445 bytes). */
  private static final int LOOK_AT = 8192;

  private MarkupStart() {}

  static boolean looksLikeMarkup(Path file) throws IOException {
    byte[] head;
    try (InputStream in = Files.newInputStream(file)) {
      head = in.readNBytes(LOOK_AT);
    }
    return firstVisible(head) == '<';
  }

  /** The first character that is not white space, or -1. */
  static int firstVisible(byte[] head) {
    int skip = 0;
    Charset charset = StandardCharsets.ISO_8859_1;
    if (startsWith(head, 0xEF, 0xBB, 0xBF)) {
      skip = 3;
      charset = StandardCharsets.UTF_8;
    } else if (startsWith(head, 0xFE, 0xFF)) {
      skip = 2;
      charset = StandardCharsets.UTF_16BE;
    } else if (startsWith(head, 0xFF, 0xFE)) {
      skip = 2;
      charset = StandardCharsets.UTF_16LE;
    }
    String text = new String(head, skip, head.length - skip, charset);
    return text.chars().filter(c -> !Character.isWhitespace(c)).findFirst().orElse(-1);
  }

  private static boolean startsWith(byte[] bytes, int... prefix) {
    if (bytes.length < prefix.length) {
      return false;
    }
    for (int i = 0; i < prefix.length; i++) {
      if ((bytes[i] & 0xFF) != prefix[i]) {
        return false;
      }
    }
    return true;
  }
}
