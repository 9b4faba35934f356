package dev.runbook.core.parse;

import dev.runbook.core.model.CodeBlock;
import dev.runbook.core.model.Heading;
import dev.runbook.core.model.Link;
import dev.runbook.core.model.LinkKind;
import dev.runbook.core.model.Position;
import dev.runbook.core.model.Section;
import dev.runbook.core.model.SlugDialect;
import dev.runbook.core.model.Suppression;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.Deque;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import org.commonmark.ext.gfm.tables.TablesExtension;
import org.commonmark.node.Document;
import org.commonmark.node.FencedCodeBlock;
import org.commonmark.node.HtmlBlock;
import org.commonmark.node.HtmlInline;
import org.commonmark.node.Image;
import org.commonmark.node.IndentedCodeBlock;
import org.commonmark.node.ListItem;
import org.commonmark.node.Node;
import org.commonmark.node.OrderedList;
import org.commonmark.node.SourceSpan;
import org.commonmark.parser.IncludeSourceSpans;
import org.commonmark.parser.Parser;

/**
 * Parses a Markdown body (front matter already blanked, so line numbers are the file's) into
 * headings, H2 sections with their facts, links, code blocks, HTML ids and suppressions. The
 * linter alone keeps nothing of the syntax tree; a site build takes each full tree from {@link
 * RunbookParser} (see {@link TreeListener}). Thread-safe: the CommonMark parser is immutable.
 */
public final class MarkdownParser {
  /** Deep nesting beyond this becomes text rather than a deeper tree. */
  private static final int MAX_OPEN_BLOCKS = 256;

  private static final Pattern STEP_HEADING =
      Pattern.compile("(?i)^\\W*(?:step\\s*\\d+|\\d+[.):]\\s).*");
  /** An HTML block of nothing but comments: readers see nothing of it. */
  private static final Pattern ONLY_COMMENTS = Pattern.compile("\\s*(?:<!--.*?-->\\s*)+", Pattern.DOTALL);
  private static final Pattern NOT_ACTIONABLE =
      Pattern.compile(
          "(?i)^\\s*(n/?a|none|not applicable|nothing( to (roll ?back|undo))?|no rollback( (is )?(needed|required|possible))?)\\s*[.!]?\\s*$");

  /** An ATX heading's opening: up to three spaces, one to six {@code #}, then space or the end. */
  private static final Pattern ATX = Pattern.compile("[ ]{0,3}#{1,6}(?:[ \\t]+|$)");
  /** An ATX heading's optional closing sequence. */
  private static final Pattern ATX_CLOSE = Pattern.compile("(?:^|[ \\t]+)#+[ \\t]*$");

  private final SlugDialect slugs;
  private final Parser parser = builder().build();
  /** The same parser, with inline parsing only where the linter reads it ({@link FactsInlineParser}). */
  private final Parser factsParser = builder().inlineParserFactory(FactsInlineParser::new).build();

  private static Parser.Builder builder() {
    return Parser.builder()
        .extensions(List.of(TablesExtension.create()))
        .includeSourceSpans(IncludeSourceSpans.BLOCKS)
        .maxOpenBlockParsers(MAX_OPEN_BLOCKS);
  }

  /** What one body contains. */
  public record Result(
      List<Heading> headings,
      List<Section> sections,
      List<Link> links,
      List<CodeBlock> codeBlocks,
      BitSet codeLines,
      Set<String> htmlIds,
      List<Suppression> suppressions) {}

  /** A parser whose heading anchors are GitHub's. */
  public MarkdownParser() {
    this(SlugDialect.GITHUB);
  }

  /** A parser whose heading anchors are those of {@code slugs} ({@code links.slugs}). */
  public MarkdownParser(SlugDialect slugs) {
    this.slugs = java.util.Objects.requireNonNull(slugs, "slugs");
  }

  /** Whose heading anchors this parser gives. */
  public SlugDialect slugs() {
    return slugs;
  }

  /** The full parser, for tests that parse a body text the old way. */
  Parser commonmark() {
    return parser;
  }

  /**
   * Parses a file's lines; the first {@code frontMatterLines} are read as blank, so line numbers
   * stay the file's.
   */
  public Result parse(List<String> lines, int frontMatterLines) {
    return resultOf(parse(factsParser, lines, frontMatterLines), lines);
  }

  /** As {@link #parse(List, int)} with every inline parsed: what the facts must equal (tests). */
  Result parseFully(List<String> lines, int frontMatterLines) {
    return resultOf(document(lines, frontMatterLines), lines);
  }

  /**
   * The full CommonMark tree of a file's lines, the first {@code frontMatterLines} read as blank
   * so line numbers stay the file's: what the site renders and the fixers read.
   */
  public Node document(List<String> lines, int frontMatterLines) {
    return parse(parser, lines, frontMatterLines);
  }

  private static Node parse(Parser with, List<String> lines, int frontMatterLines) {
    try {
      return with.parseReader(new LinesReader(lines, frontMatterLines));
    } catch (IOException e) {
      throw new UncheckedIOException("reading from memory cannot fail", e);
    }
  }

  /** The facts of a parsed document whose source is {@code lines}. */
  Result resultOf(Node document, List<String> lines) {
    Walk walk = new Walk(lines, new InlineLocator(lines), HeadingIds.of(slugs));
    walk.run(document);
    return walk.result();
  }

  /** One pass over the tree, in document order. */
  private static final class Walk {
    private final int lineCount;
    private final InlineLocator locator;
    private final List<String> source;
    private final HeadingIds ids;
    private final List<Heading> headings = new ArrayList<>();
    private final List<Section> sections = new ArrayList<>();
    private final List<Link> links = new ArrayList<>();
    private final List<CodeBlock> codeBlocks = new ArrayList<>();
    private final BitSet codeLines = new BitSet();
    private final Set<String> htmlIds = new HashSet<>();
    private final SuppressionCollector suppressions = new SuppressionCollector();

    private Heading sectionHeading;
    private boolean hasContent;
    private boolean hasOrderedList;
    private boolean hasStepHeadings;
    private int actionable;

    Walk(List<String> source, InlineLocator locator, HeadingIds ids) {
      this.source = source;
      this.locator = locator;
      this.lineCount = Math.max(1, source.size());
      this.ids = ids;
    }

    void run(Node document) {
      Deque<Node> stack = new ArrayDeque<>();
      pushChildren(stack, document);
      while (!stack.isEmpty()) {
        Node node = stack.pop();
        visit(node);
        if (!(node instanceof org.commonmark.node.Heading)) {
          pushChildren(stack, node);
        }
      }
      closeSection(lineCount);
    }

    private static void pushChildren(Deque<Node> stack, Node node) {
      for (Node c = node.getLastChild(); c != null; c = c.getPrevious()) {
        stack.push(c);
      }
    }

    private void visit(Node node) {
      boolean topLevel = node.getParent() instanceof Document;
      if (node instanceof org.commonmark.node.Heading h) {
        heading(h, topLevel);
        visitInlineLinks(h);
        return;
      }
      if (topLevel && sectionHeading != null && !isOnlyComments(node)) {
        hasContent = true;
      }
      if (node instanceof OrderedList) {
        hasOrderedList = true;
      } else if (node instanceof ListItem item) {
        if (!NOT_ACTIONABLE.matcher(Nodes.plainText(item, 80)).matches()) {
          actionable++;
        }
      } else if (node instanceof FencedCodeBlock f) {
        code(f, f.getInfo(), f.getLiteral(), 1);
        if (f.getClosingFenceLength() == null && reachesTheEnd(f)) {
          CodeBlock open = codeBlocks.remove(codeBlocks.size() - 1);
          codeBlocks.add(new CodeBlock(open.info(), open.literal(), open.firstLine(), Nodes.firstLine(f), true));
        }
      } else if (node instanceof IndentedCodeBlock i) {
        code(i, "", i.getLiteral(), 0);
      } else if (node instanceof org.commonmark.node.Link l) {
        links.add(new Link(l.getDestination(), LinkKind.LINK, locator.locate(l, l.getDestination())));
      } else if (node instanceof Image img) {
        links.add(new Link(img.getDestination(), LinkKind.IMAGE, locator.locate(img, img.getDestination())));
      } else if (node instanceof HtmlBlock b) {
        html(b, b.getLiteral());
      } else if (node instanceof HtmlInline i) {
        html(i, i.getLiteral());
      }
    }

    /** A comment shows nothing, so a section that holds only comments is still empty. */
    private static boolean isOnlyComments(Node node) {
      return node instanceof HtmlBlock b && ONLY_COMMENTS.matcher(b.getLiteral()).matches();
    }

    /** Heading children are not pushed, so links inside a heading are collected here. */
    private void visitInlineLinks(org.commonmark.node.Heading h) {
      Deque<Node> stack = new ArrayDeque<>();
      pushChildren(stack, h);
      while (!stack.isEmpty()) {
        Node n = stack.pop();
        if (n instanceof org.commonmark.node.Link || n instanceof Image || n instanceof HtmlInline) {
          visit(n);
        }
        pushChildren(stack, n);
      }
    }

    private void heading(org.commonmark.node.Heading h, boolean topLevel) {
      String written = Nodes.plainText(h, 500).strip();
      Optional<String> explicit = HeadingAttributes.id(written);
      String text = HeadingAttributes.strip(written).strip();
      String anchor = explicit.orElseGet(
          () -> ids.next(new HeadingSource(text, HeadingAttributes.strip(markdownOf(h, written)).strip())));
      Heading heading = new Heading(h.getLevel(), text, anchor, Nodes.position(h));
      headings.add(heading);
      if (h.getLevel() == 2 && topLevel) {
        closeSection(heading.position().line() - 1);
        sectionHeading = heading;
        return;
      }
      if (sectionHeading != null) {
        if (topLevel) {
          hasContent = true;
        }
        if (h.getLevel() >= 3 && STEP_HEADING.matcher(text).matches()) {
          hasStepHeadings = true;
        }
      }
    }

    /**
     * The heading's Markdown as written on its (last) line, without the {@code #} marks or a
     * closing sequence: what Hugo and kramdown read. Its text where the source is not at hand.
     */
    private String markdownOf(org.commonmark.node.Heading h, String text) {
      List<SourceSpan> spans = h.getSourceSpans();
      if (spans.isEmpty()) {
        return text;
      }
      boolean atx = ATX.matcher(line(spans.get(0))).lookingAt();
      // A setext heading's last span is its underline.
      SourceSpan last = spans.get(atx || spans.size() == 1 ? spans.size() - 1 : spans.size() - 2);
      String written = line(last);
      if (atx) {
        written = ATX_CLOSE.matcher(ATX.matcher(written).replaceFirst("")).replaceFirst("");
      }
      return written.strip();
    }

    private String line(SourceSpan span) {
      int index = span.getLineIndex();
      if (index < 0 || index >= source.size()) {
        return "";
      }
      String line = source.get(index);
      int from = Math.min(span.getColumnIndex(), line.length());
      return line.substring(from, Math.min(line.length(), from + span.getLength()));
    }

    private void closeSection(int endLine) {
      if (sectionHeading != null) {
        sections.add(
            new Section(
                sectionHeading,
                Math.max(endLine, sectionHeading.position().line()),
                hasContent,
                hasOrderedList,
                hasStepHeadings,
                actionable));
      }
      sectionHeading = null;
      hasContent = false;
      hasOrderedList = false;
      hasStepHeadings = false;
      actionable = 0;
    }

    private void code(Node block, String info, String literal, int fenceLines) {
      List<SourceSpan> spans = block.getSourceSpans();
      for (SourceSpan s : spans) {
        codeLines.set(s.getLineIndex() + 1);
      }
      int first = Nodes.firstLine(block) + fenceLines;
      codeBlocks.add(new CodeBlock(info == null ? "" : info.strip(), literal, first));
      actionable++;
    }

    /**
     * Whether an unclosed fence reaches the end of the file: inside a list item or block quote it
     * ends with its container instead, swallowing nothing after it.
     */
    private boolean reachesTheEnd(FencedCodeBlock f) {
      List<SourceSpan> spans = f.getSourceSpans();
      if (spans.isEmpty()) {
        return false;
      }
      int last = spans.get(spans.size() - 1).getLineIndex() + 1;
      for (int n = last + 1; n <= source.size(); n++) {
        if (!source.get(n - 1).isBlank()) {
          return false;
        }
      }
      return true;
    }

    private void html(Node node, String literal) {
      Position start = node instanceof HtmlInline ? locator.locate(node, literal) : Nodes.position(node);
      for (HtmlScanner.UrlAttr url : HtmlScanner.urls(literal)) {
        links.add(new Link(url.url(), LinkKind.HTML, offset(start, literal, url.offset())));
      }
      HtmlScanner.ids(literal, htmlIds);
      for (HtmlScanner.Directive d : HtmlScanner.directives(literal)) {
        int endOfComment = literal.indexOf("-->", d.offset());
        int line = offset(start, literal, endOfComment < 0 ? d.offset() : endOfComment).line();
        suppressions.add(d.kind(), d.rules(), line);
      }
    }

    private static Position offset(Position start, String text, int index) {
      int line = start.line();
      int col = start.column();
      for (int i = 0; i < index && i < text.length(); i++) {
        int lineBreak = LineBreaks.at(text, i);
        if (lineBreak > 0) {
          line++;
          col = 1;
          i += lineBreak - 1;
        } else {
          col++;
        }
      }
      return new Position(line, col);
    }

    Result result() {
      return new Result(
          headings, sections, links, codeBlocks, codeLines, htmlIds, suppressions.finish());
    }
  }
}
