package dev.runbook.core.site;

import java.io.IOException;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.regex.Pattern;

/**
 * Redirect pages for the old paths a runbook lists under {@code aliases}. An alias is a path
 * from the runbook root ({@code old/name.md}, {@code old/name}, {@code old/}); one that would
 * replace a page, leaves the root or is claimed twice is skipped with a note.
 */
final class AliasPages {
  /** Letters, digits, {@code - _ . ~ /} and spaces: a path, never markup or a URL. */
  private static final Pattern SAFE = Pattern.compile("[\\p{L}\\p{N}._~/ -]+");

  private AliasPages() {}

  /** Writes the redirects; returns the notes about skipped aliases. */
  static List<String> write(SiteContext site, Set<String> taken) throws IOException {
    SortedMap<String, SiteCatalog.Entry> redirects = new TreeMap<>();
    List<String> notes = new java.util.ArrayList<>();
    for (SiteCatalog.Entry e : site.catalog().entries()) {
      for (String alias : e.doc().frontMatter().strings("aliases") == null ? List.<String>of()
          : e.doc().frontMatter().strings("aliases")) {
        Optional<String> page = pageOf(alias);
        if (page.isEmpty()) {
          notes.add(e.doc().path() + ": alias '" + alias + "' is not a path inside the runbook folder; skipped");
        } else if (taken.contains(page.get())) {
          notes.add(e.doc().path() + ": alias '" + alias + "' would replace the page " + page.get() + "; skipped");
        } else if (redirects.containsKey(page.get()) && redirects.get(page.get()) != e) {
          notes.add(e.doc().path() + ": alias '" + alias + "' is claimed by "
              + redirects.get(page.get()).doc().path() + " too; skipped");
        } else {
          redirects.putIfAbsent(page.get(), e);
        }
      }
    }
    for (var r : redirects.entrySet()) {
      DocumentPages.redirect(site, r.getKey(), r.getValue().title(), r.getValue().page());
    }
    return notes;
  }

  /** {@code old/name.md} → {@code old/name.html}; empty when the alias is not a safe path. */
  static Optional<String> pageOf(String alias) {
    String a = alias.strip().replace('\\', '/');
    while (a.startsWith("/")) {
      a = a.substring(1);
    }
    if (!SAFE.matcher(a).matches()) {
      return Optional.empty();
    }
    for (String part : a.split("/")) {
      if (part.equals("..") || part.equals(".")) {
        return Optional.empty();
      }
    }
    String lower = a.toLowerCase(Locale.ROOT);
    if (a.endsWith("/")) {
      return Optional.of(a + "index.html");
    }
    if (lower.endsWith(".md")) {
      return Optional.of(a.substring(0, a.length() - 3) + ".html");
    }
    if (lower.endsWith(".html")) {
      return Optional.of(a);
    }
    return Optional.of(a + ".html");
  }
}
