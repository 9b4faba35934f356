package dev.runbook.core.site.render;

import org.commonmark.node.CustomNode;

/** Stands in for a link or picture that is not published: its text, and why, as a tooltip. */
final class UnpublishedLink extends CustomNode {
  final String reason;

  UnpublishedLink(String reason) {
    this.reason = reason;
  }
}
