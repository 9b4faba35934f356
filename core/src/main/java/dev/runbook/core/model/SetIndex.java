package dev.runbook.core.model;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * Read-only facts about the whole set, computed once: resolved links, categories (SPEC §2.4),
 * which runbooks the index pages reach, and backlinks. Thread-safe after construction.
 */
public final class SetIndex {
  private final RunbookSet set;
  private final LinkResolver resolver;
  private final Map<String, String> categories = new HashMap<>();
  private final Set<String> reachable = new LinkedHashSet<>();
  private final Map<String, Set<String>> backlinks = new HashMap<>();
  /** Every link of every document, resolved once; rules ask many times. */
  private final Map<Link, LinkTarget> resolved = new java.util.IdentityHashMap<>();
  private final Map<String, List<String>> pathsByFolder = new HashMap<>();

  public SetIndex(RunbookSet set) {
    this.set = set;
    this.resolver = new LinkResolver(set);
    collectBacklinks();
    walkIndexPages();
  }

  public RunbookSet set() {
    return set;
  }

  public LinkTarget resolve(Runbook from, Link link) {
    LinkTarget t = resolved.get(link);
    return t != null ? t : resolver.resolve(from, link.destination());
  }

  /** Paths of the documents directly in a folder ("" for the root), sorted. */
  public List<String> pathsIn(String folder) {
    return pathsByFolder.getOrDefault(folder, List.of());
  }

  public LinkTarget resolve(Runbook from, String destination) {
    return resolver.resolve(from, destination);
  }

  /** True when an index page links to the runbook, directly or through other index pages. */
  public boolean isLinkedFromIndex(Runbook r) {
    return reachable.contains(r.path());
  }

  /** {@code category} front matter, else the index heading above its first link, else folder. */
  public String category(Runbook r) {
    return r.frontMatter().string("category").orElseGet(() -> {
      String fromIndex = categories.get(r.path());
      if (fromIndex != null) {
        return fromIndex;
      }
      String folder = r.folder();
      if (!folder.isEmpty()) {
        return humanise(folder.substring(folder.lastIndexOf('/') + 1));
      }
      return "Uncategorized";
    });
  }

  /** Paths of the documents that link to {@code path}, sorted. */
  public List<String> backlinks(String path) {
    return List.copyOf(backlinks.getOrDefault(path, new TreeSet<>()));
  }

  /** Breadth-first from the root index through index pages, in link order. */
  private void walkIndexPages() {
    Deque<Runbook> queue = new ArrayDeque<>();
    Set<String> seen = new LinkedHashSet<>();
    set.rootIndex().ifPresentOrElse(queue::add, () -> {
      for (Runbook r : set.documents()) {
        if (r.kind() == DocumentKind.INDEX) {
          queue.add(r);
        }
      }
    });
    queue.forEach(r -> seen.add(r.path()));
    while (!queue.isEmpty()) {
      Runbook index = queue.poll();
      for (Link link : index.links()) {
        LinkTarget t = resolve(index, link);
        if (t.kind() != LinkTarget.Kind.INTERNAL || t.document().isEmpty()) {
          continue;
        }
        Runbook target = t.document().get();
        if (target.kind() == DocumentKind.INDEX) {
          if (seen.add(target.path())) {
            queue.add(target);
          }
        } else if (target != index) {
          reachable.add(target.path());
          categories.putIfAbsent(target.path(), headingAbove(index, link.position().line()));
        }
      }
    }
  }

  private static String headingAbove(Runbook index, int line) {
    Heading best = null;
    for (Heading h : index.headings()) {
      if (h.position().line() < line && h.level() > 1) {
        best = h;
      }
    }
    return best == null ? null : cleanHeading(best.text());
  }

  /** "🚀 Startup Procedures" → "Startup Procedures". */
  static String cleanHeading(String text) {
    int start = 0;
    while (start < text.length() && !Character.isLetterOrDigit(text.codePointAt(start))) {
      start += Character.charCount(text.codePointAt(start));
    }
    int end = text.length();
    while (end > start && !Character.isLetterOrDigit(text.codePointBefore(end))) {
      end -= Character.charCount(text.codePointBefore(end));
    }
    String cleaned = text.substring(start, end).strip();
    return cleaned.isEmpty() ? null : cleaned;
  }

  private static String humanise(String folder) {
    String words = folder.replace('-', ' ').replace('_', ' ').strip();
    return words.isEmpty() ? "Uncategorized" : Character.toUpperCase(words.charAt(0)) + words.substring(1);
  }

  private void collectBacklinks() {
    for (Runbook from : set.documents()) {
      pathsByFolder.computeIfAbsent(from.folder(), k -> new ArrayList<>()).add(from.path());
      for (Link link : from.links()) {
        LinkTarget t = resolver.resolve(from, link.destination());
        resolved.put(link, t);
        if (t.kind() == LinkTarget.Kind.INTERNAL && t.document().isPresent() && !t.path().equals(from.path())) {
          backlinks.computeIfAbsent(t.path(), k -> new TreeSet<>()).add(from.path());
        }
      }
    }
  }

  /** Runbooks per category, categories sorted, runbooks by title. For listings. */
  public Map<String, List<Runbook>> byCategory() {
    Map<String, List<Runbook>> out = new TreeMap<>();
    for (Runbook r : set.runbooks()) {
      out.computeIfAbsent(category(r), k -> new ArrayList<>()).add(r);
    }
    out.values().forEach(list -> list.sort(java.util.Comparator.comparing(Runbook::title)));
    return out;
  }
}
