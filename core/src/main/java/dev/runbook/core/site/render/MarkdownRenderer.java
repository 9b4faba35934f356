package dev.runbook.core.site.render;

import dev.runbook.core.config.Config;
import dev.runbook.core.model.Runbook;
import dev.runbook.core.parse.MarkdownParser;
import dev.runbook.core.site.data.SearchWords;
import dev.runbook.core.site.data.Vocabulary;
import java.util.List;
import java.util.Map;
import org.commonmark.ext.gfm.tables.TablesExtension;
import org.commonmark.node.ListItem;
import org.commonmark.node.Node;
import org.commonmark.node.OrderedList;
import org.commonmark.renderer.html.AttributeProvider;
import org.commonmark.renderer.html.HtmlRenderer;

/**
 * A document's Markdown body to safe HTML, read by the linter's own CommonMark parser so that
 * both see the same headings and links. Thread-safe: parser, renderer and sanitizer are
 * immutable, the vocabulary is thread-safe and the per-document state lives in the parse tree.
 */
public final class MarkdownRenderer {
  private final MarkdownParser parser = new MarkdownParser();
  private final HtmlRenderer renderer = HtmlRenderer.builder()
      .extensions(List.of(TablesExtension.create()))
      .nodeRendererFactory(SiteNodeRenderer::new)
      .attributeProviderFactory(context -> new SiteAttributes())
      .build();
  private final HtmlSanitizer sanitizer = new HtmlSanitizer();
  private final BodyPreparer preparer;
  private final Vocabulary vocabulary = new Vocabulary();

  public MarkdownRenderer(Config config) {
    this.preparer = new BodyPreparer(SectionTitles.steps(config));
  }

  /** Renders {@code doc}'s body; links are rewritten by {@code links} for the doc's page. */
  public RenderedBody render(Runbook doc, LinkRewriter links) {
    Node document = parser.document(doc.lines(), doc.frontMatter().endLine());
    SearchWords words = new SearchWords(vocabulary);
    BodyPreparer.Prepared prepared = preparer.prepare(document, doc, links, words);
    StringBuilder out = new StringBuilder(8192);
    renderer.render(document, out);
    String html = out.toString();
    if (prepared.rawHtml()) {
      html = sanitizer.clean(html, dest -> links.rewrite(doc, dest));
    }
    return new RenderedBody(html, prepared.titleId(), prepared.hasSteps(), words);
  }

  /** Ids on headings, classes on steps. */
  private static final class SiteAttributes implements AttributeProvider {
    @Override
    public void setAttributes(Node node, String tagName, Map<String, String> attributes) {
      if (node instanceof org.commonmark.node.Heading && node.getFirstChild() instanceof HeadingAnchor a) {
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
