package dev.runbook.core.site.render;

import dev.runbook.core.model.Runbook;
import dev.runbook.core.model.RunbookSet;
import dev.runbook.core.model.url.SiteUrls;
import dev.runbook.core.model.url.UrlStyle;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/**
 * Where each document is published: at its URL in the set's own style ({@code site.url_style},
 * {@link UrlStyle}), a folder URL as the folder's {@code index.html} so that a web server serves
 * it. In this tool's own style {@code a/b.md} is {@code a/b.html}; a folder's index page ({@link
 * RunbookSet#indexOf}: its README.md, else index.md, else _index.md, any case) that folder's
 * {@code index.html} (the root's is the home page); the folder's other index pages go under their
 * own name, {@code a/index.md.html} or {@code a/_index.md.html}. Hugo's {@code a/B.md} is {@code
 * a/b/index.html}, Middleman's {@code x.html.md} is {@code x.html}. That is each document's
 * <em>natural</em> page.
 *
 * <p>No two files of the site share a name, also where file names ignore case (a site is often
 * built on Linux and served or previewed on macOS or Windows), so a natural page is taken when:
 * <ul>
 *   <li>the site writes that path itself (a dashboard, a category or rule page, a theme asset, a
 *       data file: the {@code reserved} paths), or
 *   <li>another document has the same natural page: then the document whose file is named after
 *       the page ({@code foo.md} for {@code foo.html}, {@code index.md.md} for {@code
 *       index.md.html}) keeps it, else the first by path.
 * </ul>
 * A document whose natural page is taken is published under its file name instead, {@code
 * a/review.md.html}, and when that is taken too (by a reserved path, another document's natural
 * page or an earlier fallback, documents taken by path) {@code a/review.md-2.html}, {@code -3}, ….
 * So the pages depend only on the set's paths and the reserved paths: the same in every build,
 * whatever the file system's order or the number of threads, and a document whose natural page
 * is free always gets it. Each fallback comes with a {@link #notes() note}. Immutable.
 */
public final class PagePaths {
  /**
   * The folder of everything the site makes itself (its dashboards, category, rule and alert
   * pages, the search index, the theme's assets), so that none of them takes a page a document
   * needs: {@code -} is a name no runbook set uses for a folder of its own, needs no escaping in a
   * URL, is not dropped by static hosts (Jekyll drops {@code _x}, many hosts hide {@code .x}) and
   * is GitLab's folder for its own pages ({@code /-/issues}). Only the home page {@code
   * index.html}, {@code 404.html} and the data files hosts and tools look for stay at the top.
   */
  public static final String OWN = "-/";

  /** What the home page is published as; the site writes it with the root index page's body. */
  private static final String HOME = "index.html";

  /** Sorted, for {@link #all}. */
  private final Map<String, String> pages;
  /** The same, for lookups: every link and listing asks. */
  private final Map<String, String> byPath;
  private final List<String> notes;

  private PagePaths(Map<String, String> pages, List<String> notes) {
    this.pages = Collections.unmodifiableMap(pages);
    this.byPath = new HashMap<>(pages);
    this.notes = List.copyOf(notes);
  }

  /** The pages of a set on its own: documents are kept apart, nothing else is reserved. */
  public static PagePaths of(RunbookSet set) {
    return of(set, Map.of());
  }

  /**
   * The pages of {@code set} in a site that writes {@code reserved} itself.
   *
   * @param reserved site paths the site writes itself, each with what it is ("the site's Review
   *     status page"), for the notes; {@code index.html} is the home page, which the root index
   *     page's body goes into
   */
  public static PagePaths of(RunbookSet set, Map<String, String> reserved) {
    return of(set, reserved, SiteUrls.DEFAULT.style());
  }

  /**
   * The pages of {@code set} in a site that writes {@code reserved} itself, where documents are
   * published at their URLs in {@code style}.
   */
  public static PagePaths of(RunbookSet set, Map<String, String> reserved, UrlStyle style) {
    // Who has each site path, by its name where file names ignore case.
    Map<String, Holder> used = new HashMap<>();
    new TreeMap<>(reserved).forEach((path, what) -> used.putIfAbsent(fold(path), new Holder(path, what)));
    Map<String, String> pages = new TreeMap<>();
    Optional<Runbook> home = set.rootIndex();
    home.ifPresent(h -> used.putIfAbsent(fold(HOME), new Holder(HOME, "the home page")));
    // A page's folder is its document's: no page may be named like a folder that holds documents.
    for (Runbook doc : set.documents()) {
      for (String folder = doc.folder(); !folder.isEmpty(); folder = parentOf(folder)) {
        used.putIfAbsent(fold(folder), new Holder(folder, "a folder of the site"));
      }
    }
    // Natural pages first, by the same name where file names ignore case.
    Map<String, List<Claim>> claims = new HashMap<>();
    for (Runbook doc : set.documents()) {
      if (home.isPresent() && home.get() == doc) {
        pages.put(doc.path(), HOME);
      } else {
        Claim c = new Claim(doc, UrlStyle.pageFile(style.url(doc.path(), set.isFolderIndex(doc))));
        claims.computeIfAbsent(fold(c.natural()), k -> new ArrayList<>(1)).add(c);
      }
    }
    List<Claim> moved = new ArrayList<>();
    for (Map.Entry<String, List<Claim>> claim : claims.entrySet()) {
      List<Claim> docs = claim.getValue();
      Holder holder = used.get(claim.getKey());
      if (holder == null) {
        docs.sort(Claim.OWNER_FIRST);
        Claim owner = docs.get(0);
        pages.put(owner.doc().path(), owner.natural());
        holder = new Holder(owner.natural(), "the page of " + owner.doc().path());
        used.put(claim.getKey(), holder);
        docs = docs.subList(1, docs.size());
      }
      for (Claim c : docs) {
        moved.add(c.takenBy(holder));
      }
    }
    // Then the fallbacks, by path, around everything that is taken so far.
    moved.sort(Claim.BY_PATH);
    List<String> notes = new ArrayList<>();
    for (Claim c : moved) {
      String page = fallback(c.doc(), used);
      used.put(fold(page), new Holder(page, "the page of " + c.doc().path()));
      pages.put(c.doc().path(), page);
      notes.add(note(c, page));
    }
    notes.sort(null);
    return new PagePaths(pages, notes);
  }

  /** Who has a site path, and what it is. */
  private record Holder(String path, String what) {}

  /** A document that wants its natural page; {@code takenBy} who has it, when it lost. */
  private record Claim(Runbook doc, String natural, Holder takenBy) {
    static final Comparator<Claim> BY_PATH = Comparator.comparing(c -> c.doc().path());
    /** The document named after the page first, then by path. */
    static final Comparator<Claim> OWNER_FIRST =
        Comparator.comparing((Claim c) -> namedAfter(c.doc(), c.natural()) ? 0 : 1).thenComparing(BY_PATH);

    Claim(Runbook doc, String natural) {
      this(doc, natural, null);
    }

    Claim takenBy(Holder holder) {
      return new Claim(doc, natural, holder);
    }
  }

  private static String parentOf(String folder) {
    return folder.substring(0, Math.max(0, folder.lastIndexOf('/')));
  }

  /** The key under which two site paths are the same file where file names ignore case. */
  private static String fold(String sitePath) {
    return sitePath.toLowerCase(Locale.ROOT);
  }

  /** True when the document's file is the page's name with {@code .md}: {@code foo.md} for {@code foo.html}. */
  private static boolean namedAfter(Runbook doc, String page) {
    return doc.path().equals(page.substring(0, page.length() - ".html".length()) + ".md");
  }

  /** The first free page of {@code a/name.md.html}, {@code a/name.md-2.html}, … */
  private static String fallback(Runbook doc, Map<String, Holder> used) {
    String base = doc.path();
    String page = base + ".html";
    for (int n = 2; used.containsKey(fold(page)); n++) {
      page = base + "-" + n + ".html";
    }
    return page;
  }

  private static String note(Claim c, String page) {
    Holder holder = c.takenBy();
    String why = holder.path().equals(c.natural())
        ? c.natural() + " is " + holder.what()
        : c.natural() + " would be the same file as " + holder.path() + ", " + holder.what()
            + ", where file names ignore case";
    return c.doc().path() + " is published as " + page + " because " + why
        + "; rename the file to give it a page named after it";
  }

  /** The page of a document of the set. */
  public String page(Runbook doc) {
    return page(doc.path());
  }

  /** The page of a document path of the set, or null when the path is not a document. */
  public String page(String docPath) {
    return byPath.get(docPath);
  }

  /** Document path to page path, sorted by document path. */
  public Map<String, String> all() {
    return pages;
  }

  /**
   * One line for each document that is not published on its natural page: which file went where,
   * and why; sorted.
   */
  public List<String> notes() {
    return notes;
  }
}
