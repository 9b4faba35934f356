package dev.runbook.core.site.render;

import dev.runbook.core.config.Config;
import dev.runbook.core.model.Runbook;
import dev.runbook.core.parse.MarkdownParser;
import dev.runbook.core.parse.TreeListener;
import dev.runbook.core.site.data.SearchWords;
import dev.runbook.core.site.data.Vocabulary;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;
import org.commonmark.ext.gfm.tables.TablesExtension;
import org.commonmark.node.ListItem;
import org.commonmark.node.Node;
import org.commonmark.node.OrderedList;
import org.commonmark.renderer.html.AttributeProvider;
import org.commonmark.renderer.html.HtmlRenderer;

/**
 * A document's Markdown body to safe HTML, read by the linter's own CommonMark parser so that
 * both see the same headings and links.
 *
 * <p>A build hands the renderer every tree the check's loader parses ({@link #parsed}): each body
 * is then rendered there and then, with its links left open ({@link BodyDraft}), and {@link
 * #render} only fills the links in. A body that was not drafted (raw HTML, a link that is not
 * published, a served site) is parsed again and rendered whole. Either way the HTML is the same.
 *
 * <p>Thread-safe: parser, renderer and sanitizer are immutable, the vocabulary and the drafts are
 * thread-safe and the per-document state lives in the parse tree.
 */
public final class MarkdownRenderer implements TreeListener {
  /**
   * The HTML the drafts of a set hold as they are, before further drafts are deflated: a drafted
   * document's own text goes ({@link #releasesText}), so a draft mostly takes its place.
   */
  public static final long PLAIN_DRAFT_BYTES = 384L << 20;

  private final MarkdownParser parser = new MarkdownParser();
  private final HtmlRenderer renderer = HtmlRenderer.builder()
      .extensions(List.of(TablesExtension.create()))
      .nodeRendererFactory(SiteNodeRenderer::new)
      .attributeProviderFactory(context -> new SiteAttributes())
      .build();
  private final HtmlSanitizer sanitizer = new HtmlSanitizer();
  private final BodyPreparer preparer;
  private final Vocabulary vocabulary = new Vocabulary();
  private final Config config;
  /** Bodies drafted while the set was read, by document path; each is taken by its render. */
  private final Map<String, BodyDraft> drafts = new ConcurrentHashMap<>();
  /** How many bytes of HTML drafts may hold as they are; the drafts after those are deflated. */
  private final long plainDraftBytes;
  /** The HTML of the drafts that wait for their render, in bytes (as drafted, deflated or not). */
  private final AtomicLong drafted = new AtomicLong();

  /**
   * A renderer whose first 384 MB of drafted HTML (about 55,000 generated runbooks) wait as they
   * are and the rest deflated. Deflating and inflating them cost a 50,000-runbook build 4.4 s of
   * CPU when the drafts sat beside their documents' text; with the text released, the drafts as
   * they are take less memory than both did before.
   */
  public MarkdownRenderer(Config config) {
    this(config, PLAIN_DRAFT_BYTES);
  }

  /** As {@link #MarkdownRenderer(Config)}, drafts deflated after the first {@code plainDraftBytes} bytes of HTML. */
  public MarkdownRenderer(Config config, long plainDraftBytes) {
    this.config = config;
    this.preparer = new BodyPreparer(SectionTitles.steps(config));
    this.plainDraftBytes = plainDraftBytes;
  }

  /** The config the renderer was made for (its Steps section titles). */
  public Config config() {
    return config;
  }

  /** Drafts {@code doc}'s body from the tree the loader has just parsed and read. */
  @Override
  public void parsed(Runbook doc, Node tree) {
    if (doc.isMovedStub()) {
      return; // usually a redirect page, which shows no body
    }
    SearchWords words = new SearchWords(vocabulary);
    BodyPreparer.Prepared prepared = preparer.prepare(tree, doc, words);
    if (prepared.rawHtml()) {
      return; // cleaning the raw HTML rewrites its links: that needs the index
    }
    List<Node> links = prepared.links();
    String[] destinations = new String[links.size()];
    for (int i = 0; i < destinations.length; i++) {
      destinations[i] = BodyPreparer.destination(links.get(i));
      BodyPreparer.setDestination(links.get(i), BodyDraft.slot(i));
    }
    words.compact(); // 10k drafts wait for their pages: keep the words, not the tables
    Utf8Html html = new Utf8Html(8192);
    renderer.render(tree, html);
    BodyDraft draft = BodyDraft.of(doc, html, prepared.titleId(), words, destinations);
    if (draft != null) {
      if (drafted.addAndGet(draft.size()) > plainDraftBytes) {
        draft = draft.deflated();
      }
      release(drafts.put(doc.path(), draft));
    }
  }

  /**
   * A drafted document's text is needed no more once the loader has checked it: its page is
   * finished from the draft. (Should a link of the draft not be published after all, the body is
   * rendered again from the text, read back from the file.)
   */
  @Override
  public boolean releasesText(Runbook doc) {
    BodyDraft draft = drafts.get(doc.path());
    return draft != null && draft.doc() == doc;
  }

  /**
   * A draft no longer waits: its bytes no longer count. {@code serve} drafts again on every save,
   * and a count that only grew would have deflated every draft after enough edits.
   */
  private void release(BodyDraft draft) {
    if (draft != null) {
      drafted.addAndGet(-draft.size());
    }
  }

  /** The bytes of HTML that drafts waiting for their render hold (as drafted). */
  long waitingBytes() {
    return drafted.get();
  }

  /** How many drafted bodies wait for their render. */
  public int drafts() {
    return drafts.size();
  }

  /** Whether {@code path}'s body is drafted and waits for its render. */
  boolean hasDraft(String path) {
    return drafts.containsKey(path);
  }

  /** Renders {@code doc}'s body; links are rewritten by {@code links} for the doc's page. */
  public RenderedBody render(Runbook doc, LinkRewriter links) {
    BodyDraft draft = drafts.remove(doc.path());
    release(draft);
    if (draft != null && draft.doc() == doc) {
      RenderedBody body = draft.finish(links);
      if (body != null) {
        return body;
      }
    }
    Node document = parser.document(doc.lines(), doc.frontMatter().endLine());
    SearchWords words = new SearchWords(vocabulary);
    BodyPreparer.Prepared prepared = preparer.prepare(document, doc, words);
    if (prepared.rawHtml()) {
      List<String> notes = RawHtmlGuard.guard(document).stream().map(n -> doc.path() + ":" + n).toList();
      String html = sanitizer.clean(html(document), dest -> links.rewrite(doc, dest), anchors(doc, prepared.titleId()));
      return new RenderedBody(html, prepared.titleId(), words, notes);
    }
    BodyPreparer.rewriteLinks(prepared, doc, links);
    Utf8Html html = new Utf8Html(8192);
    renderer.render(document, html);
    return RenderedBody.ofUtf8(html.toBytes(), prepared.titleId(), words);
  }

  /** What links may point at in {@code doc}'s body: its headings but the title, and its HTML ids. */
  private static Set<String> anchors(Runbook doc, String titleId) {
    Set<String> anchors = new HashSet<>(doc.htmlIds());
    for (dev.runbook.core.model.Heading h : doc.headings()) {
      anchors.add(h.anchor());
    }
    anchors.remove(titleId);
    return anchors;
  }

  private String html(Node document) {
    StringBuilder out = new StringBuilder(8192);
    renderer.render(document, out);
    return out.toString();
  }

  /** Ids on headings, classes on steps, code blocks in the tab order. */
  private static final class SiteAttributes implements AttributeProvider {
    @Override
    public void setAttributes(Node node, String tagName, Map<String, String> attributes) {
      if ("pre".equals(tagName)) {
        attributes.put("tabindex", HtmlSanitizer.CODE_BLOCK_TABINDEX);
      } else if (node instanceof org.commonmark.node.Heading && node.getFirstChild() instanceof HeadingAnchor a) {
        attributes.put("id", a.id);
        if (a.step) {
          attributes.put("class", "step");
        }
      } else if (node instanceof OrderedList && node.getParent() instanceof StepList) {
        attributes.put("class", "steps");
      } else if (node instanceof ListItem && node.getParent() != null
          && node.getParent().getParent() instanceof StepList) {
        attributes.put("class", "step");
      }
    }
  }
}
