package dev.runbook.core.site;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The notes each document's last rendering left (raw HTML the site had to close or show as text),
 * by document path: a new rendering replaces its document's notes. Thread-safe.
 */
final class BodyNotes {
  private final Map<String, List<String>> byDocument = new ConcurrentHashMap<>();

  /** Records {@code notes} as the notes of {@code document}'s latest rendering. */
  void put(String document, List<String> notes) {
    if (notes.isEmpty()) {
      byDocument.remove(document);
    } else {
      byDocument.put(document, List.copyOf(notes));
    }
  }

  /** Forgets a document that is gone. */
  void remove(String document) {
    byDocument.remove(document);
  }

  /** Every note, unsorted. */
  List<String> all() {
    List<String> out = new ArrayList<>();
    byDocument.values().forEach(out::addAll);
    return out;
  }
}
