package dev.runbook.core.rules.builtin;

/**
 * A line's characters as bytes in a reused buffer, for the quick scans that decide whether a line
 * needs a rule's real (slower) check. Each char becomes its low byte at the same index, so ASCII
 * text is kept exactly and a scan for ASCII text never misses it; any other char becomes some
 * byte that may look like ASCII, so a scan may only pass a line on to the real check, never decide
 * a finding itself. Copying is far cheaper per character than {@code String.charAt} without the
 * optimising JIT, and so is a loop over the copy. Not thread-safe: one per {@code check} call.
 */
final class LineBytes {
  private byte[] buf = new byte[256];

  /** The line's bytes; only the first {@code line.length()} are the line's. */
  @SuppressWarnings("deprecation") // the one String copy that keeps indexes and allocates nothing
  byte[] of(String line) {
    int n = line.length();
    if (buf.length < n) {
      buf = new byte[Math.max(n, 2 * buf.length)];
    }
    line.getBytes(0, n, buf, 0);
    return buf;
  }

  /** Whether {@code b[at..]} (of length {@code n}) starts with the ASCII text {@code s}. */
  static boolean has(byte[] b, int n, int at, String s) {
    if (at < 0 || at + s.length() > n) {
      return false;
    }
    for (int k = 0; k < s.length(); k++) {
      if (b[at + k] != s.charAt(k)) {
        return false;
      }
    }
    return true;
  }

  /**
   * {@link #has} ignoring ASCII case, or a little more: bytes are compared with bit 0x20 set, which
   * folds A-Z onto a-z (and a few symbols onto others, harmless in a quick scan).
   */
  static boolean hasIgnoreCase(byte[] b, int n, int at, String s) {
    if (at < 0 || at + s.length() > n) {
      return false;
    }
    for (int k = 0; k < s.length(); k++) {
      if ((b[at + k] | 0x20) != (s.charAt(k) | 0x20)) {
        return false;
      }
    }
    return true;
  }
}
