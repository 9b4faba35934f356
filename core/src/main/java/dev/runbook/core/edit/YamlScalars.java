package dev.runbook.core.edit;

import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Writes a string as a YAML scalar for front matter: plain when that is safe and reads back as the
 * same string, else double-quoted with escapes. Stateless.
 */
public final class YamlScalars {
  /** Plain words, numbers, dates, names: a letter or digit first, no YAML indicators later. */
  private static final Pattern SAFE_PLAIN = Pattern.compile("[\\p{L}\\p{N}][\\p{L}\\p{N}\\p{M} ._/()+'-]*");
  /** Words YAML readers turn into something other than a string. */
  private static final Set<String> SPECIAL = Set.of("null", "true", "false", "yes", "no", "on", "off", "y", "n");

  private YamlScalars() {}

  /** {@code value} as a plain scalar if that reads back the same, else double-quoted. */
  public static String of(String value) {
    return isSafePlain(value) ? value : doubleQuoted(value);
  }

  public static boolean isSafePlain(String value) {
    return SAFE_PLAIN.matcher(value).matches()
        && !value.endsWith(" ")
        && !SPECIAL.contains(value.toLowerCase(Locale.ROOT));
  }

  public static String doubleQuoted(String value) {
    StringBuilder out = new StringBuilder("\"");
    for (int i = 0; i < value.length(); i++) {
      char c = value.charAt(i);
      switch (c) {
        case '"' -> out.append("\\\"");
        case '\\' -> out.append("\\\\");
        case '\n' -> out.append("\\n");
        case '\t' -> out.append("\\t");
        case '\r' -> out.append("\\r");
        default -> {
          if (c < 0x20 || c == 0x7F) {
            out.append(String.format(Locale.ROOT, "\\x%02X", (int) c));
          } else {
            out.append(c);
          }
        }
      }
    }
    return out.append('"').toString();
  }

  /** Single quotes can hold anything but line breaks; a quote is doubled. Null when unsuitable. */
  public static String singleQuoted(String value) {
    if (value.indexOf('\n') >= 0 || value.indexOf('\r') >= 0) {
      return null;
    }
    return "'" + value.replace("'", "''") + "'";
  }
}
