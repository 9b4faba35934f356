package dev.runbook.core.site;

import static org.assertj.core.api.Assertions.assertThat;

import dev.runbook.core.check.CheckOptions;
import dev.runbook.core.check.CheckRunner;
import dev.runbook.core.config.Config;
import dev.runbook.core.report.Report;
import dev.runbook.core.report.RuleInfo;
import dev.runbook.core.rules.Rule;
import dev.runbook.core.rules.builtin.BuiltinRules;
import dev.runbook.core.testing.Lint;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.snakeyaml.engine.v2.api.Load;
import org.snakeyaml.engine.v2.api.LoadSettings;

/**
 * Documents named like the site's own pages (a dashboard, a category or rule page, a theme asset)
 * keep their pages, since the site's own live in {@code -/}; documents whose natural page is still
 * taken (the top's {@code 404.html}, the same name in another case, a runbook named like an index
 * page's own page) publish on a fallback page that every link, listing and data file uses.
 */
class PageNamesSiteTest {
  private static final List<RuleInfo> RULES = BuiltinRules.all().stream().map(Rule::info).toList();

  @TempDir Path tmp;

  /** A runbook that passes every rule. */
  static String runbook(String title, String frontMatter, String home, String references) {
    return "---\nrisk: low\nowner: sre\nlast_reviewed: 2026-11-01\nautomation: manual\n" + frontMatter + "---\n"
        + "# " + title + "\n\n## Overview\n\nDoes " + title + ".\n\n## Prerequisites\n\n- Shell access\n\n"
        + "## Steps\n\n1. Run `true`\n\n## Validation\n\n- It worked\n\n## Rollback\n\n- Nothing to undo\n\n"
        + "## References\n\n- [Home](" + home + ")\n" + references;
  }

  /** Every kind of clash the site has, with links, an alias and a moved stub that lead to them. */
  static Map<String, String> clashingSet() {
    Map<String, String> files = new LinkedHashMap<>();
    files.put("README.md", "# Home\n\n## Named like dashboards\n\n"
        + "- [Review](review.md)\n- [Review notes](review.md.md)\n- [Risk](risk.md)\n- [Automation](automation.md)\n"
        + "- [Lost](404.md)\n\n## Named like site sections\n\n- [Database category](categories/database.md)\n"
        + "- [Rules folder](rules/)\n- [Rule notes](rules/RB301.md)\n- [Theme guide](assets/guide.md)\n\n"
        + "## Names in two cases\n\n- [Foo](foo.md)\n- [Foo upper](foo.MD)\n- [Old foo](old-foo.md)\n\n"
        + "## Network\n\n- [Net](net/)\n- [Net index page](net/index.md)\n- [Net index runbook](net/index.md.md)\n");
    files.put("review.md", runbook("Review", "aliases: [old/review.md]\n", "README.md", ""));
    files.put("review.md.md", runbook("Review notes", "", "README.md", "- [Review](review.md#steps)\n"));
    files.put("risk.md", runbook("Risk", "", "README.md", ""));
    files.put("automation.md", runbook("Automation", "", "README.md", ""));
    files.put("404.md", runbook("Lost", "", "README.md", ""));
    files.put("categories/database.md", runbook("Database category", "category: Database\n", "../README.md", ""));
    files.put("rules/index.md", "# Rules folder\n\n- [Rule notes](RB301.md)\n");
    files.put("rules/RB301.md", runbook("Rule notes", "", "../README.md", "- [Rules folder](./)\n"));
    files.put("assets/guide.md", runbook("Theme guide", "", "../README.md", ""));
    files.put("foo.md", runbook("Foo", "", "README.md",
        "- [Upper steps](foo.MD#steps)\n- [Review](review.md)\n- [Lost](404.md)\n- [Rules](rules/index.md)\n"));
    files.put("foo.MD", runbook("Foo upper", "", "README.md", "- [Lower](foo.md)\n"));
    files.put("old-foo.md", "---\nmoved_to: foo.MD\n---\n# Old foo\n\nMoved to [Foo upper](foo.MD).\n");
    files.put("net/README.md", "# Net\n\n- [Index page](index.md)\n- [Index runbook](index.md.md)\n");
    files.put("net/index.md", "# Net index page\n\n- [Review](../review.md)\n");
    files.put("net/index.md.md", runbook("Net index runbook", "", "../README.md", "- [Index page](index.md)\n"));
    return files;
  }

  private Path write(Map<String, String> files) throws IOException {
    Path root = tmp.resolve("runbooks");
    for (Map.Entry<String, String> f : files.entrySet()) {
      Path p = root.resolve(f.getKey());
      Files.createDirectories(p.getParent());
      Files.writeString(p, f.getValue());
    }
    return root;
  }

  private SiteResult build(Path root, Path site, int threads) throws Exception {
    Report report = new CheckRunner().run(CheckOptions.of(root, root, Lint.clock(SiteFixtures.TODAY))).report();
    Path theme = Files.createDirectories(tmp.resolve("theme"));
    Files.writeString(theme.resolve("guide.html"), "<!DOCTYPE html>\n<title>Theme guide</title>\n<p>From the theme.</p>\n");
    SiteOptions options = SiteOptions.of(site, SiteFixtures.TODAY).withChecks(RULES, Optional.of(report))
        .withBaseUrl(Optional.of("https://runbooks.example.org/")).withThemeDir(Optional.of(theme))
        .withThreads(threads);
    return new SiteBuilder(options).build(SiteFixtures.load(root, Config.DEFAULT), Config.DEFAULT);
  }

  /** Builds the site of a set that passes the check, on two threads. */
  private SiteResult buildClean(Path root, Path site) throws Exception {
    assertThat(Lint.findings(root, SiteFixtures.TODAY)).as("check").isEmpty();
    return build(root, site, 2);
  }

  private static Document page(Path site, String page) throws IOException {
    return Jsoup.parse(Files.readString(site.resolve(page)));
  }

  /** Link text to href of the links in a page's main part. */
  private static Map<String, String> links(Path site, String page) throws IOException {
    Map<String, String> hrefs = new TreeMap<>();
    page(site, page).select("main a[href]").forEach(a -> hrefs.putIfAbsent(a.text(), a.attr("href")));
    return hrefs;
  }

  @Test
  void theSetsOwnNamesKeepTheirPagesAndEveryClashLeftPublishesOnAFallbackPageThatEveryLinkUses() throws Exception {
    Path root = write(clashingSet());
    Path site = tmp.resolve("site");
    SiteResult result = buildClean(root, site);

    // The site's own pages and files are in its own folder, -/; 404.html stays at the top.
    assertThat(page(site, "-/review.html").title()).contains("Review status");
    assertThat(page(site, "-/risk.html").title()).contains("Risk overview");
    assertThat(page(site, "-/automation.html").title()).contains("Automation status");
    assertThat(page(site, "404.html").title()).contains("Page not found");
    assertThat(page(site, "-/categories/database.html").select("h1").text()).isEqualTo("Database");
    assertThat(page(site, "-/rules/index.html").title()).startsWith("Rules");
    assertThat(page(site, "-/rules/RB301.html").title()).contains("RB301");
    assertThat(Files.readString(site.resolve("-/assets/guide.html"))).contains("From the theme.");

    // Each document's page, from runbooks.json (runbooks) and the files (index pages, stubs):
    // named like the site's pages, they keep their natural pages; only the top's 404.html and
    // clashes between documents move.
    assertThat(runbookPages(site)).containsExactlyInAnyOrderEntriesOf(Map.ofEntries(
        Map.entry("review.md", "review.html"),
        Map.entry("review.md.md", "review.md.html"),
        Map.entry("risk.md", "risk.html"),
        Map.entry("automation.md", "automation.html"),
        Map.entry("404.md", "404.md.html"),
        Map.entry("categories/database.md", "categories/database.html"),
        Map.entry("rules/RB301.md", "rules/RB301.html"),
        Map.entry("assets/guide.md", "assets/guide.html"),
        Map.entry("foo.md", "foo.html"),
        Map.entry("foo.MD", "foo.MD.html"),
        Map.entry("net/index.md.md", "net/index.md.html")));
    assertThat(page(site, "rules/index.html").select("h1").text()).isEqualTo("Rules folder");
    assertThat(page(site, "net/index.html").select("h1").text()).isEqualTo("Net");
    assertThat(page(site, "net/index.md-2.html").select("h1").text()).isEqualTo("Net index page");
    assertThat(page(site, "foo.html").select("h1").text()).isEqualTo("Foo");
    assertThat(page(site, "foo.MD.html").select("h1").text()).isEqualTo("Foo upper");

    // Links from other documents, folder links, backlinks.
    assertThat(links(site, "index.html")).containsAllEntriesOf(Map.ofEntries(
        Map.entry("Review", "review.html"),
        Map.entry("Review notes", "review.md.html"),
        Map.entry("Risk", "risk.html"),
        Map.entry("Automation", "automation.html"),
        Map.entry("Lost", "404.md.html"),
        Map.entry("Database category", "categories/database.html"),
        Map.entry("Rules folder", "rules/index.html"),
        Map.entry("Rule notes", "rules/RB301.html"),
        Map.entry("Theme guide", "assets/guide.html"),
        Map.entry("Foo upper", "foo.MD.html"),
        Map.entry("Net", "net/index.html"),
        Map.entry("Net index page", "net/index.md-2.html"),
        Map.entry("Net index runbook", "net/index.md.html")));
    assertThat(links(site, "foo.html")).containsEntry("Upper steps", "foo.MD.html#steps")
        .containsEntry("Review", "review.html").containsEntry("Lost", "404.md.html")
        .containsEntry("Rules", "rules/index.html");
    assertThat(links(site, "rules/RB301.html")).containsEntry("Rules folder", "index.html");
    assertThat(links(site, "review.md.html")).containsEntry("Review", "review.html#steps");
    assertThat(page(site, "review.html").select("a[href]").eachAttr("href"))
        .contains("foo.html", "review.md.html", "net/index.md-2.html");
    assertThat(page(site, "foo.MD.html").select("a[href]").eachAttr("href")).contains("foo.html");

    // Listings: category, Review status, Risk overview, Automation status.
    assertThat(page(site, "-/categories/database.html").select("main a[href]").eachAttr("href"))
        .contains("../../categories/database.html");
    for (String listing : List.of("-/review.html", "-/risk.html", "-/automation.html", "-/categories/named-like-dashboards.html")) {
      assertThat(page(site, listing).select("main a[href]").eachAttr("href")).as(listing)
          .doesNotContain("review.html", "risk.html", "automation.html", "404.html");
    }
    assertThat(page(site, "-/automation.html").select("main a[href]").eachAttr("href"))
        .contains("../review.html", "../risk.html", "../automation.html", "../404.md.html", "../foo.MD.html");

    // Redirects for an alias and a moved stub; the sitemap and the search index.
    assertThat(page(site, "old/review.html").select("a[href]").eachAttr("href")).contains("../review.html");
    assertThat(page(site, "old-foo.html").select("a[href]").eachAttr("href")).contains("foo.MD.html");
    assertThat(Files.readString(site.resolve("sitemap.xml")))
        .contains("<loc>https://runbooks.example.org/review.html</loc>",
            "<loc>https://runbooks.example.org/-/review.html</loc>",
            "<loc>https://runbooks.example.org/net/index.md-2.html</loc>");
    assertThat(Files.readString(site.resolve("-/search-index.js")))
        .contains("\"review.html\"", "\"foo.MD.html\"", "\"rules/index.html\"");

    // One note for each moved document, saying where it went and why.
    assertThat(result.notes()).containsExactly(
        "404.md is published as 404.md.html because 404.html is the site's page-not-found page;"
            + " rename the file to give it a page named after it",
        "foo.MD is published as foo.MD.html because foo.html is the page of foo.md;"
            + " rename the file to give it a page named after it",
        "net/index.md is published as net/index.md-2.html because net/index.md.html is the page of net/index.md.md;"
            + " rename the file to give it a page named after it");

    // The same pages whatever the number of threads.
    Path again = tmp.resolve("again");
    build(root, again, 1);
    assertThat(SiteSessionTest.files(again).keySet()).isEqualTo(SiteSessionTest.files(site).keySet());
  }

  @Test
  void namesThatDifferOnlyInCaseNeverShareAFileOnAnyFileSystem() throws Exception {
    Path root = write(Map.of(
        "README.md", "# Home\n\n## All\n\n- [Review](Review.md)\n- [Deploy](Deploy.md)\n- [deploy](deploy.md)\n",
        "Review.md", runbook("Review", "", "README.md", ""),
        "Deploy.md", runbook("Deploy", "", "README.md", "- [Lower](deploy.md)\n"),
        "deploy.md", runbook("deploy", "", "README.md", "")));
    Path site = tmp.resolve("site");
    SiteResult result = buildClean(root, site);
    assertThat(runbookPages(site)).containsExactlyInAnyOrderEntriesOf(Map.of(
        "Review.md", "Review.html", "Deploy.md", "Deploy.html", "deploy.md", "deploy.md.html"));
    assertThat(page(site, "-/review.html").title()).contains("Review status");
    assertThat(links(site, "Deploy.html")).containsEntry("Lower", "deploy.md.html");
    assertThat(result.notes()).containsExactly(
        "deploy.md is published as deploy.md.html because deploy.html would be the same file as Deploy.html,"
            + " the page of Deploy.md, where file names ignore case; rename the file to give it a page named after it");
  }

  @Test
  void aRunbookNamedLikeAFolderOfRunbooksPublishesBesideIt() throws Exception {
    Path root = write(Map.of(
        "README.md", "# Home\n\n- [Foo](foo.md)\n- [Bar](foo.html/bar.md)\n- [Deep](a/b.html/c.md)\n- [B](a/B.md)\n",
        "foo.md", runbook("Foo", "", "README.md", "- [Bar](foo.html/bar.md)\n"),
        "foo.html/bar.md", runbook("Bar", "", "../README.md", "- [Foo](../foo.md#steps)\n"),
        "a/B.md", runbook("B", "", "../README.md", ""),
        "a/b.html/c.md", runbook("Deep", "", "../../README.md", "- [B](../B.md)\n")));
    Path site = tmp.resolve("site");
    SiteResult result = buildClean(root, site);
    assertThat(runbookPages(site)).containsExactlyInAnyOrderEntriesOf(Map.of(
        "foo.md", "foo.md.html", "foo.html/bar.md", "foo.html/bar.html",
        "a/B.md", "a/B.md.html", "a/b.html/c.md", "a/b.html/c.html"));
    assertThat(links(site, "index.html")).containsEntry("Foo", "foo.md.html").containsEntry("Bar", "foo.html/bar.html");
    assertThat(links(site, "foo.html/bar.html")).containsEntry("Foo", "../foo.md.html#steps");
    assertThat(links(site, "a/b.html/c.html")).containsEntry("B", "../B.md.html");
    assertThat(result.notes()).containsExactly(
        "a/B.md is published as a/B.md.html because a/B.html would be the same file as a/b.html, a folder of the"
            + " site, where file names ignore case; rename the file to give it a page named after it",
        "foo.md is published as foo.md.html because foo.html is a folder of the site; rename the file to give it a"
            + " page named after it");
  }

  /** Runbook path to page, from runbooks.json. */
  @SuppressWarnings("unchecked")
  static Map<String, String> runbookPages(Path site) throws IOException {
    Map<String, Object> json = (Map<String, Object>) new Load(LoadSettings.builder().build())
        .loadFromString(Files.readString(site.resolve("runbooks.json")));
    Map<String, String> pages = new TreeMap<>();
    for (Map<String, Object> r : (List<Map<String, Object>>) json.get("runbooks")) {
      pages.put((String) r.get("path"), (String) r.get("page"));
    }
    return pages;
  }
}
