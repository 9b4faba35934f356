package dev.runbook.core.site;

import dev.runbook.core.site.render.PagePaths;
import dev.runbook.core.alerts.AlertEntry;
import dev.runbook.core.alerts.RunbookLink;
import dev.runbook.core.site.chart.CoverageChart;
import dev.runbook.core.site.render.Hrefs;
import dev.runbook.core.site.view.CoveragePageView;
import dev.runbook.core.site.view.LinkView;
import java.io.IOException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/**
 * The Alert coverage page: the share of alerts that lead to a working runbook, per rules file and
 * per severity, then the lists behind it (no runbook, broken URL, not followed, runbooks no alert
 * names). Written only when the site has alerts; its path is always reserved.
 */
public final class CoveragePage {
  /** Where the page is. */
  public static final String PAGE = PagePaths.OWN + "alert-coverage.html";

  private CoveragePage() {}

  static void write(SiteContext site) throws IOException {
    Map<String, int[]> byFile = new TreeMap<>();
    Map<String, int[]> bySeverity = new TreeMap<>();
    List<CoveragePageView.Item> none = new ArrayList<>();
    List<CoveragePageView.Item> broken = new ArrayList<>();
    List<CoveragePageView.Item> unchecked = new ArrayList<>();
    Set<String> named = new HashSet<>();
    int alerts = 0;
    int covered = 0;
    for (List<AlertEntry> entries : site.alerts().byName().values()) {
      for (AlertEntry e : entries) {
        alerts++;
        RunbookLink.Status status = e.link().map(RunbookLink::status).orElse(null);
        boolean working = status == RunbookLink.Status.RESOLVED && AlertPages.current(site, e).isPresent();
        AlertPages.current(site, e).ifPresent(r -> named.add(r.path()));
        covered += working ? 1 : 0;
        count(byFile, e.file().path(), working);
        count(bySeverity, e.alert().severity().filter(s -> !s.isBlank()).orElse("(no severity)"), working);
        if (!working) {
          CoveragePageView.Item item = new CoveragePageView.Item(e.alert().name(), AlertViews.source(e),
              AlertPages.link(site, e));
          if (status == null) {
            none.add(item);
          } else if (status == RunbookLink.Status.UNRESOLVABLE || status == RunbookLink.Status.UNMATCHED) {
            unchecked.add(item);
          } else {
            broken.add(item);
          }
        }
      }
    }
    List<LinkView> unnamed = new ArrayList<>();
    for (SiteCatalog.Entry e : site.catalog().byTitle()) {
      if (!named.contains(e.doc().path())) {
        unnamed.add(new LinkView(e.title(), Hrefs.relative(PAGE, e.page())));
      }
    }
    CoveragePageView view = new CoveragePageView(alerts, covered,
        chart("Alerts with a working runbook per rules file", byFile),
        chart("Alerts with a working runbook per severity", bySeverity), none, broken, unchecked, unnamed);
    site.sink().page(PAGE, site.theme().render("coverage", site.layout(PAGE, "Alert coverage", "alerts"), view));
  }

  private static void count(Map<String, int[]> counts, String key, boolean working) {
    int[] c = counts.computeIfAbsent(key, k -> new int[2]);
    c[0] += working ? 1 : 0;
    c[1]++;
  }

  private static String chart(String title, Map<String, int[]> counts) {
    int[] covered = new int[counts.size()];
    int[] totals = new int[counts.size()];
    int i = 0;
    for (int[] c : counts.values()) {
      covered[i] = c[0];
      totals[i++] = c[1];
    }
    return new CoverageChart(title, List.copyOf(counts.keySet()), covered, totals).svg();
  }
}
