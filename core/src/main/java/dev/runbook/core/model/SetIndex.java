package dev.runbook.core.model;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Deque;
import java.util.HashMap;
import java.util.HashSet;
import java.util.IdentityHashMap;
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
  private final Map<Link, LinkTarget> resolved;
  private final Map<String, List<String>> pathsByFolder = new HashMap<>();

  public SetIndex(RunbookSet set) {
    this.set = set;
    this.resolver = new LinkResolver(set);
    this.resolved = new IdentityHashMap<>();
    collectBacklinks();
    walkIndexPages();
  }

  /**
   * The index of a later version of this index's set.
   *
   * @param index answers every question exactly as {@code new SetIndex(next)} would
   * @param relinked paths of the documents of the new set whose links were resolved afresh: the
   *     new and modified documents and those with a link that touches a changed path
   */
  public record Update(SetIndex index, Set<String> relinked) {}

  /**
   * Indexes {@code next}, in which the files and folders at {@code changedPaths} (relative to the
   * root, {@code /} separators) were created, modified or deleted since this index's set, and no
   * other. Documents of {@code next} that are the same objects as in this set keep their resolved
   * links unless a link's target touches a changed path, so an update costs about as much as the
   * changed documents (serve calls it on every save). This index is not changed.
   */
  public Update update(RunbookSet next, Collection<String> changedPaths) {
    Set<String> relinked = new TreeSet<>();
    SetIndex updated = new SetIndex(next, this, List.copyOf(changedPaths), relinked);
    return new Update(updated, java.util.Collections.unmodifiableSet(relinked));
  }

  private SetIndex(RunbookSet set, SetIndex previous, List<String> changed, Set<String> relinked) {
    this.set = set;
    this.resolver = new LinkResolver(set);
    this.resolved = new IdentityHashMap<>(previous.resolved);
    for (Runbook from : set.documents()) {
      pathsByFolder.computeIfAbsent(from.folder(), k -> new ArrayList<>()).add(from.path());
    }
    Map<String, Set<String>> links = new HashMap<>(previous.backlinks);
    Set<String> copied = new HashSet<>();
    for (Runbook before : previous.set.documents()) {
      if (set.get(before.path()).orElse(null) != before) {
        forget(before, links, copied);
      }
    }
    for (Runbook from : set.documents()) {
      Runbook before = previous.set.get(from.path()).orElse(null);
      if (before == from && !touchesAny(from, changed)) {
        continue;
      }
      relinked.add(from.path());
      if (before == from) {
        forget(from, links, copied);
      }
      for (Link link : from.links()) {
        LinkTarget t = resolver.resolve(from, link.destination());
        resolved.put(link, t);
        if (isBacklink(from, t)) {
          writable(links, copied, t.path()).add(from.path());
        }
      }
    }
    links.values().removeIf(Set::isEmpty);
    backlinks.putAll(links);
    walkIndexPages();
  }

  /** Takes a document's links out of the resolved links and backlinks. */
  private void forget(Runbook from, Map<String, Set<String>> links, Set<String> copied) {
    for (Link link : from.links()) {
      LinkTarget t = resolved.remove(link);
      if (t != null && isBacklink(from, t) && links.containsKey(t.path())) {
        writable(links, copied, t.path()).remove(from.path());
      }
    }
  }

  /** The backlinks of a path, copied before the first change so the previous index stays as it was. */
  private static Set<String> writable(Map<String, Set<String>> links, Set<String> copied, String path) {
    if (copied.add(path)) {
      Set<String> own = new TreeSet<>(links.getOrDefault(path, Set.of()));
      links.put(path, own);
      return own;
    }
    return links.get(path);
  }

  private static boolean isBacklink(Runbook from, LinkTarget t) {
    return t.kind() == LinkTarget.Kind.INTERNAL && t.document().isPresent() && !t.path().equals(from.path());
  }

  private boolean touchesAny(Runbook from, List<String> changed) {
    for (Link link : from.links()) {
      LinkTarget t = resolved.get(link);
      if (t == null) {
        return true;
      }
      if (t.kind() != LinkTarget.Kind.INTERNAL) {
        continue;
      }
      for (String c : changed) {
        if (touches(t, c)) {
          return true;
        }
      }
    }
    return false;
  }

  /**
   * True when a change at {@code changed} may resolve the link target differently: the target
   * itself, a folder above or below it, or (for missing targets, "did you mean" suggestions and
   * folder index pages) a sibling.
   */
  static boolean touches(LinkTarget t, String changed) {
    String target = t.path();
    String c = changed.endsWith("/") ? changed.substring(0, changed.length() - 1) : changed;
    if (c.isEmpty() || target.equals(c) || target.startsWith(c + "/") || c.startsWith(target + "/")) {
      return true;
    }
    if (!folderOf(target).equals(folderOf(c))) {
      return false;
    }
    String name = c.substring(c.lastIndexOf('/') + 1);
    return !t.exists() || name.equals("README.md") || name.equals("index.md");
  }

  private static String folderOf(String path) {
    int slash = path.lastIndexOf('/');
    return slash < 0 ? "" : path.substring(0, slash);
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
