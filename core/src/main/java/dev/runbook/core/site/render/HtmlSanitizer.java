package dev.runbook.core.site.render;

import java.util.Set;
import java.util.function.Function;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.safety.Cleaner;
import org.jsoup.safety.Safelist;

/**
 * Cleans a rendered body that holds raw HTML: no script, no style, no event handler, no URL but
 * http, https, mailto and relative ones. The safelist is tuned once (jsoup's relaxed list, plus
 * ids, classes and the few tags runbooks use, minus ftp and {@code cite}); relative links are
 * kept and then rewritten like Markdown links. Code blocks get {@code tabindex="0"}. Thread-safe.
 */
public final class HtmlSanitizer {
  /** Relative links are checked against this base and kept as written. */
  private static final String BASE = "https://runbook.invalid/";
  /** Clean bodies settle after one more reading; the bound only guards against a parser surprise. */
  private static final int MAX_PASSES = 4;

  /**
   * Every code block ({@code pre}) is in the tab order, so that a keyboard can scroll one whose
   * lines are wider than the page (WCAG 2.1.1; axe's {@code scrollable-region-focusable}).
   */
  static final String CODE_BLOCK_TABINDEX = "0";

  private final Safelist safelist = safelist();
  private final Cleaner cleaner = new Cleaner(safelist);

  static Safelist safelist() {
    return Safelist.relaxed()
        .addTags("section", "details", "summary", "kbd", "mark", "abbr", "figure", "figcaption",
            "hr", "del", "ins", "s", "samp", "var", "time")
        .addAttributes(":all", "id", "class", "title", "lang", "dir")
        .addAttributes("a", "name")
        .addAttributes("details", "open")
        .addAttributes("time", "datetime")
        .addAttributes("td", "align")
        .addAttributes("th", "align")
        .removeProtocols("a", "href", "ftp")
        .removeAttributes("blockquote", "cite")
        .removeAttributes("q", "cite")
        .preserveRelativeLinks(true);
  }

  /**
   * The cleaned body, with each {@code a href} and {@code img src} passed through {@code
   * rewrite} first; a link that is not published keeps its text, a picture its alt text.
   */
  public String clean(String bodyHtml, Function<String, Href> rewrite) {
    return clean(bodyHtml, rewrite, Set.of());
  }

  /**
   * As {@link #clean(String, Function)}, keeping every id and {@code name} of the raw HTML as a
   * link target ({@link AnchorKeeper}), and each of {@code anchors} (what the linter let links
   * point at) even when it is nowhere in the cleaned body.
   */
  public String clean(String bodyHtml, Function<String, Href> rewrite, Set<String> anchors) {
    Document dirty = Jsoup.parseBodyFragment(bodyHtml, BASE);
    rewriteLinks(dirty, rewrite);
    AnchorKeeper.keepDropped(dirty.body(), safelist);
    Document clean = cleaner.clean(dirty);
    // What the cleaner copies can stand where a parser would not put it (a <th> whose table was
    // dropped, a <p> in a <p> once the <button> between them is gone): parse the clean body as
    // the page's reader will, until reading it again changes nothing.
    for (int pass = 0; pass < MAX_PASSES; pass++) {
      String html = html(clean);
      Document again = cleaner.clean(Jsoup.parseBodyFragment(html, BASE));
      if (html(again).equals(html)) {
        break;
      }
      clean = again;
    }
    clean.select("pre").attr("tabindex", CODE_BLOCK_TABINDEX);
    AnchorKeeper.addMissing(clean.body(), anchors);
    return html(clean);
  }

  private static String html(Document doc) {
    doc.outputSettings().prettyPrint(false);
    return doc.body().html();
  }

  private static void rewriteLinks(Document doc, Function<String, Href> rewrite) {
    for (Element a : doc.select("a[href]")) {
      Href href = rewrite.apply(a.attr("href"));
      if (href.published()) {
        a.attr("href", href.value());
      } else {
        a.tagName("span").removeAttr("href").addClass("unpublished").attr("title", href.reason());
      }
    }
    for (Element img : doc.select("img")) {
      Href src = img.hasAttr("src") ? rewrite.apply(img.attr("src")) : Href.dropped("no picture");
      if (src.published()) {
        img.attr("src", src.value());
      } else {
        Element stand = new Element("span").addClass("unpublished").attr("title", src.reason());
        stand.text(img.attr("alt"));
        img.replaceWith(stand);
      }
    }
  }
}
