package dev.runbook.core.report.format;

import java.io.IOException;
import java.io.Writer;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.HexFormat;

/**
 * A small streaming JSON writer that pretty-prints with a two-space indent, writes keys in the
 * order they are given and leaves empty containers as {@code []} and {@code {}}. Callers are
 * trusted to nest calls correctly. One instance per output; not thread-safe.
 */
final class JsonWriter {
  private final Writer out;
  /** Number of members written so far in each open container, innermost first. */
  private final Deque<Integer> counts = new ArrayDeque<>();

  private boolean afterName;

  JsonWriter(Writer out) {
    this.out = out;
  }

  JsonWriter beginObject() throws IOException {
    beforeValue();
    out.write('{');
    counts.push(0);
    return this;
  }

  JsonWriter endObject() throws IOException {
    return close('}');
  }

  JsonWriter beginArray() throws IOException {
    beforeValue();
    out.write('[');
    counts.push(0);
    return this;
  }

  JsonWriter endArray() throws IOException {
    return close(']');
  }

  JsonWriter name(String name) throws IOException {
    newMember();
    out.write(quote(name));
    out.write(": ");
    afterName = true;
    return this;
  }

  /** Writes {@code value}, or JSON {@code null} when it is null. */
  JsonWriter value(String value) throws IOException {
    beforeValue();
    out.write(value == null ? "null" : quote(value));
    return this;
  }

  JsonWriter value(long value) throws IOException {
    beforeValue();
    out.write(Long.toString(value));
    return this;
  }

  JsonWriter value(boolean value) throws IOException {
    beforeValue();
    out.write(Boolean.toString(value));
    return this;
  }

  JsonWriter property(String name, boolean value) throws IOException {
    return name(name).value(value);
  }

  JsonWriter property(String name, String value) throws IOException {
    return name(name).value(value);
  }

  JsonWriter property(String name, long value) throws IOException {
    return name(name).value(value);
  }

  /** Ends the document with a newline. */
  void finish() throws IOException {
    out.write('\n');
  }

  private void beforeValue() throws IOException {
    if (afterName) {
      afterName = false;
    } else if (!counts.isEmpty()) {
      newMember();
    }
  }

  private void newMember() throws IOException {
    int written = counts.pop();
    if (written > 0) {
      out.write(',');
    }
    out.write('\n');
    indent(counts.size() + 1);
    counts.push(written + 1);
  }

  private JsonWriter close(char bracket) throws IOException {
    int written = counts.pop();
    if (written > 0) {
      out.write('\n');
      indent(counts.size());
    }
    out.write(bracket);
    return this;
  }

  private void indent(int depth) throws IOException {
    for (int i = 0; i < depth; i++) {
      out.write("  ");
    }
  }

  /**
   * The JSON string literal for {@code text}. Non-ASCII text is kept as is; control characters,
   * lone surrogates and U+2028/U+2029 (which break JavaScript string literals) are escaped.
   */
  static String quote(String text) {
    StringBuilder sb = new StringBuilder(text.length() + 2).append('"');
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      switch (c) {
        case '"' -> sb.append("\\\"");
        case '\\' -> sb.append("\\\\");
        case '\n' -> sb.append("\\n");
        case '\r' -> sb.append("\\r");
        case '\t' -> sb.append("\\t");
        case '\b' -> sb.append("\\b");
        case '\f' -> sb.append("\\f");
        default -> {
          if (c < 0x20 || c == '\u2028' || c == '\u2029' || isLoneSurrogate(text, i)) {
            sb.append("\\u").append(HexFormat.of().toHexDigits(c));
          } else {
            sb.append(c);
          }
        }
      }
    }
    return sb.append('"').toString();
  }

  private static boolean isLoneSurrogate(String text, int i) {
    char c = text.charAt(i);
    if (Character.isHighSurrogate(c)) {
      return i + 1 >= text.length() || !Character.isLowSurrogate(text.charAt(i + 1));
    }
    if (Character.isLowSurrogate(c)) {
      return i == 0 || !Character.isHighSurrogate(text.charAt(i - 1));
    }
    return false;
  }
}
