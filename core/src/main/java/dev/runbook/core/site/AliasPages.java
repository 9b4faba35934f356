package dev.runbook.core.site;

import dev.runbook.core.model.AliasPath;
import dev.runbook.core.model.FrontMatterValue;
import dev.runbook.core.model.Runbook;
import java.io.IOException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.SortedMap;
import java.util.TreeMap;

/**
 * Redirect pages for the old paths a runbook lists under {@code aliases}, each read as an {@link
 * AliasPath} ({@code old/name.md}, {@code old/name}, {@code old/}). One that is refused, would
 * replace a page, would need a page's name as a folder (or the other way round) or is claimed
 * twice is skipped with a note that names the file and the line of its {@code aliases}.
 */
final class AliasPages {
  private AliasPages() {}

  /** Writes the redirects; returns the notes about skipped aliases. */
  static List<String> write(SiteContext site, Set<String> taken) throws IOException {
    return write(site, taken, page -> { });
  }

  /** As {@link #write(SiteContext, Set)}, telling {@code pages} each redirect's page. */
  static List<String> write(SiteContext site, Set<String> taken, java.util.function.Consumer<String> pages)
      throws IOException {
    SortedMap<String, SiteCatalog.Entry> redirects = new TreeMap<>();
    List<String> notes = new ArrayList<>();
    Set<String> takenFolders = folders(taken);
    for (SiteCatalog.Entry e : site.catalog().entries()) {
      Runbook doc = e.doc();
      String where = doc.path() + doc.frontMatter().get("aliases").map(FrontMatterValue::position)
          .map(p -> ":" + p.line()).orElse("");
      for (String written : doc.frontMatter().strings("aliases")) {
        AliasPath alias = AliasPath.of(written);
        String clash = alias.usable() ? clash(alias.page(), taken, takenFolders, redirects, e) : alias.problem();
        if (clash != null) {
          notes.add(where + ": alias '" + written + "' " + clash + "; skipped");
        } else {
          redirects.putIfAbsent(alias.page(), e);
        }
      }
    }
    for (var r : redirects.entrySet()) {
      DocumentPages.redirect(site, r.getKey(), r.getValue().title(), r.getValue().page());
      pages.accept(r.getKey());
    }
    return notes;
  }

  /** Why the redirect {@code page} cannot be written for {@code e}, or null when it can. */
  private static String clash(String page, Set<String> taken, Set<String> takenFolders,
      SortedMap<String, SiteCatalog.Entry> redirects, SiteCatalog.Entry e) {
    if (taken.contains(page)) {
      return "would replace the page " + page;
    }
    if (takenFolders.contains(page) || !redirects.subMap(page + "/", page + "0").isEmpty()) {
      return "would be a page named " + page + ", a folder of other pages";
    }
    for (int slash = page.indexOf('/'); slash >= 0; slash = page.indexOf('/', slash + 1)) {
      String folder = page.substring(0, slash);
      if (taken.contains(folder) || redirects.containsKey(folder)) {
        return "would need the page " + folder + " as a folder";
      }
    }
    SiteCatalog.Entry owner = redirects.get(page);
    if (owner != null && owner != e) {
      return "is claimed by " + owner.doc().path() + " too";
    }
    return null;
  }

  /** Every folder that holds one of {@code paths}. */
  private static Set<String> folders(Set<String> paths) {
    Set<String> out = new HashSet<>();
    for (String p : paths) {
      for (int slash = p.indexOf('/'); slash >= 0; slash = p.indexOf('/', slash + 1)) {
        out.add(p.substring(0, slash));
      }
    }
    return out;
  }
}
