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

  /**
   * Whether the loader may let {@code doc}'s text go once it has checked the file on its own
   * ({@link dev.runbook.core.model.PackedLines#release}): true when this listener has what it needs
   * of the document. Should anything ask for the text later, it is read back from the file.
   */
  default boolean releasesText(Runbook doc) {
    return false;
  }
}
