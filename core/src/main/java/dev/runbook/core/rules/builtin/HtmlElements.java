package dev.runbook.core.rules.builtin;

import java.util.Locale;
import java.util.Set;

/**
 * The names of HTML elements, current (the WHATWG element index, with SVG and MathML roots) and
 * obsolete ones that Markdown still carries ({@code <nobr>}, {@code <center>}, {@code <tt>}):
 * {@code <kbd>} is markup, {@code <namespace>} a placeholder.
 */
final class HtmlElements {
  private HtmlElements() {}

  private static final Set<String> NAMES = Set.of(
      "a", "abbr", "address", "area", "article", "aside", "audio", "b", "base", "bdi", "bdo",
      "blockquote", "body", "br", "button", "canvas", "caption", "cite", "code", "col", "colgroup",
      "data", "datalist", "dd", "del", "details", "dfn", "dialog", "div", "dl", "dt", "em", "embed",
      "fieldset", "figcaption", "figure", "footer", "form", "h1", "h2", "h3", "h4", "h5", "h6",
      "head", "header", "hgroup", "hr", "html", "i", "iframe", "img", "input", "ins", "kbd", "label",
      "legend", "li", "link", "main", "map", "mark", "math", "menu", "meta", "meter", "nav",
      "noscript", "object", "ol", "optgroup", "option", "output", "p", "picture", "pre", "progress",
      "q", "rp", "rt", "ruby", "s", "samp", "script", "search", "section", "select", "slot", "small",
      "source", "span", "strong", "style", "sub", "summary", "sup", "svg", "table", "tbody", "td",
      "template", "textarea", "tfoot", "th", "thead", "time", "title", "tr", "track", "u", "ul",
      "var", "video", "wbr",
      // Obsolete, still rendered and still written in Markdown.
      "acronym", "applet", "basefont", "bgsound", "big", "blink", "center", "dir", "font", "frame",
      "frameset", "image", "isindex", "keygen", "listing", "marquee", "menuitem", "multicol", "nobr",
      "noembed", "noframes", "param", "plaintext", "rb", "rtc", "spacer", "strike", "tt", "xmp");

  /** Attributes written without a value, which may follow an element name: {@code <details open>}. */
  private static final Set<String> BOOLEAN_ATTRIBUTES = Set.of(
      "open", "hidden", "disabled", "checked", "selected", "controls", "autoplay", "muted", "loop",
      "defer", "async", "required", "readonly", "multiple", "novalidate", "reversed", "inert",
      "autofocus", "playsinline", "default", "ismap", "nomodule", "allowfullscreen");

  /**
   * Whether the text between {@code <} and {@code >} is an HTML start tag: a known element name,
   * alone or followed by valueless attributes ({@code details open}), in any case. A sentence
   * that starts with an element's name ({@code <output of the command>}) is a placeholder.
   */
  static boolean isTag(String inside) {
    String[] words = inside.toLowerCase(Locale.ROOT).split(" ");
    if (!NAMES.contains(words[0])) {
      return false;
    }
    for (int i = 1; i < words.length; i++) {
      if (!BOOLEAN_ATTRIBUTES.contains(words[i])) {
        return false;
      }
    }
    return true;
  }
}
