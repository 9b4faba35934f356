package dev.runbook.core.rules.external;

import java.net.URI;
import java.util.ArrayDeque;
import java.util.Collection;
import java.util.Deque;
import java.util.HashMap;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * The URLs still to check, handed out so that no host has more than {@code perHost} of them in
 * flight. A worker that finds every waiting URL's host busy waits rather than taking one. Hosts
 * take turns in the order they first appeared. Thread-safe.
 */
final class HostQueue {
  private final int perHost;
  private final Map<String, Deque<URI>> waiting = new LinkedHashMap<>();
  private final Map<String, Integer> inFlight = new HashMap<>();

  HostQueue(Collection<URI> uris, int perHost) {
    this.perHost = perHost;
    for (URI uri : uris) {
      waiting.computeIfAbsent(host(uri), h -> new ArrayDeque<>()).add(uri);
    }
  }

  static String host(URI uri) {
    return uri.getHost().toLowerCase(Locale.ROOT);
  }

  /**
   * The next URL whose host has a free slot, waiting for one if needed; empty when nothing is left
   * to hand out. The caller must call {@link #done} with it.
   */
  synchronized Optional<URI> take() throws InterruptedException {
    while (!waiting.isEmpty()) {
      Iterator<Map.Entry<String, Deque<URI>>> hosts = waiting.entrySet().iterator();
      while (hosts.hasNext()) {
        Map.Entry<String, Deque<URI>> host = hosts.next();
        int busy = inFlight.getOrDefault(host.getKey(), 0);
        if (busy < perHost) {
          URI next = host.getValue().poll();
          hosts.remove();
          if (!host.getValue().isEmpty()) {
            // Back of the line, so the other hosts get a turn first.
            waiting.put(host.getKey(), host.getValue());
          }
          inFlight.put(host.getKey(), busy + 1);
          return Optional.of(next);
        }
      }
      wait();
    }
    return Optional.empty();
  }

  /** Frees the slot {@link #take} gave out for {@code uri}. */
  synchronized void done(URI uri) {
    inFlight.merge(host(uri), -1, Integer::sum);
    notifyAll();
  }
}
