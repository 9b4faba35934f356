package dev.runbook.core.site.render;

import dev.runbook.core.site.data.SearchWords;
import java.nio.charset.StandardCharsets;
import java.util.List;

/**
 * A document body as safe HTML, held as a string or as UTF-8 bytes, whichever it was made as:
 * a drafted body is finished as bytes and goes into its page as bytes ({@code Theme}), without
 * ever being a (two bytes per character, since runbooks hold emoji) Java string.
 */
public final class RenderedBody {
  private final String html;
  private final byte[] utf8;
  private final String titleId;
  private final SearchWords words;
  private final List<String> notes;

  private RenderedBody(String html, byte[] utf8, String titleId, SearchWords words, List<String> notes) {
    this.html = html;
    this.utf8 = utf8;
    this.titleId = titleId;
    this.words = words;
    this.notes = List.copyOf(notes);
  }

  /**
   * @param html the body without its title heading
   * @param titleId the id the title heading had (for the page header), or null
   * @param words the body's search words; the page adds its title and tags
   * @param notes what the rendering had to change in the document's raw HTML ("path:line: what")
   */
  public RenderedBody(String html, String titleId, SearchWords words, List<String> notes) {
    this(html, null, titleId, words, notes);
  }

  /** As {@link #RenderedBody(String, String, SearchWords, List)} without notes, the HTML given as UTF-8. */
  static RenderedBody ofUtf8(byte[] utf8, String titleId, SearchWords words) {
    return new RenderedBody(null, utf8, titleId, words, List.of());
  }

  /** The body without its title heading. */
  public String html() {
    return html != null ? html : new String(utf8, StandardCharsets.UTF_8);
  }

  /** {@link #html} as UTF-8; the caller must not change the array. */
  public byte[] utf8() {
    return utf8 != null ? utf8 : html.getBytes(StandardCharsets.UTF_8);
  }

  /** The id the title heading had (for the page header), or null. */
  public String titleId() {
    return titleId;
  }

  /** The body's search words; the page adds its title and tags. */
  public SearchWords words() {
    return words;
  }

  /** What the rendering changed in the document's raw HTML, for the build's notes ("path:line: what"). */
  public List<String> notes() {
    return notes;
  }
}
