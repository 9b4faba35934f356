package dev.runbook.core.site;

import dev.runbook.core.model.Link;
import dev.runbook.core.model.LinkTarget;
import dev.runbook.core.model.Runbook;
import dev.runbook.core.model.SetIndex;
import dev.runbook.core.site.view.RunbookRow;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;

/**
 * Which parts of a served site one change touches, from the version before and after: the
 * documents whose pages must be rendered again, and whether the listings, the Rules pages and
 * the redirects must be. A page depends on its document, on what its links point at (page
 * paths, anchors, files), on its backlinks and their titles, on its findings and on its catalog
 * facts (category, review state); a listing depends on the catalog facts of every runbook.
 */
final class SiteChanges {
  /** Documents (paths) whose pages are rendered again. */
  final Set<String> documents = new TreeSet<>();
  /** Documents of the previous version that are gone. */
  final Set<String> removed = new TreeSet<>();
  /** Categories whose pages list something else now. */
  final Set<String> categories = new TreeSet<>();
  /** True when a listing row changed, or runbooks came or went: listings and data files are rewritten. */
  boolean listings;
  /** True when documents came or went (the sitemap lists every page). */
  boolean documentsCameOrWent;
  /** True when a document that is in both versions has another page now. */
  boolean pagesMoved;
  /** True when the findings per rule changed. */
  boolean rules;
  /** True when a redirect may have changed. */
  boolean aliases;

  private SiteChanges() {}

  /** @param update how the index of {@code after} was made from that of {@code before} */
  static SiteChanges between(SiteState before, SiteState after, SetIndex.Update update) {
    SiteChanges c = new SiteChanges();
    boolean indexPagesChanged = update.indexPagesChanged();
    for (String path : update.relinked()) {
      Runbook now = after.set().get(path).orElse(null);
      if (now != null && (before.set().get(path).orElse(null) != now || linksMoved(now, update, before, after))) {
        c.documents.add(path);
      }
    }
    Set<String> changed = new TreeSet<>();
    for (Runbook old : before.set().documents()) {
      Runbook now = after.set().get(old.path()).orElse(null);
      if (now == null) {
        c.removed.add(old.path());
        changed.add(old.path());
      } else if (now != old) {
        changed.add(old.path());
      }
    }
    for (Runbook now : after.set().documents()) {
      if (before.set().get(now.path()).isEmpty()) {
        changed.add(now.path());
        c.documentsCameOrWent = true;
      }
    }
    c.documentsCameOrWent |= !c.removed.isEmpty();
    boolean titles = false;
    for (String path : changed) {
      Runbook old = before.set().get(path).orElse(null);
      Runbook now = after.set().get(path).orElse(null);
      boolean retitled = old == null || now == null || !old.title().equals(now.title());
      titles |= retitled;
      c.aliases |= hasAliases(old) || hasAliases(now);
      for (String target : targets(old, before.index())) {
        c.backlinkTarget(target, retitled, before, after);
      }
      for (String target : targets(now, after.index())) {
        c.backlinkTarget(target, retitled, before, after);
      }
    }
    c.findings(before, after);
    if (c.documentsCameOrWent || before.paths() != after.paths()) {
      c.movedPages(before, after);
    }
    c.catalog(before, after, indexPagesChanged || c.documentsCameOrWent || c.pagesMoved ? null : changed);
    if (titles || c.documentsCameOrWent || c.pagesMoved) {
      for (Runbook r : after.set().documents()) {
        if (r.isMovedStub()) {
          c.documents.add(r.path());
        }
      }
    }
    c.rules = !before.ruleCounts().equals(after.ruleCounts());
    c.aliases |= c.listings;
    c.documents.removeIf(p -> after.set().get(p).isEmpty());
    return c;
  }

  /**
   * True when a link of an unchanged document now leads elsewhere, its anchor appeared or went,
   * or the file it links to changed: whether a linked file is published depends on what is in it.
   */
  private static boolean linksMoved(Runbook doc, SetIndex.Update update, SiteState before, SiteState after) {
    for (Link link : doc.links()) {
      if (update.relinkedLinks().contains(link)) {
        LinkTarget now = after.index().resolve(doc, link);
        if (isFile(now) || !linkFacts(before.index().resolve(doc, link), before).equals(linkFacts(now, after))) {
          return true;
        }
      }
    }
    return false;
  }

  private static boolean isFile(LinkTarget t) {
    return t.kind() == LinkTarget.Kind.INTERNAL && t.document().isEmpty() && t.exists();
  }

  /** What the rendered link depends on: kind, target, existence, the target's page and anchor. */
  private static List<Object> linkFacts(LinkTarget t, SiteState state) {
    if (t.document().isEmpty()) {
      return List.of(t.kind(), t.path(), t.exists());
    }
    Runbook target = t.document().get();
    return List.of(t.kind(), t.path(), String.valueOf(state.paths().page(target)), target.isMovedStub(),
        t.hasFragment() && target.hasAnchor(t.fragment()));
  }

  /** The documents a document links to. */
  private static Set<String> targets(Runbook doc, SetIndex index) {
    Set<String> targets = new HashSet<>();
    if (doc != null) {
      for (Link link : doc.links()) {
        LinkTarget t = index.resolve(doc, link);
        if (t.kind() == LinkTarget.Kind.INTERNAL && t.document().isPresent()) {
          targets.add(t.path());
        }
      }
    }
    return targets;
  }

  /** A page lists its backlinks by title: render it when they or their titles changed. */
  private void backlinkTarget(String target, boolean retitled, SiteState before, SiteState after) {
    if (retitled || !before.index().backlinks(target).equals(after.index().backlinks(target))) {
      documents.add(target);
    }
  }

  private void findings(SiteState before, SiteState after) {
    Set<String> files = new HashSet<>(before.findings().keySet());
    files.addAll(after.findings().keySet());
    for (String file : files) {
      if (!Objects.equals(before.findings().get(file), after.findings().get(file))) {
        documents.add(file);
      }
    }
  }

  /**
   * Page paths move only when documents come or go (a folder's README takes index.html, a file
   * takes the page another one had) or when category pages do (a document whose page a new
   * category takes moves to a fallback page, and back when the category goes). A moved page is
   * linked from its backlinks' pages, from moved stubs and redirects, and listed among the
   * backlinks of the pages it links to.
   */
  private void movedPages(SiteState before, SiteState after) {
    for (Runbook now : after.set().documents()) {
      String was = before.paths().page(now.path());
      if (was != null && !was.equals(after.paths().page(now))) {
        pagesMoved = true;
        documents.add(now.path());
        documents.addAll(before.index().backlinks(now.path()));
        documents.addAll(after.index().backlinks(now.path()));
        documents.addAll(targets(before.set().get(now.path()).orElse(null), before.index()));
        documents.addAll(targets(now, after.index()));
        listings = true;
      }
    }
  }

  /**
   * Compares listing rows of the runbooks whose catalog entry is not the same: of {@code only}
   * when given (nothing else can have changed), else of all.
   */
  private void catalog(SiteState before, SiteState after, Set<String> only) {
    RunbookViews oldViews = new RunbookViews(before.catalog());
    RunbookViews newViews = new RunbookViews(after.catalog());
    List<SiteCatalog.Entry> entries = only == null ? after.catalog().entries()
        : only.stream().map(p -> after.catalog().entry(p)).flatMap(Optional::stream).toList();
    for (SiteCatalog.Entry e : entries) {
      SiteCatalog.Entry old = before.catalog().entry(e.doc().path()).orElse(null);
      if (old == null) {
        listings = true;
        categories.add(e.category());
        continue;
      }
      if (old.doc() == e.doc() && old.category().equals(e.category()) && old.page().equals(e.page())) {
        continue;
      }
      if (!key(oldViews, old).equals(key(newViews, e))) {
        listings = true;
        documents.add(e.doc().path());
        categories.add(old.category());
        categories.add(e.category());
      }
    }
    List<SiteCatalog.Entry> olds = only == null ? before.catalog().entries()
        : only.stream().map(p -> before.catalog().entry(p)).flatMap(Optional::stream).toList();
    for (SiteCatalog.Entry old : olds) {
      if (after.catalog().entry(old.doc().path()).isEmpty()) {
        listings = true;
        categories.add(old.category());
      }
    }
  }

  /** What listings show of a runbook. */
  private static List<Object> key(RunbookViews views, SiteCatalog.Entry e) {
    RunbookRow row = views.row(e, "index.html");
    return List.of(row, e.tags(), String.valueOf(e.doc().frontMatter().strings("aliases")));
  }

  private static boolean hasAliases(Runbook doc) {
    return doc != null && doc.frontMatter().get("aliases").isPresent();
  }
}
