package dev.runbook.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class BuildCommandTest {
  @TempDir Path dir;
  Path root;

  @BeforeEach
  void setUp() throws Exception {
    root = SiteFixture.copyTo(dir);
  }

  @Test
  void lintsThenPublishesToTheDefaultFolder() {
    CliRunner.Result r = CliRunner.run(dir, "build", "runbooks");
    assertThat(r.exit()).as(r.err()).isZero();
    assertThat(r.out()).isEqualTo("3 files checked: no problems\n"
        + "Published 42 pages (47 files) to target/runbook-site\n");
    assertThat(r.err()).isEmpty();
    Path site = dir.resolve("target/runbook-site");
    assertThat(site.resolve("index.html")).isRegularFile();
    assertThat(site.resolve("database/failover.html")).isRegularFile();
    assertThat(site.resolve("-/rules/RB301.html")).isRegularFile();
    assertThat(site.resolve("sitemap.xml")).doesNotExist();
  }

  @Test
  void publishesTheAlertsOfTheRulesFilesOnTheirRunbooksPagesAndAsPagesOfTheirOwn() throws Exception {
    Files.writeString(dir.resolve("rules.yaml"), """
        groups:
          - name: db
            rules:
              - alert: PrimaryDown
                expr: absent(pg_up)
                labels: {severity: critical}
                annotations:
                  runbook_url: runbooks/database/failover.md
        """);
    CliRunner.Result r = CliRunner.run(dir, "build", "runbooks", "-o", "site", "--alerts", "rules.yaml");
    assertThat(r.exit()).as(r.out() + r.err()).isZero();
    assertThat(Files.readString(dir.resolve("site/database/failover.html")))
        .contains("<span class=\"alert-name\">PrimaryDown</span>", "<code>absent(pg_up)</code>", "rules.yaml:4");
    String alertPage = Files.readString(dir.resolve("site/-/alerts/PrimaryDown.html"));
    assertThat(alertPage)
        .contains("<meta http-equiv=\"refresh\" content=\"0; url=../../database/failover.html\">")
        .contains("<title>Alert PrimaryDown \u2192 Database Failover")
        .contains("The runbook of alert PrimaryDown is <a href=\"../../database/failover.html\">Database Failover</a>.");
    assertThat(Files.readString(dir.resolve("site/runbooks.json"))).contains("\"alerts\": [\"PrimaryDown\"]");
  }

  @Test
  void aFrontMatterTitleWithoutAnH1IsThePagesTitleAndTheOwnerComesFromTheSetsOwnKey() throws Exception {
    Files.writeString(dir.resolve("runbook.yml"), "root: runbooks\nfront_matter:\n  owner: [owner, owner_slack]\n");
    String page = Files.readString(root.resolve("database/failover.md"));
    String body = page.substring(page.indexOf("\n---", 3) + 4).replaceFirst("(?m)^# .*\n", "");
    Files.writeString(root.resolve("database/failover.md"), "---\ntitle: Fail over the primary\n"
        + "owner_slack: \"#db-oncall\"\nrisk: critical\nlast_reviewed: 2026-11-01\n---\n" + body);
    CliRunner.Result r = CliRunner.run(dir, "build", "runbooks", "-o", "site");
    assertThat(r.exit()).as(r.out() + r.err()).isZero();
    assertThat(r.out()).as(r.out()).startsWith("3 files checked: no problems");
    assertThat(Files.readString(dir.resolve("site/database/failover.html")))
        .contains("<title>Fail over the primary · ", "<h1>Fail over the primary</h1>");
    assertThat(Files.readString(dir.resolve("site/runbooks.json"))).contains("\"owner\": \"#db-oncall\"");
  }

  @Test
  void printsFindingsAndStillPublishesWithoutStrict() throws Exception {
    Files.writeString(root.resolve("database/failover.md"),
        Files.readString(root.resolve("database/failover.md")).replace("## Validation", "## Checks"));
    CliRunner.Result r = CliRunner.run(dir, "build", "runbooks", "-o", "site");
    assertThat(r.exit()).as(r.err()).isZero();
    assertThat(r.out()).contains("RB101 missing-section").contains("Published 42 pages");
    assertThat(dir.resolve("site/index.html")).isRegularFile();
  }

  @Test
  void strictExitsOneAndKeepsThePreviousSiteWhenCheckFails() throws Exception {
    assertThat(CliRunner.run(dir, "build", "-o", "site").exit()).isZero();
    byte[] before = Files.readAllBytes(dir.resolve("site/database/failover.html"));
    Files.writeString(root.resolve("database/failover.md"),
        Files.readString(root.resolve("database/failover.md")).replace("## Validation", "## Checks"));
    CliRunner.Result r = CliRunner.run(dir, "build", "-o", "site", "--strict");
    assertThat(r.exit()).isEqualTo(1);
    assertThat(r.out()).contains("RB101 missing-section").doesNotContain("Published");
    assertThat(r.err()).contains("the site was not written (--strict)");
    assertThat(Files.readAllBytes(dir.resolve("site/database/failover.html"))).isEqualTo(before);
  }

  @Test
  void strictPublishesAWarningFreeSet() {
    CliRunner.Result r = CliRunner.run(dir, "build", "runbooks", "-o", "site", "--strict", "--fail-on", "warning");
    assertThat(r.exit()).as(r.out() + r.err()).isZero();
    assertThat(dir.resolve("site/index.html")).isRegularFile();
  }

  @Test
  void refusesToReplaceTheWorkingFolderOrAnyFolderThatIsNotASite() throws Exception {
    Files.writeString(dir.resolve("notes.txt"), "mine");
    CliRunner.Result dot = CliRunner.run(dir, "build", "runbooks", "-o", ".");
    assertThat(dot.exit()).isEqualTo(2);
    assertThat(dot.err()).contains("runbook: refusing to replace " + dir + ": it holds the runbooks themselves");
    Path home = Files.createDirectories(dir.resolve("home"));
    Files.writeString(home.resolve(".bashrc"), "export X=1");
    CliRunner.Result other = CliRunner.run(dir, "build", "runbooks", "-o", "home");
    assertThat(other.exit()).isEqualTo(2);
    assertThat(other.err()).contains("refusing to replace " + home).contains("no .runbook-site file")
        .contains("Nothing was changed");
    assertThat(Files.readString(dir.resolve("notes.txt"))).isEqualTo("mine");
    assertThat(Files.readString(home.resolve(".bashrc"))).isEqualTo("export X=1");
    assertThat(root.resolve("README.md")).isRegularFile();
  }

  @Test
  void baseUrlAddsASitemap() throws Exception {
    CliRunner.Result r = CliRunner.run(dir, "build", "-o", "site", "--base-url", "https://runbooks.example.org/ops");
    assertThat(r.exit()).as(r.err()).isZero();
    assertThat(Files.readString(dir.resolve("site/sitemap.xml")))
        .contains("<loc>https://runbooks.example.org/ops/database/failover.html</loc>");
  }

  @Test
  void aBadDocumentsGlobIsExitTwoWithFileLineAndTheGlobAndNoSite() throws Exception {
    Files.writeString(dir.resolve("runbook.yml"), "root: runbooks\ndocuments: [\"docs/**\", \"{a,b\"]\n");
    CliRunner.Result r = CliRunner.run(dir, "build", "-o", "site");
    assertThat(r.exit()).as(r.err()).isEqualTo(2);
    assertThat(r.err()).contains("runbook.yml:2: bad glob '{a,b' in 'documents': Missing '}")
        .doesNotContain("internal error").doesNotContain("Exception").doesNotContain("\tat ");
    assertThat(dir.resolve("site")).doesNotExist();
  }

  @Test
  void rawHtmlLeftOpenIsPublishedClosedWithANoteNeverAVerificationFailure() throws Exception {
    Path dns = root.resolve("network/dns-flush.md");
    String text = Files.readString(dns);
    int line = (int) text.substring(0, text.indexOf("## Overview")).lines().count() + 1;
    Files.writeString(dns, text.replace("## Overview", "<table><style>\n\n## Overview"));
    CliRunner.Result r = CliRunner.run(dir, "build", "-o", "site");
    assertThat(r.exit()).as(r.err()).isZero();
    assertThat(r.err()).contains("note: network/dns-flush.md:" + line + ": raw HTML '<table><style>' leaves an element")
        .contains("the site shows it closed and without <style>")
        .doesNotContain("verification").doesNotContain("internal error").doesNotContain("Exception");
    assertThat(Files.readString(dir.resolve("site/network/dns-flush.html")))
        .contains("id=\"overview\"").contains("id=\"step-1-flush-the-resolvers\"");
  }

  @Test
  void oddAliasesPublishNormalisedOrAreSkippedWithANoteNeverACrash() throws Exception {
    Path dns = root.resolve("network/dns-flush.md");
    Files.writeString(dns, Files.readString(dns).replace("tags: [dns]\n",
        "tags: [dns]\naliases: [\"old//path.md\", \"/abs\", \"../up\", \"a/./b\", \"\", \"a\\\\b\", \"x?.md\"]\n"));
    CliRunner.Result r = CliRunner.run(dir, "build", "-o", "site");
    assertThat(r.exit()).as(r.err()).isZero();
    assertThat(r.err()).contains("network/dns-flush.md:7: alias '../up' leaves the runbook folder; skipped")
        .contains("network/dns-flush.md:7: alias 'x?.md' holds characters")
        .doesNotContain("internal error").doesNotContain("verification").doesNotContain("Exception");
    assertThat(r.out()).contains("alias 'old//path.md' is read as 'old/path.md'");
    for (String page : new String[] {"old/path.html", "abs.html", "a/b.html"}) {
      assertThat(Files.readString(dir.resolve("site").resolve(page))).as(page).contains("network/dns-flush.html");
    }
  }

  @Test
  void rejectsABaseUrlThatIsNotHttp() {
    CliRunner.Result r = CliRunner.run(dir, "build", "--base-url", "ftp://example.org/");
    assertThat(r.exit()).isEqualTo(2);
    assertThat(r.err()).isEqualTo("runbook: --base-url must be an http(s) URL, not 'ftp://example.org/'\n");
  }

  @Test
  void machineFormatsKeepStdoutCleanAndQuietDropsTheSummary() {
    CliRunner.Result json = CliRunner.run(dir, "build", "-o", "site", "--format", "json");
    assertThat(json.exit()).isZero();
    assertThat(json.out()).startsWith("{").doesNotContain("Published");
    assertThat(json.err()).isEqualTo("Published 42 pages (47 files) to site\n");
    CliRunner.Result quiet = CliRunner.run(dir, "build", "-o", "site", "--quiet");
    assertThat(quiet.exit()).isZero();
    assertThat(quiet.out() + quiet.err()).doesNotContain("Published");
  }

  /** Writes a set under dir/hugo; check must find nothing and build must publish it. */
  private Path checkAndBuild(Map<String, String> files) throws Exception {
    Path set = dir.resolve("hugo");
    for (Map.Entry<String, String> f : files.entrySet()) {
      Files.createDirectories(set.resolve(f.getKey()).getParent());
      Files.writeString(set.resolve(f.getKey()), f.getValue());
    }
    CliRunner.Result check = CliRunner.run(dir, "check", "hugo");
    assertThat(check.exit()).as(check.out() + check.err()).isZero();
    assertThat(check.out()).isEqualTo(files.size() + " files checked: no problems\n");
    CliRunner.Result build = CliRunner.run(dir, "build", "hugo", "-o", "hugo-site");
    assertThat(build.exit()).as(build.out() + build.err()).isZero();
    assertThat(build.err()).isEmpty();
    return dir.resolve("hugo-site");
  }

  private static String rotate(String indexLink) {
    return CheckCommandTest.GOOD.replace("[Index](README.md)", "[Index](" + indexLink + ")");
  }

  @Test
  void aRootUnderscoreIndexOrAnyCaseReadmeIsTheHomePage() throws Exception {
    Path site = checkAndBuild(Map.of("_index.md", "# Hugo home\n\n## Logs\n\n- [Rotate](rotate.md)\n",
        "rotate.md", rotate("_index.md")));
    assertThat(Files.readString(site.resolve("index.html"))).contains("Hugo home");
    assertThat(Files.readString(site.resolve("rotate.html"))).contains("<a href=\"index.html\">Index</a>");
    Files.delete(dir.resolve("hugo/_index.md"));
    site = checkAndBuild(Map.of("Readme.md", "# Mixed case home\n\n## Logs\n\n- [Rotate](rotate.md)\n",
        "rotate.md", rotate("Readme.md")));
    assertThat(Files.readString(site.resolve("index.html"))).contains("Mixed case home");
  }

  @Test
  void indexAndUnderscoreIndexInOneFolderBothPublish() throws Exception {
    Path site = checkAndBuild(Map.of(
        "README.md", "# Home\n\n## Logs\n\n- [Logs](logs/)\n",
        "logs/index.md", "# Logs\n\n- [Rotate](rotate.md)\n- [Hugo page](_index.md)\n",
        "logs/_index.md", "# Logs for Hugo\n",
        "logs/rotate.md", rotate("./")));
    assertThat(Files.readString(site.resolve("logs/index.html"))).contains("<h1 id=\"logs\">Logs</h1>")
        .contains("<a href=\"_index.md.html\">Hugo page</a>");
    assertThat(Files.readString(site.resolve("logs/_index.md.html"))).contains("Logs for Hugo");
    assertThat(Files.readString(site.resolve("logs/rotate.html"))).contains("<a href=\"index.html\">Index</a>");
  }

  @Test
  void aHugoSetWithFolderLinksChecksCleanAndPublishes() throws Exception {
    Path site = checkAndBuild(Map.of(
        "_index.md", "---\ntitle: Runbooks\n---\n\n## Logs\n\n- [Logs](logs/)\n",
        "logs/_index.md", "---\ntitle: Logs\n---\n\n- [Rotate](rotate.md)\n",
        "logs/rotate.md", rotate("../logs")));
    assertThat(Files.readString(site.resolve("index.html"))).contains("<a href=\"logs/index.html\">Logs</a>");
    assertThat(Files.readString(site.resolve("logs/rotate.html"))).contains("<a href=\"index.html\">Index</a>");
  }

  private static String runbook(String title, String indexLink) {
    return rotate(indexLink).replace("# Rotate logs", "# " + title);
  }

  @Test
  void documentsNamedLikeTheSitesOwnPagesCheckCleanAndKeepTheirPages() throws Exception {
    Map<String, String> files = new java.util.TreeMap<>(Map.ofEntries(
        Map.entry("README.md", "# Home\n\n## Logs\n\n- [Review](review.md)\n- [Risk](risk.md)\n"
            + "- [Automation](automation.md)\n- [Lost](404.md)\n- [Logs category](categories/logs.md)\n"
            + "- [Rules](rules/)\n- [Rule notes](rules/RB301.md)\n- [Rotate](rotate.md)\n- [Rotate upper](rotate.MD)\n"
            + "- [Net](net/)\n- [Net index](net/index.md)\n- [Net runbook](net/index.md.md)\n"),
        Map.entry("review.md", runbook("Review", "README.md")),
        Map.entry("risk.md", runbook("Risk", "README.md")),
        Map.entry("automation.md", runbook("Automation", "README.md")),
        Map.entry("404.md", runbook("Lost", "README.md")),
        Map.entry("categories/logs.md", runbook("Logs category", "../README.md")),
        Map.entry("rules/index.md", "# Rules folder\n\n- [Rule notes](RB301.md)\n"),
        Map.entry("rules/RB301.md", runbook("Rule notes", "../README.md")),
        Map.entry("rotate.md", runbook("Rotate", "README.md")),
        Map.entry("rotate.MD", runbook("Rotate upper", "rotate.md")),
        Map.entry("net/README.md", "# Net\n\n- [Index page](index.md)\n- [Runbook](index.md.md)\n"),
        Map.entry("net/index.md", "# Net index\n"),
        Map.entry("net/index.md.md", runbook("Net runbook", "../README.md"))));
    Path set = dir.resolve("clash");
    for (Map.Entry<String, String> f : files.entrySet()) {
      Files.createDirectories(set.resolve(f.getKey()).getParent());
      Files.writeString(set.resolve(f.getKey()), f.getValue());
    }
    CliRunner.Result check = CliRunner.run(dir, "check", "clash");
    assertThat(check.exit()).as(check.out() + check.err()).isZero();
    assertThat(check.out()).isEqualTo(files.size() + " files checked: no problems\n");

    CliRunner.Result build = CliRunner.run(dir, "build", "clash", "-o", "clash-site");
    assertThat(build.exit()).as(build.out() + build.err()).isZero();
    assertThat(build.err().lines()).containsExactly(
        "runbook: note: 404.md is published as 404.md.html because 404.html is the site's page-not-found page;"
            + " rename the file to give it a page named after it",
        "runbook: note: net/index.md is published as net/index.md-2.html because net/index.md.html is the page of"
            + " net/index.md.md; rename the file to give it a page named after it",
        "runbook: note: rotate.MD is published as rotate.MD.html because rotate.html is the page of rotate.md;"
            + " rename the file to give it a page named after it");
    Path site = dir.resolve("clash-site");
    // The site's own pages are in -/; the set's review.md, rules/README.md, … keep their pages.
    assertThat(Files.readString(site.resolve("-/review.html"))).contains("Review status");
    assertThat(Files.readString(site.resolve("-/rules/index.html"))).contains("RB101");
    assertThat(Files.readString(site.resolve("review.html"))).contains("<h1 id=\"review\">Review</h1>");
    assertThat(Files.readString(site.resolve("rules/index.html"))).contains("Rules folder");
    assertThat(Files.readString(site.resolve("index.html")))
        .contains("<a href=\"review.html\">Review</a>", "<a href=\"404.md.html\">Lost</a>",
            "<a href=\"categories/logs.html\">Logs category</a>", "<a href=\"rules/index.html\">Rules</a>",
            "<a href=\"rotate.html\">Rotate</a>", "<a href=\"rotate.MD.html\">Rotate upper</a>",
            "<a href=\"net/index.md-2.html\">Net index</a>", "<a href=\"net/index.md.html\">Net runbook</a>");
    assertThat(Files.readString(site.resolve("rotate.MD.html"))).contains("<a href=\"rotate.html\">Index</a>");
  }

  @Test
  void helpListsTheOptions() {
    CliRunner.Result r = CliRunner.run(dir, "build", "--help");
    assertThat(r.exit()).isZero();
    assertThat(r.out()).contains("--output=DIR", "--base-url=URL", "--strict", "--today=DATE", "--fail-on=LEVEL");
  }

  @Test
  void anEmptyMarkerBesideSomeonesFileIsRefusedWithExitTwo() throws Exception {
    Path docs = Files.createDirectories(dir.resolve("docs"));
    Files.writeString(docs.resolve("important.txt"), "mine");
    Files.writeString(docs.resolve(".runbook-site"), "");
    CliRunner.Result r = CliRunner.run(dir, "build", "runbooks", "-o", "docs");
    assertThat(r.exit()).isEqualTo(ExitCodes.USAGE);
    assertThat(r.err()).contains("runbook: refusing to replace " + docs
        + ": its .runbook-site file was not written by runbook (it is empty). Nothing was changed: "
        + "choose another output folder, or move your files out of this one (or delete it yourself)\n");
    try (var files = Files.list(docs)) {
      assertThat(files.map(p -> p.getFileName().toString())).containsExactlyInAnyOrder("important.txt", ".runbook-site");
    }
    assertThat(docs.resolve("important.txt")).hasContent("mine");
    assertThat(docs.resolve(".runbook-site")).isEmptyFile();
  }

  @Test
  void aSiteItBuiltIsReplacedButNotOnceSomeonesFileIsInIt() throws Exception {
    assertThat(CliRunner.run(dir, "build", "runbooks", "-o", "site").exit()).isZero();
    assertThat(CliRunner.run(dir, "build", "runbooks", "-o", "site").exit()).isZero();
    Files.writeString(dir.resolve("site/important.txt"), "mine");
    CliRunner.Result r = CliRunner.run(dir, "build", "runbooks", "-o", "site");
    assertThat(r.exit()).isEqualTo(ExitCodes.USAGE);
    assertThat(r.err()).contains("runbook: refusing to replace " + dir.resolve("site")
        + ": it holds important.txt, which the previous build did not write (it is not listed in .runbook-site)");
    assertThat(dir.resolve("site/important.txt")).hasContent("mine");
  }
}
