package dev.runbook.core.model;

import dev.runbook.core.model.url.SiteUrls;
import dev.runbook.core.work.Workers;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.Deque;
import java.util.HashMap;
import java.util.HashSet;
import java.util.IdentityHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.function.IntConsumer;

/**
 * Read-only facts about the whole set, computed once: resolved links, categories (SPEC §2.4),
 * which runbooks the index pages reach, and backlinks. Thread-safe after construction. Longer
 * than most classes because {@link #update} derives the index of a changed set from this one
 * (for serve) and must keep every answer the same as a fresh index gives.
 */
public final class SetIndex {
  /** How many updates may look through to an earlier index before the links are gathered again. */
  private static final int MAX_DEPTH = 8;

  private final RunbookSet set;
  private final SiteUrls urls;
  private final LinkResolver resolver;
  private Map<String, String> categories = new HashMap<>();
  private Set<String> reachable = new LinkedHashSet<>();
  /** The index pages the walk from the home page reached (all of them when there is none). */
  private Set<String> reachedIndexPages = Set.of();
  /** For every internal link target (document, file or missing): the documents that link to it. */
  private final Map<String, Set<String>> linkers;
  /** Links resolved for this index; the others are as the earlier index resolved them. */
  private final Map<Link, LinkTarget> resolved;
  private final SetIndex earlier;
  private final int depth;
  private final Map<String, List<String>> pathsByFolder;

  public SetIndex(RunbookSet set) {
    this(set, 1);
  }

  /** The index of {@code set}, resolving links on {@code threads} threads. */
  public SetIndex(RunbookSet set, int threads) {
    this(set, SiteUrls.DEFAULT, threads);
  }

  /**
   * The index of {@code set}, whose own site is {@code urls} (links in its form resolve),
   * resolving links on {@code threads} threads.
   */
  public SetIndex(RunbookSet set, SiteUrls urls, int threads) {
    this.set = set;
    this.urls = urls;
    this.resolver = new LinkResolver(set, urls);
    this.resolved = new IdentityHashMap<>();
    this.linkers = new HashMap<>();
    this.pathsByFolder = new HashMap<>();
    this.earlier = null;
    this.depth = 0;
    collectBacklinks(threads);
    walkIndexPages();
  }

  /**
   * The index of a later version of this index's set.
   *
   * @param index answers every question exactly as {@code new SetIndex(next)} would
   * @param relinked paths of the documents of the new set whose links were resolved afresh: the
   *     new and modified documents and those with a link whose target touches a changed path
   * @param indexPagesChanged true when the index pages were walked again: categories taken from
   *     them and which runbooks they reach may have changed for any runbook
   * @param relinkedLinks the links resolved afresh (by identity); every other link resolves as
   *     before, to the same target object
   */
  public record Update(SetIndex index, Set<String> relinked, boolean indexPagesChanged, Set<Link> relinkedLinks) {}

  /**
   * Indexes {@code next}, in which the files and folders at {@code changedPaths} (relative to the
   * root, {@code /} separators) were created, modified or deleted since this index's set, and no
   * other. Documents of {@code next} that are the same objects as in this set keep their resolved
   * links unless a link's target touches a changed path, so an update costs about as much as the
   * changed documents (serve calls it on every save). This index is not changed and stays usable.
   */
  public Update update(RunbookSet next, Collection<String> changedPaths) {
    Set<String> relinked = new TreeSet<>();
    Set<Link> links = Collections.newSetFromMap(new IdentityHashMap<>());
    SetIndex updated = new SetIndex(next, this, changedPaths.stream().map(ChangedPath::of).toList(), relinked, links);
    return new Update(updated, Collections.unmodifiableSet(relinked), updated.categories != categories,
        Collections.unmodifiableSet(links));
  }

  private SetIndex(RunbookSet set, SetIndex previous, List<ChangedPath> changes, Set<String> relinked,
      Set<Link> links) {
    this.set = set;
    this.urls = previous.urls;
    this.resolver = new LinkResolver(set, urls);
    boolean flatten = previous.depth >= MAX_DEPTH;
    this.earlier = flatten ? null : previous;
    this.depth = flatten ? 0 : previous.depth + 1;
    this.resolved = new IdentityHashMap<>();
    if (flatten) {
      // Gathered first: the lookups below must see every earlier resolution.
      for (Runbook from : set.documents()) {
        for (Link link : from.links()) {
          LinkTarget t = previous.lookup(link);
          if (t != null) {
            resolved.put(link, t);
          }
        }
      }
    }
    this.linkers = new HashMap<>(previous.linkers);
    Set<String> copied = new HashSet<>();
    Set<String> changedDocs = new TreeSet<>();
    for (Runbook before : previous.set.documents()) {
      if (set.get(before.path()).orElse(null) != before) {
        changedDocs.add(before.path());
        for (String target : previous.targets(before)) {
          writable(copied, target).remove(before.path());
        }
      }
    }
    boolean cameOrWent = false;
    for (Runbook from : set.documents()) {
      if (previous.set.get(from.path()).orElse(null) != from) {
        cameOrWent |= previous.set.get(from.path()).isEmpty();
        changedDocs.add(from.path());
        relinked.add(from.path());
        for (Link link : from.links()) {
          resolved.put(link, resolver.resolve(from, link.destination()));
          links.add(link);
        }
        for (String target : targets(from)) {
          writable(copied, target).add(from.path());
        }
      }
    }
    cameOrWent |= changedDocs.stream().anyMatch(p -> set.get(p).isEmpty());
    boolean walkAgain = cameOrWent || changedDocs.stream().anyMatch(p ->
        isIndexPage(previous.set, p) || isIndexPage(set, p));
    // A page that came or went changes which URLs of the set's own site name a page, anywhere.
    boolean siteUrlsMoved = cameOrWent && urls.readsSiteLinks();
    Set<String> candidates = previous.candidates(changes);
    if (siteUrlsMoved) {
      set.documents().forEach(d -> candidates.add(d.path()));
    }
    for (String path : candidates) {
      Runbook from = set.get(path).orElse(null);
      if (from == null || changedDocs.contains(path)) {
        continue;
      }
      boolean targetsMoved = false;
      for (Link link : from.links()) {
        LinkTarget old = previous.lookup(link);
        boolean reread = siteUrlsMoved && old != null && (old.viaSiteUrl() || !old.exists());
        if (old == null || !reread && !touchesAny(old, changes)) {
          continue;
        }
        LinkTarget now = resolver.resolve(from, link.destination());
        resolved.put(link, now);
        links.add(link);
        relinked.add(path);
        targetsMoved |= old.kind() != now.kind() || !old.path().equals(now.path())
            || old.document().isPresent() != now.document().isPresent();
      }
      if (targetsMoved) {
        Set<String> before = previous.targets(from);
        Set<String> now = targets(from);
        for (String target : before) {
          if (!now.contains(target)) {
            writable(copied, target).remove(path);
          }
        }
        for (String target : now) {
          if (!before.contains(target)) {
            writable(copied, target).add(path);
          }
        }
        walkAgain |= from.kind() == DocumentKind.INDEX;
      }
    }
    for (String target : copied) {
      if (linkers.get(target).isEmpty()) {
        linkers.remove(target);
      }
    }
    this.pathsByFolder = cameOrWent ? foldersOf(set) : previous.pathsByFolder;
    if (walkAgain) {
      walkIndexPages();
    } else {
      this.categories = previous.categories;
      this.reachable = previous.reachable;
      this.reachedIndexPages = previous.reachedIndexPages;
    }
  }

  private static boolean isIndexPage(RunbookSet set, String path) {
    return set.get(path).map(r -> r.kind() == DocumentKind.INDEX).orElse(false);
  }

  /** The resolved target of a link of this set, from this index or an earlier one. */
  private LinkTarget lookup(Link link) {
    for (SetIndex i = this; i != null; i = i.earlier) {
      LinkTarget t = i.resolved.get(link);
      if (t != null) {
        return t;
      }
    }
    return null;
  }

  /** The internal targets a document links to (itself included), as resolved by this index. */
  private Set<String> targets(Runbook from) {
    Set<String> targets = new HashSet<>();
    for (Link link : from.links()) {
      LinkTarget t = lookup(link);
      if (t != null && t.kind() == LinkTarget.Kind.INTERNAL) {
        targets.add(t.path());
      }
    }
    return targets;
  }

  /** Documents with a link whose target may touch one of the changes (a superset). */
  private Set<String> candidates(List<ChangedPath> changes) {
    Set<String> docs = new TreeSet<>();
    for (Map.Entry<String, Set<String>> e : linkers.entrySet()) {
      String target = e.getKey();
      boolean maybeMissing = set.get(target).isEmpty();
      for (ChangedPath c : changes) {
        if (c.touches(target, maybeMissing)) {
          docs.addAll(e.getValue());
          break;
        }
      }
    }
    return docs;
  }

  /** The linkers of a target, copied before the first change so the earlier index stays as it was. */
  private Set<String> writable(Set<String> copied, String target) {
    if (copied.add(target)) {
      Set<String> own = new TreeSet<>(linkers.getOrDefault(target, Set.of()));
      linkers.put(target, own);
      return own;
    }
    return linkers.get(target);
  }

  private static Map<String, List<String>> foldersOf(RunbookSet set) {
    Map<String, List<String>> folders = new HashMap<>();
    for (Runbook r : set.documents()) {
      folders.computeIfAbsent(r.folder(), k -> new ArrayList<>()).add(r.path());
    }
    return folders;
  }

  private static boolean touchesAny(LinkTarget t, List<ChangedPath> changes) {
    if (t.kind() != LinkTarget.Kind.INTERNAL) {
      return false;
    }
    for (ChangedPath c : changes) {
      if (c.touches(t.path(), !t.exists())) {
        return true;
      }
    }
    return false;
  }

  /** True when a change at {@code changed} may resolve the link target differently. */
  static boolean touches(LinkTarget t, String changed) {
    return t.kind() == LinkTarget.Kind.INTERNAL && ChangedPath.of(changed).touches(t.path(), !t.exists());
  }

  public RunbookSet set() {
    return set;
  }

  /** The set's own site: how its files become URLs ({@code site.url_style}, {@code site.base_path}). */
  public SiteUrls urls() {
    return urls;
  }

  /** The URLs of the pages of the set's own site, when links may be written in its form. */
  public Optional<PageUrls> pageUrls() {
    return resolver.pages();
  }

  public LinkTarget resolve(Runbook from, Link link) {
    LinkTarget t = lookup(link);
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

  /**
   * The index page of a folder ({@link RunbookSet#indexOf}) when the home page reaches it, directly
   * or through other index pages (any index page counts when the set has no home page): a runbook
   * it links to is no orphan.
   */
  public Optional<Runbook> reachedIndexOf(String folder) {
    return set.indexOf(folder).filter(i -> reachedIndexPages.contains(i.path()));
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
    Set<String> from = linkers.get(path);
    if (from == null || set.get(path).isEmpty()) {
      return List.of();
    }
    return from.stream().filter(p -> !p.equals(path)).toList();
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
    reachedIndexPages = seen;
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

  private void collectBacklinks(int threads) {
    List<Runbook> docs = set.documents();
    LinkTarget[][] targets = new LinkTarget[docs.size()][];
    IntConsumer resolveLinks = i -> {
      Runbook from = docs.get(i);
      LinkTarget[] t = new LinkTarget[from.links().size()];
      for (int k = 0; k < t.length; k++) {
        t[k] = resolver.resolve(from, from.links().get(k).destination());
      }
      targets[i] = t;
    };
    Workers.forEach(docs.size() >= 64 ? threads : 1, docs.size(), resolveLinks);
    for (int i = 0; i < docs.size(); i++) {
      Runbook from = docs.get(i);
      pathsByFolder.computeIfAbsent(from.folder(), k -> new ArrayList<>()).add(from.path());
      for (int j = 0; j < targets[i].length; j++) {
        Link link = from.links().get(j);
        LinkTarget t = targets[i][j];
        resolved.put(link, t);
        if (t.kind() == LinkTarget.Kind.INTERNAL) {
          linkers.computeIfAbsent(t.path(), k -> new TreeSet<>()).add(from.path());
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
