package dev.runbook.core.site.render;

import dev.runbook.core.model.LinkKind;
import dev.runbook.core.model.Runbook;
import dev.runbook.core.model.Section;
import dev.runbook.core.parse.HeadingAttributes;
import dev.runbook.core.site.data.SearchWords;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.regex.Pattern;
import org.commonmark.node.Code;
import org.commonmark.node.Document;
import org.commonmark.node.FencedCodeBlock;
import org.commonmark.node.Heading;
import org.commonmark.node.HtmlBlock;
import org.commonmark.node.HtmlInline;
import org.commonmark.node.Image;
import org.commonmark.node.IndentedCodeBlock;
import org.commonmark.node.Link;
import org.commonmark.node.Node;
import org.commonmark.node.OrderedList;
import org.commonmark.node.Text;

/**
 * One pass over a document's parse tree before rendering: gives every heading the linter's
 * anchor as its id, takes the title heading out (the page header shows it), marks the Steps
 * section's steps, drops HTML comments and collects the words for search; links are rewritten
 * afterwards ({@link #rewriteLinks}), once the set's index is known. Stateless; the tree is
 * changed in place.
 */
final class BodyPreparer {
  private static final Pattern STEP_HEADING = Pattern.compile("(?i)^\\W*step\\s*\\d+.*");
  private static final Pattern COMMENT = Pattern.compile("(?s)^\\s*<!--.*?-->\\s*$");

  private final SectionTitles steps;

  BodyPreparer(SectionTitles steps) {
    this.steps = steps;
  }

  /**
   * What the pass found. {@code titleId} is null when the body has no title heading; {@code
   * links} are the body's Markdown links and pictures in document order, still as written.
   */
  record Prepared(boolean rawHtml, String titleId, List<Node> links) {}

  /**
   * Prepares the tree; links are left as written, for {@link #rewriteLinks} or a draft to set.
   */
  Prepared prepare(Node document, Runbook doc, SearchWords words) {
    Walk walk = new Walk(doc, words);
    walk.run(document);
    walk.comments.forEach(Node::unlink);
    if (walk.titleNode != null) {
      walk.titleNode.unlink();
    }
    for (Node list : walk.stepLists) {
      StepList wrapper = new StepList();
      list.insertBefore(wrapper);
      wrapper.appendChild(list);
    }
    return new Prepared(walk.rawHtml, walk.titleId, walk.links);
  }

  /**
   * Sets every link's href, or replaces the link by its text when it is not published. Not
   * needed when raw HTML will be cleaned: the cleaning rewrites links.
   */
  static void rewriteLinks(Prepared prepared, Runbook doc, LinkRewriter links) {
    List<dev.runbook.core.model.Link> known = markdownLinks(doc);
    for (int i = 0; i < prepared.links().size(); i++) {
      Node node = prepared.links().get(i);
      Href href = hrefOf(doc, known, i, destination(node), links);
      if (!href.published()) {
        unpublish(node, href.reason());
      } else {
        setDestination(node, href.value());
      }
    }
  }

  /** The href of the {@code i}th link, whose destination is {@code dest}. */
  static Href hrefOf(Runbook doc, List<dev.runbook.core.model.Link> known, int i, String dest, LinkRewriter links) {
    dev.runbook.core.model.Link same = i < known.size() ? known.get(i) : null;
    return same != null && same.destination().equals(dest) ? links.rewrite(doc, same) : links.rewrite(doc, dest);
  }

  static String destination(Node node) {
    return node instanceof Link l ? l.getDestination() : ((Image) node).getDestination();
  }

  static void setDestination(Node node, String destination) {
    if (node instanceof Link l) {
      l.setDestination(destination);
    } else {
      ((Image) node).setDestination(destination);
    }
  }

  /**
   * The document's Markdown links and pictures as the linter's parse of the same text found
   * them, in document order like the walk's, so that each is resolved only once. One whose
   * destination differs from the walk's link at the same place is resolved again instead.
   */
  static List<dev.runbook.core.model.Link> markdownLinks(Runbook doc) {
    List<dev.runbook.core.model.Link> out = new ArrayList<>(doc.links().size());
    for (dev.runbook.core.model.Link l : doc.links()) {
      if (l.kind() != LinkKind.HTML) {
        out.add(l);
      }
    }
    return out;
  }

  private static void unpublish(Node node, String reason) {
    UnpublishedLink stand = new UnpublishedLink(reason);
    node.insertBefore(stand);
    while (node.getFirstChild() != null) {
      stand.appendChild(node.getFirstChild());
    }
    node.unlink();
  }

  /** The state of one pass, in document order. */
  private final class Walk {
    private final Runbook doc;
    private final SearchWords words;
    private final List<Node> links = new ArrayList<>();
    private final List<Node> comments = new ArrayList<>();
    private final List<Node> stepLists = new ArrayList<>();
    private int nextHeading;
    private int nextSection;
    private boolean inSteps;
    private boolean stepsByHeading;
    private boolean seenSection;
    private boolean rawHtml;
    private Node titleNode;
    private String titleId;

    Walk(Runbook doc, SearchWords words) {
      this.doc = doc;
      this.words = words;
    }

    void run(Node document) {
      Deque<Node> stack = new ArrayDeque<>();
      pushChildren(stack, document);
      while (!stack.isEmpty()) {
        Node node = stack.pop();
        visit(node);
        pushChildren(stack, node);
      }
    }

    private void pushChildren(Deque<Node> stack, Node node) {
      for (Node c = node.getLastChild(); c != null; c = c.getPrevious()) {
        stack.push(c);
      }
    }

    private void visit(Node node) {
      if (node instanceof Heading h) {
        heading(h);
      } else if (node instanceof Link || node instanceof Image) {
        links.add(node);
      } else if (node instanceof Text t) {
        words.add(t.getLiteral());
      } else if (node instanceof Code c) {
        words.add(c.getLiteral());
      } else if (node instanceof FencedCodeBlock f) {
        words.add(f.getLiteral());
      } else if (node instanceof IndentedCodeBlock i) {
        words.add(i.getLiteral());
      } else if (node instanceof HtmlBlock b) {
        html(node, b.getLiteral());
      } else if (node instanceof HtmlInline i) {
        html(node, i.getLiteral());
      } else if (node instanceof OrderedList && node.getParent() instanceof Document
          && inSteps && !stepsByHeading) {
        stepLists.add(node);
      }
    }

    private void html(Node node, String literal) {
      if (COMMENT.matcher(literal).matches()) {
        comments.add(node);
      } else {
        rawHtml = true;
      }
    }

    private void heading(Heading h) {
      List<dev.runbook.core.model.Heading> model = doc.headings();
      String id = nextHeading < model.size() ? model.get(nextHeading).anchor() : "section-" + nextHeading;
      nextHeading++;
      boolean topLevel = h.getParent() instanceof Document;
      if (topLevel && h.getLevel() <= 2) {
        inSteps = false;
        stepsByHeading = false;
      }
      if (topLevel && h.getLevel() == 2) {
        seenSection = true;
        Section section = nextSection < doc.sections().size() ? doc.sections().get(nextSection) : null;
        nextSection++;
        inSteps = steps.matches(PlainText.of(h));
        stepsByHeading = inSteps && section != null && section.hasStepHeadings();
      }
      boolean step = stepsByHeading && h.getLevel() >= 3 && STEP_HEADING.matcher(PlainText.of(h)).matches();
      if (topLevel && h.getLevel() == 1 && titleNode == null && !seenSection) {
        titleNode = h;
        titleId = id;
      }
      dropAttributeList(h);
      h.prependChild(new HeadingAnchor(id, step));
    }

    /** A trailing {@code {#id}} gives the heading its id (in the model) and is no part of its text. */
    private static void dropAttributeList(Heading h) {
      Node last = h.getLastChild();
      if (last instanceof Text t) {
        String kept = HeadingAttributes.strip(t.getLiteral());
        if (kept.length() != t.getLiteral().length()) {
          t.setLiteral(kept.stripTrailing());
        }
      }
    }
  }
}
