package dev.runbook.core.parse;

import java.util.List;
import org.commonmark.ext.gfm.tables.TableCell;
import org.commonmark.internal.InlineParserImpl;
import org.commonmark.node.ListItem;
import org.commonmark.node.Node;
import org.commonmark.node.Paragraph;
import org.commonmark.node.SoftLineBreak;
import org.commonmark.node.Text;
import org.commonmark.parser.InlineParser;
import org.commonmark.parser.InlineParserContext;
import org.commonmark.parser.SourceLine;
import org.commonmark.parser.SourceLines;

/**
 * The linter's inline parser: full CommonMark inline parsing only where the linter reads the
 * result. A block that cannot hold a link, image or HTML (no {@code [} and no {@code <}) and whose
 * plain text is never read is kept as its raw text: the linter needs the links, images, HTML and
 * the text of headings and of short list items, nothing else. About half of CommonMark's parse
 * time is inline parsing, and most runbook paragraphs hold none of these. The site renderer uses
 * the full parser ({@link MarkdownParser#document}). One instance per document.
 */
final class FactsInlineParser implements InlineParser {
  /**
   * A list item's plain text is read for "N/A"-style content, which is short; a paragraph longer
   * than this once markup characters are left out cannot be one.
   */
  static final int LIST_TEXT_READ = 60;

  private final InlineParserContext context;
  private final char[] markers;
  private InlineParser full;

  FactsInlineParser(InlineParserContext context) {
    this.context = context;
    this.markers = context.getCustomLinkMarkers().stream()
        .map(String::valueOf).reduce("[<", String::concat).toCharArray();
  }

  @Override
  public void parse(SourceLines lines, Node block) {
    if (needsFullParse(lines.getLines(), block)) {
      if (full == null) {
        full = new InlineParserImpl(context);
      }
      full.parse(lines, block);
      return;
    }
    List<SourceLine> content = lines.getLines();
    for (int i = 0; i < content.size(); i++) {
      if (i > 0) {
        block.appendChild(new SoftLineBreak());
      }
      block.appendChild(new Text(content.get(i).getContent().toString()));
    }
  }

  private boolean needsFullParse(List<SourceLine> content, Node block) {
    if (!(block instanceof Paragraph) && !(block instanceof TableCell)) {
      return true; // headings: their text is read whole
    }
    boolean textRead = insideListItem(block);
    int plain = 0;
    for (SourceLine line : content) {
      String s = line.getContent().toString();
      for (char m : markers) {
        if (s.indexOf(m) >= 0) {
          return true;
        }
      }
      if (textRead) {
        if (s.indexOf('&') >= 0) {
          return true;
        }
        plain += s.length() - count(s, '*') - count(s, '_') - count(s, '`') - count(s, '\\');
      }
    }
    return textRead && plain <= LIST_TEXT_READ;
  }

  private static boolean insideListItem(Node block) {
    for (Node n = block.getParent(); n != null; n = n.getParent()) {
      if (n instanceof ListItem) {
        return true;
      }
    }
    return false;
  }

  private static int count(String s, char c) {
    int n = 0;
    for (int i = s.indexOf(c); i >= 0; i = s.indexOf(c, i + 1)) {
      n++;
    }
    return n;
  }
}
