package dev.runbook.core.site;

import dev.runbook.core.model.RunbookSet;
import dev.runbook.core.model.SetIndex;
import dev.runbook.core.report.RuleInfo;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * The paths the site writes itself, which keep their paths whatever the documents are called:
 * the generated pages, the data files and the theme's assets. A document whose page would be one
 * of them is published on a fallback page ({@link dev.runbook.core.site.render.PagePaths}).
 */
final class ReservedPaths {
  private ReservedPaths() {}

  /** The reserved paths of a site of {@code set}, each with what it is. */
  static Map<String, String> of(RunbookSet set, SetIndex index, List<RuleInfo> rules, Theme theme) {
    return of(SiteCatalog.categoryPages(set, index), rules, theme);
  }

  /** The reserved paths of a site with these category pages (category to page), each with what it is. */
  static Map<String, String> of(Map<String, String> categoryPages, List<RuleInfo> rules, Theme theme) {
    Map<String, String> reserved = new TreeMap<>(GeneratedPages.described(categoryPages, rules));
    SiteBuilder.DATA_FILES.forEach(f -> reserved.put(f, "a file the site writes"));
    reserved.put(CoveragePage.PAGE, "the site's Alert coverage page");
    theme.assets().forEach(a -> reserved.put(Theme.ASSETS + a, "a file of the site's theme"));
    return reserved;
  }
}
