package dev.runbook.core.site;

import dev.runbook.core.config.Config;
import dev.runbook.core.model.RunbookSet;
import dev.runbook.core.model.SetIndex;
import dev.runbook.core.report.Diagnostic;
import dev.runbook.core.site.output.PageSink;
import dev.runbook.core.site.render.Hrefs;
import dev.runbook.core.site.render.LinkRewriter;
import dev.runbook.core.site.render.MarkdownRenderer;
import dev.runbook.core.site.render.PagePaths;
import dev.runbook.core.site.view.LayoutView;
import dev.runbook.core.site.view.NavLink;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Everything the page writers share during one build. Immutable apart from the sink; all parts
 * are thread-safe.
 *
 * @param baseUrl the public address, ending in {@code /}, if known
 * @param bodyNotes where each rendered body's notes go
 * @param findings lint findings by file, empty when no check ran
 * @param configFolder the folder of runbook.yml as a real path, if there is one
 * @param alerts the alerts of {@link SiteOptions#alerts()}, looked up by runbook and by name
 */
record SiteContext(
    RunbookSet set,
    SetIndex index,
    Config config,
    SiteOptions options,
    Optional<String> baseUrl,
    Theme theme,
    SiteCatalog catalog,
    RunbookViews views,
    PagePaths paths,
    LinkRewriter links,
    MarkdownRenderer markdown,
    PageSink sink,
    BodyNotes bodyNotes,
    Map<String, List<Diagnostic>> findings,
    Optional<Path> configFolder,
    SiteAlerts alerts) {

  /** The main navigation: key, label and page. */
  private static final String[][] NAV = {
    {"home", "Home", "index.html"},
    {"review", "Review status", GeneratedPages.REVIEW},
    {"risk", "Risk overview", GeneratedPages.RISK},
    {"automation", "Automation", GeneratedPages.AUTOMATION},
    {"rules", "Rules", GeneratedPages.RULES},
    {"alerts", "Alert coverage", CoveragePage.PAGE},
  };

  String siteTitle() {
    return config.site().title();
  }

  boolean hasRules() {
    return !options.rules().isEmpty();
  }

  /** The frame of the page at {@code page}; {@code current} is a navigation key or "". */
  LayoutView layout(String page, String title, String current) {
    List<NavLink> nav = new ArrayList<>();
    for (String[] item : NAV) {
      if (item[0].equals("rules") && !hasRules() || item[0].equals("alerts") && alerts.isEmpty()) {
        continue;
      }
      nav.add(new NavLink(item[1], Hrefs.relative(page, item[2]), item[0].equals(current)));
    }
    return new LayoutView(siteTitle(), title, Hrefs.rootOf(page), Hrefs.relative(page, PagePaths.OWN), page,
        canonical(page).orElse(null), nav,
        page.equals(GeneratedPages.NOT_FOUND) ? baseUrl.orElse(null) : null, catalog.today().toString());
  }

  /** The public address of a page, when the base URL is known. */
  Optional<String> canonical(String page) {
    return baseUrl.map(b -> b + Hrefs.encodePath(page));
  }
}
