package dev.runbook.core.site.render;

import java.util.HashSet;
import java.util.Set;
import org.jsoup.nodes.Attribute;
import org.jsoup.nodes.Element;
import org.jsoup.safety.Safelist;

/**
 * Keeps the anchors of raw HTML that the site drops or changes. The linter takes every {@code id}
 * and {@code name} in a body's raw HTML as a link target, so each must be on the page: an element
 * the cleaner drops ({@code <iframe id>}, {@code <input name>}) leaves an empty {@code <span id>}
 * where it stood, and an anchor that is nowhere left (it stood inside a comment or a {@code
 * <style>}) gets one at the end of the body. Stateless.
 */
final class AnchorKeeper {
  private AnchorKeeper() {}

  /** Puts an empty span before {@code e} for each anchor of {@code e} and of what it holds. */
  static void keepIdsOf(Element e) {
    for (Element held : e.select("[id], [name]")) {
      for (String anchor : anchors(held)) {
        e.before(new Element("span").id(anchor));
      }
    }
  }

  /** Before cleaning: an empty span before each element whose anchor the cleaner would drop. */
  static void keepDropped(Element body, Safelist safelist) {
    for (Element e : body.select("[id], [name]")) {
      boolean safeTag = safelist.isSafeTag(e.normalName());
      for (Attribute a : e.attributes()) {
        boolean anchor = a.getKey().equals("id") || a.getKey().equals("name");
        if (anchor && !a.getValue().isEmpty() && !(safeTag && safelist.isSafeAttribute(e.normalName(), e, a))) {
          e.before(new Element("span").id(a.getValue()));
        }
      }
    }
  }

  /** After cleaning: an empty span at the end of {@code body} for each of {@code anchors} it lacks. */
  static void addMissing(Element body, Set<String> anchors) {
    if (anchors.isEmpty()) {
      return;
    }
    Set<String> present = new HashSet<>();
    for (Element e : body.select("[id], a[name]")) {
      present.addAll(anchors(e));
    }
    for (String anchor : anchors) {
      if (!present.contains(anchor)) {
        body.appendChild(new Element("span").id(anchor));
      }
    }
  }

  private static Set<String> anchors(Element e) {
    Set<String> out = new java.util.LinkedHashSet<>();
    if (!e.id().isEmpty()) {
      out.add(e.id());
    }
    if (!e.attr("name").isEmpty()) {
      out.add(e.attr("name"));
    }
    return out;
  }
}
