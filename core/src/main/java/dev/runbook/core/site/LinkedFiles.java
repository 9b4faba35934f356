package dev.runbook.core.site;

import dev.runbook.core.model.Link;
import dev.runbook.core.model.LinkTarget;
import dev.runbook.core.model.Runbook;
import dev.runbook.core.model.SetIndex;
import dev.runbook.core.site.render.PublishedFiles;
import java.util.Collection;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * The files (pictures, PDFs) a served site publishes, by the document that links to them, so
 * that a file no document links to any more leaves the site. Not thread-safe.
 */
final class LinkedFiles {
  private final Map<String, Set<String>> byDocument = new HashMap<>();

  /**
   * Records what the rendered documents link to now and forgets the documents that are gone;
   * true when the set of published files may have changed.
   */
  boolean update(Collection<Runbook> rendered, Collection<String> gone, SetIndex index, PublishedFiles files) {
    boolean changed = false;
    for (Runbook doc : rendered) {
      Set<String> linked = new TreeSet<>();
      for (Link link : doc.links()) {
        LinkTarget t = index.resolve(doc, link);
        if (t.kind() == LinkTarget.Kind.INTERNAL && t.document().isEmpty() && t.exists() && files.publish(t.path())) {
          linked.add(t.path());
        }
      }
      Set<String> had = linked.isEmpty() ? byDocument.remove(doc.path()) : byDocument.put(doc.path(), linked);
      changed |= !linked.equals(had == null ? Set.of() : had);
    }
    for (String doc : gone) {
      changed |= byDocument.remove(doc) != null;
    }
    return changed;
  }

  /** Every published file, sorted. */
  Set<String> all() {
    Set<String> all = new TreeSet<>();
    byDocument.values().forEach(all::addAll);
    return all;
  }
}
