package dev.runbook.core.parse;

import dev.runbook.core.model.Position;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import org.commonmark.node.Node;
import org.commonmark.node.SourceSpan;

/**
 * Finds where an inline node's text stands, from its block's source spans. CommonMark's inline
 * spans cost about 40% of parse time; links are rare, so they are located by searching their
 * block's lines instead, left to right, so repeated links get their own positions. One instance
 * per document; not thread-safe.
 */
final class InlineLocator {
  private final List<String> lines;
  /** Per block: index of the span and column from which the next search starts. */
  private final Map<Node, int[]> cursors = new IdentityHashMap<>();

  InlineLocator(List<String> lines) {
    this.lines = lines;
  }

  /**
   * The position of {@code needle} inside the block that holds {@code inline}, searching after
   * the previous hit in that block; the block's start when it cannot be found (a reference link,
   * an escaped destination).
   */
  Position locate(Node inline, String needle) {
    Node block = inline;
    while (block != null && block.getSourceSpans().isEmpty()) {
      block = block.getParent();
    }
    if (block == null) {
      return Position.START;
    }
    List<SourceSpan> spans = block.getSourceSpans();
    int[] cursor = cursors.computeIfAbsent(block, b -> new int[] {0, spans.get(0).getColumnIndex()});
    if (!needle.isEmpty()) {
      for (int i = cursor[0]; i < spans.size(); i++) {
        SourceSpan s = spans.get(i);
        String line = s.getLineIndex() < lines.size() ? lines.get(s.getLineIndex()) : "";
        int from = i == cursor[0] ? cursor[1] : s.getColumnIndex();
        int end = Math.min(line.length(), s.getColumnIndex() + s.getLength());
        int at = from <= end ? line.indexOf(needle, from) : -1;
        if (at >= 0 && at + needle.length() <= end) {
          cursor[0] = i;
          cursor[1] = at + needle.length();
          return new Position(s.getLineIndex() + 1, at + 1);
        }
      }
    }
    SourceSpan first = spans.get(0);
    return new Position(first.getLineIndex() + 1, first.getColumnIndex() + 1);
  }
}
