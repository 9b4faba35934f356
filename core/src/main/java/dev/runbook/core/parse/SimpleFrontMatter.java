package dev.runbook.core.parse;

import dev.runbook.core.model.FrontMatterValue;
import dev.runbook.core.model.Position;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Reads the front matter nearly every runbook has — one {@code key: value} per line, values plain,
 * simply quoted or a flow list of plain words — without a YAML parser, which costs more than
 * parsing the Markdown body. Anything else (nesting, block lists, comments, escapes, anchors,
 * tags, duplicate keys, odd characters) is declined, and {@link SafeYaml} reads it. Where it
 * answers, the answer equals SafeYaml's to the value and position (FrontMatterTest proves it).
 */
final class SimpleFrontMatter {
  private static final int MAX_LINES = 200;
  private static final int MAX_CHARS = 8192;

  private SimpleFrontMatter() {}

  /**
   * The entries of the YAML between the fences, or empty to leave it to the YAML parser.
   *
   * @param yaml the lines between the opening and closing {@code ---}; the first is file line 2
   */
  static Optional<Map<String, FrontMatterValue>> read(List<String> yaml) {
    if (yaml.size() > MAX_LINES) {
      return Optional.empty();
    }
    Map<String, FrontMatterValue> values = new LinkedHashMap<>();
    int chars = 0;
    for (int i = 0; i < yaml.size(); i++) {
      String line = yaml.get(i);
      chars += line.length() + 1;
      if (chars > MAX_CHARS || !printable(line)) {
        return Optional.empty();
      }
      if (line.isBlank()) {
        if (line.indexOf('\t') >= 0) {
          return Optional.empty();
        }
        continue;
      }
      int colon = keyEnd(line);
      if (colon < 0 || colon + 1 < line.length() && line.charAt(colon + 1) != ' ') {
        return Optional.empty();
      }
      String key = line.substring(0, colon);
      Object value;
      try {
        value = value(trim(line.substring(colon + 1)));
      } catch (Declined e) {
        return Optional.empty();
      }
      if (values.put(key, new FrontMatterValue(key, value, new Position(i + 2, 1))) != null) {
        return Optional.empty();
      }
    }
    return values.isEmpty() ? Optional.empty() : Optional.of(values);
  }

  /** Index of the ':' after a plain key at column 1, or -1. */
  private static int keyEnd(String line) {
    char first = line.charAt(0);
    if (!(Character.isLetter(first) && first < 0x80 || first == '_')) {
      return -1;
    }
    for (int i = 1; i < line.length(); i++) {
      char c = line.charAt(i);
      if (c == ':') {
        return i;
      }
      if (!(c < 0x80 && (Character.isLetterOrDigit(c) || c == '_' || c == '-'))) {
        return -1;
      }
    }
    return -1;
  }

  private static Object value(String v) throws Declined {
    if (v.isEmpty() || v.equals("~") || v.equals("null") || v.equals("Null") || v.equals("NULL")) {
      return null;
    }
    char first = v.charAt(0);
    if (first == '"') {
      return quoted(v, '"', "\"\\");
    }
    if (first == '\'') {
      return quoted(v, '\'', "'");
    }
    if (first == '[') {
      return list(v);
    }
    if (!(Character.isLetterOrDigit(first) || first == '/' || first == '(' || first == '.')
        || v.contains(": ") || v.endsWith(":") || v.contains(" #")) {
      throw new Declined();
    }
    return v;
  }

  private static String quoted(String v, char quote, String forbidden) throws Declined {
    if (v.length() < 2 || v.charAt(v.length() - 1) != quote) {
      throw new Declined();
    }
    String inner = v.substring(1, v.length() - 1);
    for (int i = 0; i < forbidden.length(); i++) {
      if (inner.indexOf(forbidden.charAt(i)) >= 0) {
        throw new Declined();
      }
    }
    return inner;
  }

  /** {@code [a, b c, d-e]}: plain words only. */
  private static List<Object> list(String v) throws Declined {
    if (!v.endsWith("]")) {
      throw new Declined();
    }
    List<Object> items = new ArrayList<>();
    String inner = trim(v.substring(1, v.length() - 1));
    if (inner.isEmpty()) {
      return items;
    }
    for (String part : inner.split(",", -1)) {
      String item = trim(part);
      if (item.isEmpty() || !Character.isLetterOrDigit(item.charAt(0)) || item.equals("null")
          || item.equals("Null") || item.equals("NULL")) {
        throw new Declined();
      }
      for (int i = 0; i < item.length(); i++) {
        char c = item.charAt(i);
        if (!(c < 0x80 && (Character.isLetterOrDigit(c) || c == '-' || c == '_' || c == '.' || c == '/' || c == ' '))) {
          throw new Declined();
        }
      }
      items.add(item);
    }
    return items;
  }

  /** Strips spaces (not tabs, which are declined as odd characters anyway). */
  private static String trim(String s) {
    int start = 0;
    int end = s.length();
    while (start < end && s.charAt(start) == ' ') {
      start++;
    }
    while (end > start && s.charAt(end - 1) == ' ') {
      end--;
    }
    return s.substring(start, end);
  }

  /** No tabs, controls, C1 characters or non-characters: SafeYaml has opinions on those. */
  private static boolean printable(String line) {
    for (int i = 0; i < line.length(); i++) {
      char c = line.charAt(i);
      if (c < 0x20 || c >= 0x7F && c <= 0x9F || c >= 0xFFFE || Character.isSurrogate(c) || c == '\uFEFF') {
        return false;
      }
    }
    return true;
  }

  /** This front matter is not the simple kind. */
  private static final class Declined extends Exception {
    Declined() {
      super(null, null, false, false);
    }
  }
}
