package dev.runbook.core.parse;

import java.text.Normalizer;
import java.util.HashSet;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * MkDocs' heading anchors: Python-Markdown's {@code toc} extension with its default {@code
 * slugify}: the text decomposed (NFKD) and kept to ASCII (so {@code é} is {@code e} and CJK goes),
 * everything but word characters, spaces and {@code -} dropped, trimmed, lower-cased, runs of
 * spaces and {@code -} to one {@code -}. An id already given, or an empty one, gets {@code _1}, or
 * its {@code _N} raised by one, until it is new.
 */
final class MkdocsSlugger implements HeadingIds {
  private static final Pattern NON_ASCII = Pattern.compile("[^\\x00-\\x7F]");
  /** Python's {@code \s} on a str holds the ASCII separators 0x1C–0x1F too. */
  private static final String SPACE = "\\t\\n\\x0B\\f\\r\\x1C-\\x1F ";
  private static final Pattern DROP = Pattern.compile("[^A-Za-z0-9_" + SPACE + "-]");
  private static final Pattern STRIP = Pattern.compile("^[" + SPACE + "]+|[" + SPACE + "]+$");
  private static final Pattern SEPARATORS = Pattern.compile("[-" + SPACE + "]+");
  private static final Pattern COUNTED = Pattern.compile("(.*)_([0-9]+)", Pattern.DOTALL);

  private final Set<String> ids = new HashSet<>();

  static String slug(String text) {
    String ascii = NON_ASCII.matcher(Normalizer.normalize(text, Normalizer.Form.NFKD)).replaceAll("");
    String value = STRIP.matcher(DROP.matcher(ascii).replaceAll("")).replaceAll("").toLowerCase(Locale.ROOT);
    return SEPARATORS.matcher(value).replaceAll("-");
  }

  @Override
  public String next(HeadingSource heading) {
    String id = slug(heading.text());
    while (id.isEmpty() || ids.contains(id)) {
      Matcher m = COUNTED.matcher(id);
      id = m.matches() ? m.group(1) + "_" + (Long.parseLong(m.group(2)) + 1) : id + "_1";
    }
    ids.add(id);
    return id;
  }
}
