package dev.runbook.core.parse;

import java.util.ArrayList;
import java.util.List;
import org.commonmark.node.Document;
import org.commonmark.node.Heading;
import org.commonmark.node.ListItem;
import org.commonmark.node.Node;
import org.commonmark.node.OrderedList;
import org.commonmark.node.SourceSpan;

/**
 * The blocks directly under a Markdown document, in order, with the line facts that fixes need:
 * which are headings, and for ordered lists where each item's marker stands. Items of nested
 * lists, and anything inside code blocks, block quotes or HTML, are not top level. Thread-safe.
 */
public final class TopLevelBlocks {
  /** What sort of top-level block. */
  public enum Kind {
    HEADING,
    ORDERED_LIST,
    OTHER
  }

  /**
   * One item of a top-level ordered list.
   *
   * @param line 1-based line of the marker
   * @param column 0-based column (UTF-16 units) where the marker's digits start
   * @param lastLine 1-based last line of the item, nested content included
   */
  public record Item(int line, int column, int lastLine) {}

  /**
   * One top-level block.
   *
   * @param firstLine 1-based first line
   * @param start the number the list's first marker says (ordered lists only, else 0)
   * @param items the list's items (ordered lists only)
   */
  public record Block(Kind kind, int firstLine, int start, List<Item> items) {
    public Block {
      items = List.copyOf(items);
    }
  }

  private final MarkdownParser markdown;

  public TopLevelBlocks(MarkdownParser markdown) {
    this.markdown = markdown;
  }

  /**
   * Scans a file's lines; the first {@code frontMatterLines} lines are treated as blank so line
   * numbers stay the file's.
   */
  public List<Block> scan(List<String> lines, int frontMatterLines) {
    Node doc = markdown.document(lines, frontMatterLines);
    List<Block> out = new ArrayList<>();
    for (Node n = doc.getFirstChild(); n != null; n = n.getNext()) {
      if (n.getSourceSpans().isEmpty() || !(n.getParent() instanceof Document)) {
        continue;
      }
      int first = n.getSourceSpans().get(0).getLineIndex() + 1;
      if (n instanceof Heading) {
        out.add(new Block(Kind.HEADING, first, 0, List.of()));
      } else if (n instanceof OrderedList list) {
        out.add(new Block(Kind.ORDERED_LIST, first, list.getMarkerStartNumber() == null ? 1
            : list.getMarkerStartNumber(), items(list)));
      } else {
        out.add(new Block(Kind.OTHER, first, 0, List.of()));
      }
    }
    return out;
  }

  private static List<Item> items(OrderedList list) {
    List<Item> items = new ArrayList<>();
    for (Node c = list.getFirstChild(); c != null; c = c.getNext()) {
      if (c instanceof ListItem item && !item.getSourceSpans().isEmpty()) {
        List<SourceSpan> spans = item.getSourceSpans();
        SourceSpan first = spans.get(0);
        SourceSpan last = spans.get(spans.size() - 1);
        items.add(new Item(first.getLineIndex() + 1, first.getColumnIndex(), last.getLineIndex() + 1));
      }
    }
    return items;
  }
}
