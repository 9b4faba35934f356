package dev.runbook.core.site.render;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.commonmark.node.AbstractVisitor;
import org.commonmark.node.HtmlBlock;
import org.commonmark.node.HtmlInline;
import org.commonmark.node.Node;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Comment;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Entities;

/**
 * Keeps each piece of raw HTML in a Markdown body from swallowing the Markdown after it. A body
 * is cleaned as one HTML text, so an unclosed {@code <style>}, {@code <textarea>}, {@code
 * <select>}, comment or quoted attribute value in one HTML block would turn every heading, step
 * and link after it into text, or drop them. Each piece is therefore tried on its own, followed
 * by the kind of markup Markdown makes; a piece that hides that markup is replaced by its own
 * content re-written closed (jsoup's serialisation of the piece), without the elements that hide
 * content, and reported. A piece that still hides it (none is known) is shown as text. Pieces that
 * leave ordinary elements open for the Markdown that follows ({@code <details>} … {@code
 * </details>} around Markdown) are kept as written. Stateless.
 */
final class RawHtmlGuard {
  /** What Markdown may put after a piece of raw HTML: inline markup, then a block. */
  private static final String PROBE =
      "<em id=\"rb-probe-inline\">i</em><p id=\"rb-probe-block\">b</p>";
  /**
   * Elements whose content is not the page's markup, or that turn the markup after them into
   * something else: the cleaner drops them all, so their content goes with them.
   */
  private static final Set<String> HIDING = Set.of("script", "style", "textarea", "title", "xmp", "iframe",
      "noembed", "noframes", "noscript", "plaintext", "select", "template", "frameset", "frame", "svg", "math",
      "object", "embed", "applet", "head");
  private static final int SHOWN = 40;

  private RawHtmlGuard() {}

  /**
   * Replaces every piece of raw HTML in {@code document} that would hide what follows it.
   *
   * @return one line per replaced piece, "LINE: what was done", in document order
   */
  static List<String> guard(Node document) {
    List<String> notes = new ArrayList<>();
    document.accept(new AbstractVisitor() {
      @Override
      public void visit(HtmlBlock block) {
        String fixed = fix(block.getLiteral(), line(block), notes);
        if (fixed != null) {
          block.setLiteral(fixed);
        }
      }

      @Override
      public void visit(HtmlInline inline) {
        String fixed = fix(inline.getLiteral(), line(inline), notes);
        if (fixed != null) {
          inline.setLiteral(fixed);
        }
      }
    });
    return notes;
  }

  /** The self-contained form of {@code html}, or null when it hides nothing after it. */
  private static String fix(String html, int line, List<String> notes) {
    if (keepsWhatFollows(html)) {
      return null;
    }
    Document piece = Jsoup.parseBodyFragment(html);
    piece.outputSettings().prettyPrint(false);
    Set<String> dropped = new TreeSet<>();
    for (Element e : piece.body().select(String.join(",", HIDING))) {
      if (e.ownerDocument() == piece) {
        dropped.add("<" + e.normalName() + ">");
        AnchorKeeper.keepIdsOf(e);
        e.remove();
      }
    }
    piece.body().forEachNode(n -> {
      if (n instanceof Comment) {
        n.remove();
      }
    });
    String closed = piece.body().html();
    String shown = shown(html);
    if (keepsWhatFollows(closed)) {
      notes.add(line + ": raw HTML '" + shown + "' leaves an element, comment or quoted value open, which would hide"
          + " everything after it: the site shows it closed" + (dropped.isEmpty() ? "" : " and without "
          + String.join(", ", dropped)) + "; close what it opens");
      return closed;
    }
    notes.add(line + ": raw HTML '" + shown + "' would hide everything after it: the site shows it as text;"
        + " close what it opens");
    return Entities.escape(html);
  }

  /** Whether Markdown's markup after {@code html} is still markup, in its place. */
  private static boolean keepsWhatFollows(String html) {
    Document doc = Jsoup.parseBodyFragment(html + PROBE);
    Element inline = doc.getElementById("rb-probe-inline");
    Element block = doc.getElementById("rb-probe-block");
    return inline != null && block != null && inline.normalName().equals("em") && block.normalName().equals("p")
        && inline.text().equals("i") && block.text().equals("b");
  }

  private static String shown(String html) {
    String flat = html.strip().replaceAll("\\s+", " ");
    return flat.length() <= SHOWN ? flat : flat.substring(0, SHOWN) + "…";
  }

  /** The file line of {@code node}, or of the block that holds it (inline spans are not kept). */
  private static int line(Node node) {
    for (Node n = node; n != null; n = n.getParent()) {
      if (!n.getSourceSpans().isEmpty()) {
        return n.getSourceSpans().get(0).getLineIndex() + 1;
      }
    }
    return 1;
  }
}
