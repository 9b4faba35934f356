package dev.runbook.core.site.render;

import org.commonmark.node.CustomNode;

/**
 * Put first inside a heading: its id (the linter's anchor) and whether it is a step heading.
 * Rendered as the permalink shown on hover.
 */
final class HeadingAnchor extends CustomNode {
  final String id;
  final boolean step;

  HeadingAnchor(String id, boolean step) {
    this.id = id;
    this.step = step;
  }
}
