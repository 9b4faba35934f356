package dev.runbook.core.site;

import dev.runbook.core.site.data.SearchIndex;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The search index of a served site, with a slot per document that stays while the document
 * does: a changed page replaces its slot's entry, a removed one frees it, a new one takes a free
 * slot (the index grows when none is left). The first documents get the slots a build gives them,
 * so the first index is the build's. Not thread-safe: slots are given out before pages render.
 */
final class SearchSlots {
  private final Map<String, Integer> slots = new HashMap<>();
  private final Deque<Integer> free = new ArrayDeque<>();
  private SearchIndex index;

  /** Slots 0 to n − 1 for the documents in order, as a build numbers them. */
  SearchSlots(List<String> documents) {
    index = new SearchIndex(documents.size());
    for (int i = 0; i < documents.size(); i++) {
      slots.put(documents.get(i), i);
    }
  }

  /** The index; a new object after {@link #slot} made it grow. */
  SearchIndex index() {
    return index;
  }

  /** The slot of a document, given one if it has none. */
  int slot(String document) {
    Integer slot = slots.get(document);
    if (slot != null) {
      return slot;
    }
    if (free.isEmpty()) {
      int had = index.slots();
      index = index.grown(Math.max(had * 2, had + 64));
      for (int i = had; i < index.slots(); i++) {
        free.add(i);
      }
    }
    slot = free.poll();
    slots.put(document, slot);
    return slot;
  }

  /** The slot a document was given; safe from many threads while no slot is given out. */
  int slotOf(String document) {
    return slots.get(document);
  }

  /** Takes a removed document out of the index and frees its slot. */
  void remove(String document) {
    Integer slot = slots.remove(document);
    if (slot != null) {
      index.remove(slot);
      free.add(slot);
    }
  }
}
