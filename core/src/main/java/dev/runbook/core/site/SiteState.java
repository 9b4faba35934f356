package dev.runbook.core.site;

import dev.runbook.core.config.Config;
import dev.runbook.core.model.Runbook;
import dev.runbook.core.model.RunbookSet;
import dev.runbook.core.model.SetIndex;
import dev.runbook.core.report.Diagnostic;
import dev.runbook.core.report.Report;
import dev.runbook.core.site.render.PagePaths;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * One version of a served site's input and the facts derived from it, as a {@link SiteSession}
 * keeps them between updates. Immutable.
 *
 * @param findings {@code report}'s findings by file
 */
record SiteState(
    RunbookSet set,
    SetIndex index,
    PagePaths paths,
    SiteCatalog catalog,
    Optional<Report> report,
    Map<String, List<Diagnostic>> findings) {

  /** The first version: everything computed afresh, pages around what {@code theme} and the site write. */
  static SiteState first(RunbookSet set, SetIndex index, Config config, SiteOptions options, Theme theme) {
    PagePaths paths = PagePaths.of(set, ReservedPaths.of(set, index, options.rules(), theme), index.urls().style());
    return new SiteState(set, index, paths, new SiteCatalog(set, index, paths, config, options.today()),
        options.report(), findings(options, options.report()));
  }

  /**
   * The version after a change: page paths are kept (the same object) when no document came or
   * went and the category pages are the same, and the catalog is patched when no listing changes
   * order (else rebuilt, reusing unchanged entries).
   */
  SiteState next(RunbookSet next, SetIndex.Update update, Optional<Report> newReport, Config config,
      SiteOptions options, Theme theme) {
    boolean sameDocuments = sameDocuments(next);
    SiteCatalog newCatalog = sameDocuments && !update.indexPagesChanged()
        ? patchedCatalog(next, update, paths, config, options).orElse(null) : null;
    PagePaths newPaths = paths;
    if (newCatalog == null) {
      // A patched catalog has the same categories; else a category page may take a document's page.
      Map<String, String> categoryPages = SiteCatalog.categoryPages(next, update.index());
      if (!sameDocuments || !categoryPages.equals(catalog.categoryPages())) {
        PagePaths fresh = PagePaths.of(next, ReservedPaths.of(categoryPages, options.rules(), theme),
            update.index().urls().style());
        if (!fresh.all().equals(paths.all()) || !fresh.notes().equals(paths.notes())) {
          newPaths = fresh;
        }
      }
      newCatalog = new SiteCatalog(next, update.index(), newPaths, config, options.today(), catalog);
    }
    return new SiteState(next, update.index(), newPaths, newCatalog, newReport, findings(options, newReport));
  }

  private static Map<String, List<Diagnostic>> findings(SiteOptions options, Optional<Report> report) {
    return new SiteBuilder(options.withChecks(options.rules(), report)).findings();
  }

  /** True when {@code next} has the same document paths as this version (page paths stay). */
  private boolean sameDocuments(RunbookSet next) {
    if (next.documents().size() != set.documents().size()) {
      return false;
    }
    for (Runbook r : next.documents()) {
      if (set.get(r.path()).isEmpty()) {
        return false;
      }
    }
    return true;
  }

  /**
   * This catalog with the entries of changed runbooks replaced, when no change moves a runbook in
   * or out of the listings or to another place in them (title, category): the common edit, which
   * then sorts nothing. Empty when some change does.
   */
  private Optional<SiteCatalog> patchedCatalog(RunbookSet next, SetIndex.Update update, PagePaths newPaths,
      Config config, SiteOptions options) {
    Map<String, SiteCatalog.Entry> replaced = new HashMap<>();
    for (String path : update.relinked()) {
      Runbook now = next.get(path).orElse(null);
      if (now == null || set.get(path).orElse(null) == now) {
        continue;
      }
      SiteCatalog.Entry old = catalog.entry(path).orElse(null);
      boolean listed = now.isRunbook() && !now.isMovedStub();
      if (old == null || !listed) {
        if (old != null || listed) {
          return Optional.empty();
        }
        continue;
      }
      SiteCatalog.Entry e = SiteCatalog.entryOf(now, update.index(), newPaths, config, options.today());
      if (!e.title().equals(old.title()) || !e.category().equals(old.category())) {
        return Optional.empty();
      }
      replaced.put(path, e);
    }
    return Optional.of(catalog.replacing(replaced));
  }

  /** Findings per rule, for the Rules pages. */
  Map<String, Integer> ruleCounts() {
    Map<String, Integer> counts = new java.util.HashMap<>();
    report.ifPresent(r -> r.diagnostics().forEach(d -> counts.merge(d.rule(), 1, Integer::sum)));
    return counts;
  }
}
