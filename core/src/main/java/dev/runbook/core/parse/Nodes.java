package dev.runbook.core.parse;

import dev.runbook.core.model.Position;
import java.util.ArrayDeque;
import java.util.Deque;
import org.commonmark.node.Code;
import org.commonmark.node.HardLineBreak;
import org.commonmark.node.Node;
import org.commonmark.node.SoftLineBreak;
import org.commonmark.node.SourceSpan;
import org.commonmark.node.Text;

/** Small iterative helpers over CommonMark nodes (no recursion: documents may nest deeply). */
final class Nodes {
  private Nodes() {}

  static Position position(Node node) {
    if (node.getSourceSpans().isEmpty()) {
      return Position.START;
    }
    SourceSpan s = node.getSourceSpans().get(0);
    return new Position(s.getLineIndex() + 1, s.getColumnIndex() + 1);
  }

  static int firstLine(Node node) {
    return node.getSourceSpans().isEmpty() ? 1 : node.getSourceSpans().get(0).getLineIndex() + 1;
  }

  /** The visible text of a node and its descendants, up to {@code limit} characters. */
  static String plainText(Node node, int limit) {
    StringBuilder out = new StringBuilder();
    Deque<Node> stack = new ArrayDeque<>();
    for (Node c = node.getLastChild(); c != null; c = c.getPrevious()) {
      stack.push(c);
    }
    while (!stack.isEmpty() && out.length() < limit) {
      Node n = stack.pop();
      if (n instanceof Text t) {
        out.append(t.getLiteral());
      } else if (n instanceof Code c) {
        out.append(c.getLiteral());
      } else if (n instanceof SoftLineBreak || n instanceof HardLineBreak) {
        out.append(' ');
      }
      for (Node c = n.getLastChild(); c != null; c = c.getPrevious()) {
        stack.push(c);
      }
    }
    return out.length() > limit ? out.substring(0, limit) : out.toString();
  }
}
