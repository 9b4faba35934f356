package dev.runbook.core.site.output;

import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.Locale;
import java.util.Set;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Attribute;
import org.jsoup.nodes.Attributes;
import org.jsoup.nodes.Element;

/**
 * What one page tells the verifier: its ids (and {@code a name}s), the URL attributes it uses,
 * and its event handler attributes. Filled element by element, either by {@link MarkupScanner}
 * or by {@link #parse jsoup}; both give the same findings for the pages the scanner accepts.
 * Not thread-safe; one per page.
 */
final class PageFindings {
  static final Set<String> URL_ATTRIBUTES =
      Set.of("href", "src", "xlink:href", "action", "formaction", "poster", "data", "background", "srcset");

  /** A URL as found: the attribute (or {@code refresh}) and its value, entities decoded. */
  record Use(String attribute, String value) {
    @Override
    public int hashCode() {
      return 31 * attribute.hashCode() + value.hashCode();
    }

    @Override
    public boolean equals(Object o) {
      return o instanceof Use u && attribute.equals(u.attribute) && value.equals(u.value);
    }
  }

  final Set<String> ids = new HashSet<>();
  /** In document order, each once: the verifier's checks of a URL do not depend on how often it occurs. */
  final Set<Use> urls = new LinkedHashSet<>();
  /** "event handler attribute 'onclick' on &lt;p&gt;", each once. */
  final Set<String> handlers = new LinkedHashSet<>();

  /** Parses the page with jsoup: the reference reading, and the fallback of {@link MarkupScanner}. */
  static PageFindings parse(String html) {
    PageFindings found = new PageFindings();
    String[] keys = new String[8];
    String[] values = new String[8];
    for (Element e : Jsoup.parse(html).getAllElements()) {
      if (e.attributesSize() == 0) {
        continue;
      }
      Attributes attributes = e.attributes();
      if (attributes.size() > keys.length) {
        keys = new String[attributes.size()];
        values = new String[attributes.size()];
      }
      int count = 0;
      for (Attribute a : attributes) {
        keys[count] = a.getKey();
        values[count++] = a.getValue();
      }
      found.element(e.normalName(), keys, values, count);
    }
    return found;
  }

  /**
   * One element, by its lower-case name, and its attributes as jsoup holds them: de-duplicated,
   * keys lower-cased for HTML elements and as written for SVG ones, values decoded (null where
   * {@link #usesValue} says the value is not read).
   */
  void element(String name, String[] keys, String[] values, int count) {
    for (int i = 0; i < count; i++) {
      String key = keys[i].toLowerCase(Locale.ROOT);
      if (key.equals("id") || (key.equals("name") && name.equals("a"))) {
        ids.add(values[i]);
      } else if (URL_ATTRIBUTES.contains(key)) {
        url(key, values[i]);
      } else if (key.startsWith("on")) {
        handlers.add("event handler attribute '" + keys[i] + "' on <" + name + ">");
      } else if (key.equals("content") && name.equals("meta")
          && attribute(keys, values, count, "http-equiv").equalsIgnoreCase("refresh")) {
        int at = values[i].toLowerCase(Locale.ROOT).indexOf("url=");
        if (at >= 0) {
          url("refresh", values[i].substring(at + 4));
        }
      }
    }
  }

  /** A URL attribute (by its lower-case name) and its decoded value. */
  void url(String attribute, String value) {
    urls.add(new Use(attribute, value));
  }

  /** Whether {@link #element} reads the value of an attribute of that name (the scanner makes only those). */
  static boolean usesValue(String key) {
    String k = key.toLowerCase(Locale.ROOT);
    return k.equals("id") || k.equals("name") || k.equals("content") || URL_ATTRIBUTES.contains(k)
        || key.equalsIgnoreCase("http-equiv");
  }

  /** As jsoup's {@code Element.attr}: the first attribute of that name, in any case; or "". */
  private static String attribute(String[] keys, String[] values, int count, String key) {
    for (int i = 0; i < count; i++) {
      if (keys[i].equalsIgnoreCase(key)) {
        return values[i];
      }
    }
    return "";
  }

  @Override
  public String toString() {
    return "ids=" + new java.util.TreeSet<>(ids) + " urls=" + urls + " handlers=" + handlers;
  }
}
