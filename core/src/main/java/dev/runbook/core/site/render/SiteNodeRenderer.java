package dev.runbook.core.site.render;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import org.commonmark.node.Node;
import org.commonmark.renderer.NodeRenderer;
import org.commonmark.renderer.html.HtmlNodeRendererContext;
import org.commonmark.renderer.html.HtmlWriter;

/** Renders the nodes the site adds to a parse tree. */
final class SiteNodeRenderer implements NodeRenderer {
  private final HtmlNodeRendererContext context;
  private final HtmlWriter html;

  SiteNodeRenderer(HtmlNodeRendererContext context) {
    this.context = context;
    this.html = context.getWriter();
  }

  @Override
  public Set<Class<? extends Node>> getNodeTypes() {
    return Set.of(HeadingAnchor.class, UnpublishedLink.class, StepList.class);
  }

  @Override
  public void render(Node node) {
    if (node instanceof HeadingAnchor a) {
      Map<String, String> attrs = new LinkedHashMap<>();
      attrs.put("class", "anchor");
      attrs.put("href", "#" + Hrefs.encode(a.id));
      html.tag("a", attrs);
      html.text("#");
      html.tag("/a");
    } else if (node instanceof UnpublishedLink u) {
      Map<String, String> attrs = new LinkedHashMap<>();
      attrs.put("class", "unpublished");
      attrs.put("title", u.reason);
      html.tag("span", attrs);
      renderChildren(node);
      html.tag("/span");
    } else {
      renderChildren(node);
    }
  }

  private void renderChildren(Node parent) {
    Node child = parent.getFirstChild();
    while (child != null) {
      Node next = child.getNext();
      context.render(child);
      child = next;
    }
  }
}
