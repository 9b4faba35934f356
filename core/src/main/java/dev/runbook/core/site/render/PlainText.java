package dev.runbook.core.site.render;

import org.commonmark.node.Code;
import org.commonmark.node.Node;
import org.commonmark.node.Text;

/** The text of an inline tree (a heading), without markup. */
final class PlainText {
  private PlainText() {}

  static String of(Node node) {
    StringBuilder sb = new StringBuilder();
    append(node, sb);
    return sb.toString().strip();
  }

  private static void append(Node node, StringBuilder sb) {
    for (Node c = node.getFirstChild(); c != null; c = c.getNext()) {
      if (c instanceof Text t) {
        sb.append(t.getLiteral());
      } else if (c instanceof Code code) {
        sb.append(code.getLiteral());
      } else {
        append(c, sb);
      }
    }
  }
}
