package dev.runbook.core.site.render;

import dev.runbook.core.model.DocumentKind;
import dev.runbook.core.model.Runbook;
import dev.runbook.core.model.RunbookSet;
import java.util.Collections;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;

/**
 * Where each document is published: {@code a/b.md} as {@code a/b.html}; a folder's index page
 * ({@link RunbookSet#indexOf}: its README.md, else index.md, else _index.md, any case) as that
 * folder's {@code index.html} (the root's is the home page); the folder's other index pages under
 * their own name, {@code a/index.md.html} or {@code a/_index.md.html}, so that no two collide.
 * Immutable.
 */
public final class PagePaths {
  /** Sorted, for {@link #all}. */
  private final Map<String, String> pages;
  /** The same, for lookups: every link and listing asks. */
  private final Map<String, String> byPath;

  private PagePaths(Map<String, String> pages) {
    this.pages = Collections.unmodifiableMap(pages);
    this.byPath = new HashMap<>(pages);
  }

  public static PagePaths of(RunbookSet set) {
    Map<String, String> pages = new TreeMap<>();
    for (Runbook doc : set.documents()) {
      pages.put(doc.path(), pageOf(doc, set));
    }
    return new PagePaths(pages);
  }

  private static String pageOf(Runbook doc, RunbookSet set) {
    String path = doc.path();
    String folder = doc.folder().isEmpty() ? "" : doc.folder() + "/";
    String name = path.substring(folder.length());
    if (doc.kind() == DocumentKind.INDEX) {
      return folder + (set.isFolderIndex(doc) ? "index.html" : name + ".html");
    }
    String stem = name.toLowerCase(Locale.ROOT).endsWith(".md") ? name.substring(0, name.length() - 3) : name;
    return folder + stem + ".html";
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
}
