package dev.runbook.core.site;

import dev.runbook.core.model.Review;
import dev.runbook.core.model.RiskLevel;
import dev.runbook.core.report.Diagnostic;
import dev.runbook.core.report.RuleInfo;
import dev.runbook.core.site.chart.ReviewChart;
import dev.runbook.core.site.chart.RiskHeatMap;
import dev.runbook.core.site.render.Hrefs;
import dev.runbook.core.site.render.PagePaths;
import dev.runbook.core.site.render.RenderedBody;
import dev.runbook.core.site.view.AutomationPageView;
import dev.runbook.core.site.view.HomePageView;
import dev.runbook.core.site.view.ReviewPageView;
import dev.runbook.core.site.view.RiskPageView;
import dev.runbook.core.site.view.RiskView;
import dev.runbook.core.site.view.RuleView;
import dev.runbook.core.site.view.RulesPageView;
import dev.runbook.core.site.view.RunbookGroup;
import dev.runbook.core.site.view.RunbookRow;
import java.io.IOException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.function.Supplier;

/**
 * The pages the site makes itself: home, categories, Review status, Risk overview, Automation
 * status, Rules, 404. Their paths are fixed; {@link #paths} lists them so that a document whose
 * page would be one of them is published on another page ({@link ReservedPaths}).
 */
final class GeneratedPages {
  private static final List<String> AUTOMATION_ORDER =
      List.of("fully-automated", "semi-automated", "manual-with-tools", "manual");

  /** How many runbooks a group shows on the home and Review pages before linking on. */
  static final int LISTED = 50;

  /** The site's own pages, in {@link PagePaths#OWN}. */
  static final String REVIEW = PagePaths.OWN + "review.html";
  static final String RISK = PagePaths.OWN + "risk.html";
  static final String AUTOMATION = PagePaths.OWN + "automation.html";
  static final String RULES = PagePaths.OWN + "rules/index.html";
  /** At the top, where static hosts (GitHub and GitLab Pages, Netlify) look for it. */
  static final String NOT_FOUND = "404.html";

  private final SiteContext site;

  GeneratedPages(SiteContext site) {
    this.site = site;
  }

  /** Every path this class writes. */
  static Set<String> paths(SiteCatalog catalog, List<RuleInfo> rules) {
    return new TreeSet<>(described(catalog.categoryPages(), rules).keySet());
  }

  /**
   * Every path this class writes for a catalog with these category pages (category to page),
   * each with what it is, for a note to the writer of a document that would take it.
   */
  static Map<String, String> described(Map<String, String> categoryPages, List<RuleInfo> rules) {
    Map<String, String> paths = new TreeMap<>();
    paths.put("index.html", "the site's home page");
    paths.put(NOT_FOUND, "the site's page-not-found page");
    paths.put(REVIEW, "the site's Review status page");
    paths.put(RISK, "the site's Risk overview page");
    paths.put(AUTOMATION, "the site's Automation status page");
    categoryPages.forEach((category, page) -> paths.put(page, "the site's page of the category '" + category + "'"));
    if (!rules.isEmpty()) {
      paths.put(RULES, "the site's Rules page");
      rules.forEach(r -> paths.put(rulePage(r.id()), "the site's page of rule " + r.id()));
    }
    return paths;
  }

  /** The page of a rule, {@code -/rules/RB101.html}. */
  static String rulePage(String id) {
    return PagePaths.OWN + "rules/" + id + ".html";
  }

  /** One job per page (or group of small pages), to run in parallel. */
  List<SiteJob> jobs(Supplier<RenderedBody> homeBody, String homeTitle) {
    List<SiteJob> jobs = new ArrayList<>();
    jobs.add(() -> home(homeBody.get(), homeTitle));
    for (Map.Entry<String, List<SiteCatalog.Entry>> c : site.catalog().byCategory().entrySet()) {
      jobs.add(() -> category(c.getKey(), c.getValue()));
    }
    jobs.add(this::review);
    jobs.add(this::risk);
    jobs.add(this::automation);
    if (site.hasRules()) {
      jobs.add(this::rules);
    }
    jobs.add(() -> page(NOT_FOUND, "404", "Page not found", "", null));
    return jobs;
  }

  /**
   * Writes only the generated pages among {@code wanted}, for a served site that rewrites what a
   * change touched. {@code homeBody} and {@code homeTitle} as for {@link #writeAll}.
   */
  void write(Set<String> wanted, RenderedBody homeBody, String homeTitle) throws IOException {
    // On the site's threads, as a build writes them: after a title edit in serve, the listings of
    // all the runbooks (review, risk, automation, home) are what the reload waits for.
    List<SiteJob> jobs = new ArrayList<>();
    if (wanted.contains("index.html")) {
      jobs.add(() -> home(homeBody, homeTitle));
    }
    for (Map.Entry<String, List<SiteCatalog.Entry>> c : site.catalog().byCategory().entrySet()) {
      if (wanted.contains(site.catalog().categoryPage(c.getKey()))) {
        jobs.add(() -> category(c.getKey(), c.getValue()));
      }
    }
    if (wanted.contains(REVIEW)) {
      jobs.add(this::review);
    }
    if (wanted.contains(RISK)) {
      jobs.add(this::risk);
    }
    if (wanted.contains(AUTOMATION)) {
      jobs.add(this::automation);
    }
    if (site.hasRules() && wanted.contains(RULES)) {
      jobs.add(this::rules);
    }
    if (wanted.contains(NOT_FOUND)) {
      jobs.add(() -> page(NOT_FOUND, "404", "Page not found", "", null));
    }
    SiteBuilder.runAll(site.options().threads(), jobs);
  }


  private void page(String path, String template, String title, String nav, Object view) throws IOException {
    site.sink().page(path, site.theme().render(template, site.layout(path, title, nav), view));
  }

  private List<RunbookRow> rows(List<SiteCatalog.Entry> entries, String page) {
    List<RunbookRow> rows = new ArrayList<>(entries.size());
    for (SiteCatalog.Entry e : entries) {
      rows.add(site.views().row(e, page));
    }
    return rows;
  }

  private void home(RenderedBody body, String title) throws IOException {
    String page = "index.html";
    List<RunbookGroup> categories = new ArrayList<>();
    for (Map.Entry<String, List<SiteCatalog.Entry>> c : site.catalog().byCategory().entrySet()) {
      categories.add(new RunbookGroup(c.getKey(), site.catalog().categoryPage(c.getKey()), c.getValue().size(),
          rows(first(c.getValue()), page), false));
    }
    List<SiteCatalog.Entry> all = site.catalog().entries();
    HomePageView view = new HomePageView(title, body == null ? null : body.titleId(),
        body == null ? null : body.html(), all.size(), count(all, Review.Status.OVERDUE),
        count(all, Review.Status.DUE_SOON), categories);
    page(page, "home", title, "home", view);
  }

  private static List<SiteCatalog.Entry> first(List<SiteCatalog.Entry> entries) {
    return entries.size() <= LISTED ? entries : entries.subList(0, LISTED);
  }

  private static int count(List<SiteCatalog.Entry> entries, Review.Status status) {
    return (int) entries.stream().filter(e -> e.status() == status).count();
  }

  private void category(String name, List<SiteCatalog.Entry> entries) throws IOException {
    String page = site.catalog().categoryPage(name);
    page(page, "category", name, "", new RunbookGroup(name, null, entries.size(), rows(entries, page), false));
  }

  private void review() throws IOException {
    String page = REVIEW;
    LocalDate today = site.catalog().today();
    List<SiteCatalog.Entry> byTitle = site.catalog().byTitle();
    // Sorted by each entry's due date, found once per entry (not once per comparison); ties keep title order.
    LocalDate[] due = new LocalDate[byTitle.size()];
    Integer[] order = new Integer[due.length];
    for (int i = 0; i < due.length; i++) {
      due[i] = byTitle.get(i).review().due().orElse(LocalDate.MAX);
      order[i] = i;
    }
    Arrays.sort(order, (a, b) -> due[a].compareTo(due[b]));
    List<SiteCatalog.Entry> byDue = new ArrayList<>(due.length);
    for (int i : order) {
      byDue.add(byTitle.get(i));
    }
    List<SiteCatalog.Entry> overdue = filter(byDue, Review.Status.OVERDUE);
    List<LocalDate> upcoming = new ArrayList<>();
    for (SiteCatalog.Entry e : byDue) {
      if (e.status() == Review.Status.DUE_SOON || e.status() == Review.Status.CURRENT) {
        upcoming.add(e.review().due().get());
      }
    }
    String chart = new ReviewChart(today, overdue.size(), upcoming).svg();
    List<RunbookGroup> groups = new ArrayList<>();
    groups.add(group("Overdue", overdue, page));
    List<SiteCatalog.Entry> dueSoon = filter(byDue, Review.Status.DUE_SOON);
    groups.add(group("Due soon", dueSoon, page));
    groups.add(group("No review date", filter(byDue, Review.Status.UNKNOWN), page));
    List<SiteCatalog.Entry> current = filter(byDue, Review.Status.CURRENT);
    groups.add(new RunbookGroup("Current", null, current.size(), rows(first(current), page), true));
    ReviewPageView view = new ReviewPageView(chart, overdue.size(), dueSoon.size(), groups);
    page(page, "review", "Review status", "review", view);
  }

  private RunbookGroup group(String name, List<SiteCatalog.Entry> entries, String page) {
    return new RunbookGroup(name, null, entries.size(), rows(entries, page), true);
  }

  private static List<SiteCatalog.Entry> filter(List<SiteCatalog.Entry> entries, Review.Status status) {
    return entries.stream().filter(e -> e.status() == status).toList();
  }

  private void risk() throws IOException {
    String page = RISK;
    RiskLevel[] levels = RiskLevel.values();
    List<String> categories = new ArrayList<>(site.catalog().byCategory().keySet());
    int[][] counts = new int[categories.size()][levels.length];
    List<RiskPageView.RiskRow> rows = new ArrayList<>();
    int[] totals = new int[levels.length];
    List<SiteCatalog.Entry> unrated = new ArrayList<>();
    for (int r = 0; r < categories.size(); r++) {
      String category = categories.get(r);
      for (SiteCatalog.Entry e : site.catalog().byCategory().get(category)) {
        if (e.risk().isPresent()) {
          counts[r][e.risk().get().ordinal()]++;
          totals[e.risk().get().ordinal()]++;
        } else {
          unrated.add(e);
        }
      }
      rows.add(new RiskPageView.RiskRow(category, Hrefs.relative(page, site.catalog().categoryPage(category)),
          boxed(counts[r]), sum(counts[r])));
    }
    rows.add(new RiskPageView.RiskRow("All categories", null, boxed(totals), sum(totals)));
    List<String> labels = new ArrayList<>();
    List<String> colours = new ArrayList<>();
    List<RiskView> views = new ArrayList<>();
    for (RiskLevel l : levels) {
      labels.add(l.label());
      colours.add(l.colour());
      views.add(RunbookViews.risk(l));
    }
    String heatMap = new RiskHeatMap(categories, labels, colours, counts).svg();
    page(page, "risk", "Risk overview", "risk", new RiskPageView(heatMap, views, rows, group("Runbooks without a risk level", unrated, page)));
  }

  private static List<Integer> boxed(int[] counts) {
    List<Integer> out = new ArrayList<>();
    for (int n : counts) {
      out.add(n);
    }
    return out;
  }

  private static int sum(int[] counts) {
    int s = 0;
    for (int n : counts) {
      s += n;
    }
    return s;
  }

  private void automation() throws IOException {
    String page = AUTOMATION;
    List<SiteCatalog.Entry> stated = new ArrayList<>();
    int unstated = 0;
    for (SiteCatalog.Entry e : site.catalog().byTitle()) {
      if (e.automation() == null) {
        unstated++;
      } else {
        stated.add(e);
      }
    }
    stated.sort(Comparator.comparingInt((SiteCatalog.Entry e) -> automationRank(e.automation())));
    List<AutomationPageView.LevelCount> levels = new ArrayList<>();
    for (String level : AUTOMATION_ORDER) {
      long n = stated.stream().filter(e -> automationRank(e.automation()) == AUTOMATION_ORDER.indexOf(level)).count();
      levels.add(new AutomationPageView.LevelCount(RunbookViews.automationLabel(level), (int) n));
    }
    long other = stated.stream().filter(e -> automationRank(e.automation()) == AUTOMATION_ORDER.size()).count();
    if (other > 0) {
      levels.add(new AutomationPageView.LevelCount("Other", (int) other));
    }
    page(page, "automation", "Automation status", "automation",
        new AutomationPageView(levels, rows(stated, page), unstated));
  }

  private static int automationRank(String value) {
    int i = AUTOMATION_ORDER.indexOf(value.strip().toLowerCase(Locale.ROOT));
    return i < 0 ? AUTOMATION_ORDER.size() : i;
  }

  private void rules() throws IOException {
    boolean checked = site.options().report().isPresent();
    Map<String, Integer> counts = new HashMap<>();
    site.options().report().ifPresent(r -> {
      for (Diagnostic d : r.diagnostics()) {
        counts.merge(d.rule(), 1, Integer::sum);
      }
    });
    List<RuleView> index = new ArrayList<>();
    for (RuleInfo r : site.options().rules()) {
      index.add(ruleView(r, RULES, checked ? counts.getOrDefault(r.id(), 0) : -1));
    }
    page(RULES, "rules", "Rules", "rules", new RulesPageView(index, checked));
    for (RuleInfo r : site.options().rules()) {
      RuleView view = ruleView(r, rulePage(r.id()), checked ? counts.getOrDefault(r.id(), 0) : -1);
      page(rulePage(r.id()), "rule", r.id() + " " + r.name(), "rules", view);
    }
  }

  private static RuleView ruleView(RuleInfo r, String page, int findings) {
    String scope = r.scope() == RuleInfo.Scope.RUNBOOKS ? "Runbooks (not index pages or moved stubs)" : "Every Markdown file";
    return new RuleView(r.id(), r.name(), r.severity().id(), r.summary(), r.rationale(), r.example(), scope,
        Hrefs.relative(page, rulePage(r.id())), findings);
  }
}
