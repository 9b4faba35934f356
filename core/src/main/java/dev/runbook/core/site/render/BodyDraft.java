package dev.runbook.core.site.render;

import dev.runbook.core.model.Link;
import dev.runbook.core.model.Runbook;
import dev.runbook.core.site.data.SearchWords;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import java.util.zip.DataFormatException;
import java.util.zip.Deflater;
import java.util.zip.Inflater;
import org.commonmark.internal.util.Escaping;

/**
 * A body rendered while its set was still being read, before any link could be resolved: where
 * each Markdown link's or picture's href goes, the HTML holds a numbered slot. Once the set's
 * index is known, {@link #finish} fills the slots in, so a build parses and renders every body
 * once. A slot is {@code U+0000}, the link's number, {@code U+0000}: CommonMark never writes
 * that character, so nothing else in the HTML can look like a slot. The HTML waits as UTF-8,
 * half the size of the (emoji-bearing, so two bytes per character) string, and in a big set
 * deflated ({@link #deflated}): 50,000 drafts hold 350 MB of HTML until their pages are written.
 */
final class BodyDraft {
  private static final char MARK = '\u0000';

  private final Runbook doc;
  /** The HTML as UTF-8, deflated when {@code length} is not -1. */
  private final byte[] html;
  /** The HTML's length when {@code html} holds it deflated, else -1. */
  private final int length;
  private final String titleId;
  private final SearchWords words;
  /** Each link's destination as written, by number. */
  private final String[] destinations;

  private BodyDraft(Runbook doc, byte[] html, int length, String titleId, SearchWords words,
      String[] destinations) {
    this.doc = doc;
    this.html = html;
    this.length = length;
    this.titleId = titleId;
    this.words = words;
    this.destinations = destinations;
  }

  /** What the draft's HTML holds in place of the {@code i}th link's href. */
  static String slot(int i) {
    return MARK + Integer.toString(i) + MARK;
  }

  /**
   * The draft of {@code doc}'s body rendered into {@code html}, or null when the HTML does not
   * hold exactly one slot per link (the body then renders the ordinary way).
   */
  static BodyDraft of(Runbook doc, Utf8Html html, String titleId, SearchWords words,
      String[] destinations) {
    if (html.nuls() != 2 * destinations.length) {
      return null;
    }
    return new BodyDraft(doc, html.toBytes(), -1, titleId, words, destinations);
  }

  /** The draft's HTML as UTF-8 bytes. */
  int size() {
    return length < 0 ? html.length : length;
  }

  /**
   * This draft with its HTML deflated (zlib's fastest level: HTML shrinks to about a quarter),
   * to be inflated when it is finished; the finished body is the same.
   */
  BodyDraft deflated() {
    if (length >= 0) {
      return this;
    }
    Deflater deflater = new Deflater(Deflater.BEST_SPEED, true);
    try {
      deflater.setInput(html);
      deflater.finish();
      byte[] out = new byte[html.length / 3 + 64];
      int size = 0;
      while (!deflater.finished()) {
        if (size == out.length) {
          out = Arrays.copyOf(out, out.length * 2);
        }
        size += deflater.deflate(out, size, out.length - size);
      }
      return size >= html.length ? this
          : new BodyDraft(doc, Arrays.copyOf(out, size), html.length, titleId, words, destinations);
    } finally {
      deflater.end();
    }
  }

  /** The HTML as UTF-8, inflated if it was deflated. */
  private byte[] html() {
    if (length < 0) {
      return html;
    }
    Inflater inflater = new Inflater(true);
    try {
      inflater.setInput(html);
      byte[] out = new byte[length];
      int size = 0;
      while (size < length) {
        int n = inflater.inflate(out, size, length - size);
        if (n == 0 && (inflater.finished() || inflater.needsInput() || inflater.needsDictionary())) {
          throw new IllegalStateException("a deflated draft ends early: " + size + " of " + length + " bytes");
        }
        size += n;
      }
      return out;
    } catch (DataFormatException e) {
      throw new IllegalStateException("a deflated draft does not inflate: " + e.getMessage(), e);
    } finally {
      inflater.end();
    }
  }

  /** The document drafted: a body is finished only for the very document it was drafted from. */
  Runbook doc() {
    return doc;
  }

  /**
   * The finished body, each slot filled with its link's href escaped as the HTML renderer escapes
   * attributes; null when some link is not published, since its text then stands in its place
   * and the body must be rendered again.
   */
  RenderedBody finish(LinkRewriter links) {
    byte[] html = html();
    List<Link> known = BodyPreparer.markdownLinks(doc);
    byte[] out = new byte[html.length + 64 * destinations.length];
    int size = 0;
    int from = 0;
    for (int at = next(html, from); at >= 0; at = next(html, from)) {
      int end = next(html, at + 1);
      int i = 0;
      for (int d = at + 1; d < end; d++) {
        i = i * 10 + (html[d] - '0');
      }
      Href href = BodyPreparer.hrefOf(doc, known, i, destinations[i], links);
      if (!href.published()) {
        return null;
      }
      byte[] value = Escaping.escapeHtml(href.value()).getBytes(StandardCharsets.UTF_8);
      int need = size + (at - from) + value.length + (html.length - end);
      if (need > out.length) {
        out = Arrays.copyOf(out, Math.max(need, out.length * 2));
      }
      System.arraycopy(html, from, out, size, at - from);
      size += at - from;
      System.arraycopy(value, 0, out, size, value.length);
      size += value.length;
      from = end + 1;
    }
    int total = size + html.length - from;
    if (total != out.length) {
      out = Arrays.copyOf(out, total);
    }
    System.arraycopy(html, from, out, size, html.length - from);
    return RenderedBody.ofUtf8(out, titleId, words);
  }

  /** Where the next mark is, from {@code from} on; -1 when there is none. */
  private static int next(byte[] html, int from) {
    for (int i = from; i < html.length; i++) {
      if (html[i] == MARK) {
        return i;
      }
    }
    return -1;
  }
}
