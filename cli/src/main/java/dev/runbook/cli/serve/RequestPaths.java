package dev.runbook.cli.serve;

import java.io.ByteArrayOutputStream;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.ByteBuffer;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Turns the raw path of a request into a path inside the site, or refuses it. Refused: anything
 * that is not a plain path below the site root once decoded — {@code ..} and {@code .} segments
 * in any encoding, hidden names, empty segments ({@code //}), encoded slashes and backslashes,
 * backslashes, control characters and NUL, malformed or double encoding. A folder path gets its
 * {@code index.html}. Stateless.
 */
final class RequestPaths {
  /** An escape left after decoding once: the request was encoded twice. */
  private static final Pattern ESCAPE = Pattern.compile("%[0-9a-fA-F]{2}");

  private RequestPaths() {}

  /** The site path (no leading slash, {@code /} separators), or empty when refused. */
  static Optional<String> sitePath(String rawPath) {
    if (rawPath == null || !rawPath.startsWith("/") || rawPath.indexOf('\\') >= 0) {
      return Optional.empty();
    }
    String lower = rawPath.toLowerCase(java.util.Locale.ROOT);
    if (lower.contains("%2f") || lower.contains("%5c") || lower.contains("%00")) {
      return Optional.empty();
    }
    Optional<String> decoded = decode(rawPath);
    if (decoded.isEmpty() || ESCAPE.matcher(decoded.get()).find()) {
      return Optional.empty();
    }
    String path = decoded.get().substring(1);
    for (int i = 0; i < path.length(); i++) {
      char c = path.charAt(i);
      if (c < 0x20 || c == 0x7f || c == '\\') {
        return Optional.empty();
      }
    }
    if (path.isEmpty()) {
      return Optional.of("index.html");
    }
    boolean folder = path.endsWith("/");
    String[] segments = (folder ? path.substring(0, path.length() - 1) : path).split("/", -1);
    for (String segment : segments) {
      if (segment.isEmpty() || segment.startsWith(".")) {
        return Optional.empty();
      }
    }
    String joined = String.join("/", segments);
    return Optional.of(folder ? joined + "/index.html" : joined);
  }

  /** Percent-decoding as UTF-8, strictly: a malformed escape or invalid UTF-8 is refused. */
  private static Optional<String> decode(String raw) {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream(raw.length());
    for (int i = 0; i < raw.length(); i++) {
      char c = raw.charAt(i);
      if (c == '%') {
        if (i + 2 >= raw.length()) {
          return Optional.empty();
        }
        int hi = Character.digit(raw.charAt(i + 1), 16);
        int lo = Character.digit(raw.charAt(i + 2), 16);
        if (hi < 0 || lo < 0) {
          return Optional.empty();
        }
        bytes.write(hi * 16 + lo);
        i += 2;
      } else if (c > 0x7f) {
        byte[] utf8 = String.valueOf(c).getBytes(StandardCharsets.UTF_8);
        bytes.write(utf8, 0, utf8.length);
      } else {
        bytes.write(c);
      }
    }
    try {
      return Optional.of(StandardCharsets.UTF_8.newDecoder()
          .onMalformedInput(CodingErrorAction.REPORT)
          .onUnmappableCharacter(CodingErrorAction.REPORT)
          .decode(ByteBuffer.wrap(bytes.toByteArray())).toString());
    } catch (CharacterCodingException e) {
      return Optional.empty();
    }
  }
}
