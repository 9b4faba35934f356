package dev.runbook.core.parse;

import dev.runbook.core.model.Runbook;
import org.commonmark.node.Node;

/**
 * Hears the full CommonMark tree of every document the loader parses, after the document's facts
 * were read from it: a site build renders each body there and then instead of parsing it again.
 * The tree is the listener's to change. Called on the loader's threads, so implementations must be
 * thread-safe.
 */
@FunctionalInterface
public interface TreeListener {
  void parsed(Runbook doc, Node tree);
}
