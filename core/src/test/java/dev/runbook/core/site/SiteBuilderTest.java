package dev.runbook.core.site;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.runbook.core.config.Config;
import dev.runbook.core.config.SiteConfig;
import dev.runbook.core.site.output.OutputFolder;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Whole builds of the fixture: what is written, same bytes twice, and output safety. */
class SiteBuilderTest {
  @TempDir Path tmp;

  @Test
  void writesEveryKindOfPageAndReportsCounts() throws Exception {
    SiteResult result = SiteFixtures.build("fixture", tmp.resolve("site"));
    Path site = tmp.resolve("site");
    assertThat(result.output()).isEqualTo(site);
    assertThat(site.resolve(OutputFolder.MARKER)).isRegularFile();
    for (String page : new String[] {"index.html", "database/failover.html", "network/dns-flush.html",
        "network/old-dns.html", "old/db-failover.html", "failover.html", "docs/guide.html", "-/review.html",
        "-/risk.html", "-/automation.html", "-/rules/index.html", "-/rules/RB301.html", "-/rules/RB403.html", "404.html",
        "-/categories/database.html", "-/categories/networking.html", "runbooks.json", "sitemap.xml",
        "-/search-index.js", "-/assets/runbook.css", "-/assets/runbook.js", "-/assets/favicon.svg",
        "database/img/diagram.png"}) {
      assertThat(site.resolve(page)).as(page).isRegularFile();
    }
    assertThat(files(site).keySet()).noneMatch(p -> p.endsWith(".md"));
    assertThat(result.pages()).isEqualTo(16);
    assertThat(result.files()).isEqualTo(files(site).size() - 1);
  }

  @Test
  void identicalInputGivesIdenticalBytes() throws Exception {
    SiteFixtures.build("fixture", tmp.resolve("one"));
    SiteFixtures.build("fixture", SiteFixtures.options(tmp.resolve("two")).withThreads(1));
    Map<String, byte[]> one = files(tmp.resolve("one"));
    Map<String, byte[]> two = files(tmp.resolve("two"));
    assertThat(two.keySet()).containsExactlyElementsOf(one.keySet());
    one.forEach((path, bytes) -> assertThat(two.get(path)).as(path).isEqualTo(bytes));
    SiteFixtures.build("fixture", tmp.resolve("one"));
    Map<String, byte[]> again = files(tmp.resolve("one"));
    one.forEach((path, bytes) -> assertThat(again.get(path)).as(path).isEqualTo(bytes));
  }

  @Test
  void refusesANonEmptyFolderWithoutMarkerAndTouchesNothing() throws Exception {
    Path home = tmp.resolve("home");
    Files.createDirectories(home.resolve("projects"));
    Files.writeString(home.resolve("notes.txt"), "mine");
    assertThatThrownBy(() -> SiteFixtures.build("fixture", home))
        .isInstanceOf(SiteException.class)
        .hasMessageContaining("refusing to replace " + home)
        .hasMessageContaining("no " + OutputFolder.MARKER)
        .satisfies(e -> assertThat(((SiteException) e).kind()).isEqualTo(SiteException.Kind.REFUSED));
    assertThat(Files.readString(home.resolve("notes.txt"))).isEqualTo("mine");
    assertThat(home.resolve("projects")).isDirectory();
    try (Stream<Path> s = Files.list(tmp)) {
      assertThat(s.map(p -> p.getFileName().toString())).containsExactly("home");
    }
  }

  @Test
  void refusesAFolderThatHoldsTheRunbooks() {
    Path root = SiteFixtures.root("fixture");
    assertThatThrownBy(() -> SiteFixtures.build("fixture", root.getParent()))
        .isInstanceOf(SiteException.class)
        .hasMessageContaining("holds the runbooks");
    assertThatThrownBy(() -> SiteFixtures.build("fixture", root))
        .isInstanceOf(SiteException.class)
        .hasMessageContaining("holds the runbooks");
  }

  @Test
  void refusesAFile() throws IOException {
    Path file = Files.writeString(tmp.resolve("site"), "not a folder");
    assertThatThrownBy(() -> SiteFixtures.build("fixture", file))
        .isInstanceOf(SiteException.class)
        .hasMessageContaining("is a file");
    assertThat(Files.readString(file)).isEqualTo("not a folder");
  }

  @Test
  void replacesAnEmptyFolderAndAPreviousSite() throws Exception {
    Path site = Files.createDirectories(tmp.resolve("site"));
    SiteFixtures.build("fixture", site);
    // A page an older build wrote (and listed) that this build no longer writes.
    Files.writeString(site.resolve("stale.html"), "from an older build");
    Files.writeString(site.resolve(OutputFolder.MARKER), "stale.html\n", StandardOpenOption.APPEND);
    SiteFixtures.build("fixture", site);
    assertThat(site.resolve("stale.html")).doesNotExist();
    assertThat(site.resolve("index.html")).isRegularFile();
    try (Stream<Path> s = Files.list(tmp)) {
      assertThat(s.map(p -> p.getFileName().toString())).containsExactly("site");
    }
  }

  @Test
  void aFailedBuildKeepsThePreviousSite() throws Exception {
    Path site = tmp.resolve("site");
    SiteFixtures.build("fixture", site);
    Map<String, byte[]> before = files(site);
    Path theme = Files.createDirectories(tmp.resolve("theme"));
    Files.writeString(theme.resolve("404.mustache"),
        "{{> head}}<p>Lost? <a href=\"{{root}}no-such-page.html\">Try this</a></p>{{> foot}}", StandardCharsets.UTF_8);
    assertThatThrownBy(() -> SiteFixtures.build("fixture", SiteFixtures.options(site).withThemeDir(Optional.of(theme))))
        .isInstanceOf(SiteException.class)
        .hasMessageContaining("failed verification")
        .hasMessageContaining("404.html: href '../no-such-page.html'".replace("../", ""))
        .hasMessageContaining("the previous site was kept")
        .satisfies(e -> assertThat(((SiteException) e).kind()).isEqualTo(SiteException.Kind.INVALID_OUTPUT));
    Map<String, byte[]> after = files(site);
    assertThat(after.keySet()).containsExactlyElementsOf(before.keySet());
    before.forEach((path, bytes) -> assertThat(after.get(path)).as(path).isEqualTo(bytes));
    try (Stream<Path> s = Files.list(tmp)) {
      assertThat(s.map(p -> p.getFileName().toString())).containsExactlyInAnyOrder("site", "theme");
    }
  }

  @Test
  void aBrokenThemeTemplateStopsTheBuildBeforeAnythingIsWritten() throws Exception {
    Path theme = Files.createDirectories(tmp.resolve("theme"));
    Files.writeString(theme.resolve("runbook.mustache"), "{{#unclosed}}", StandardCharsets.UTF_8);
    assertThatThrownBy(() -> SiteFixtures.build("fixture",
        SiteFixtures.options(tmp.resolve("site")).withThemeDir(Optional.of(theme))))
        .isInstanceOf(SiteException.class)
        .hasMessageContaining("runbook.mustache does not compile");
    assertThat(tmp.resolve("site")).doesNotExist();
  }

  @Test
  void aThemeFolderOverridesOneAssetAndAddsOthers() throws Exception {
    Path theme = Files.createDirectories(tmp.resolve("theme"));
    Files.writeString(theme.resolve("runbook.css"), "body { color: teal; }\n");
    Files.writeString(theme.resolve("logo.txt"), "logo");
    Path site = tmp.resolve("site");
    SiteFixtures.build("fixture", SiteFixtures.options(site).withThemeDir(Optional.of(theme)));
    assertThat(site.resolve("-/assets/runbook.css")).hasContent("body { color: teal; }");
    assertThat(site.resolve("-/assets/logo.txt")).hasContent("logo");
    assertThat(site.resolve("-/assets/runbook.js")).isRegularFile();
  }

  @Test
  void aTemplateThatShowsTheBodyTwiceOrEscapedShowsItAsWritten() throws Exception {
    Path theme = Files.createDirectories(tmp.resolve("theme"));
    Files.writeString(theme.resolve("runbook.mustache"),
        "{{> head}}<main>{{{body}}}</main><aside>{{{body}}}</aside>{{> foot}}", StandardCharsets.UTF_8);
    Files.writeString(theme.resolve("document.mustache"),
        "{{> head}}<pre>{{body}}</pre><div>{{{body}}}</div>{{> foot}}", StandardCharsets.UTF_8);
    Files.writeString(theme.resolve("redirect.mustache"), "{{> head}}<p>Moved</p>{{> foot}}", StandardCharsets.UTF_8);
    Path site = tmp.resolve("site");
    SiteFixtures.build("fixture", SiteFixtures.options(site).withThemeDir(Optional.of(theme)));
    String runbook = Files.readString(site.resolve("database/failover.html"));
    assertThat(runbook.split("Promote the standby with <code>pg_ctl promote</code>", -1)).hasSize(3);
    String guide = Files.readString(site.resolve("docs/guide.html"));
    assertThat(guide).contains("<pre>&lt;p&gt;Some &lt;abbr title&#61;&quot;site reliability engineering&quot;&gt;SRE")
        .contains("<div><p>Some <abbr").doesNotContain("\u0000").doesNotContain("&#0;");
  }

  @Test
  void pagesAreWrittenOneFolderAtATurn() {
    assertThat(SiteBuilder.acrossFolders(java.util.List.of(
        "a/1.html", "a/2.html", "a/3.html", "b/1.html", "c/x/1.html", "c/x/2.html", "index.html")))
        .containsExactly(0, 3, 4, 6, 1, 5, 2);
    assertThat(SiteBuilder.acrossFolders(java.util.List.of())).isEmpty();
  }

  @Test
  void theSiteIsAsReadableAsAnyNewFolder() throws Exception {
    Path probe = Files.createDirectory(tmp.resolve("probe"));
    SiteFixtures.build("fixture", tmp.resolve("site"));
    if (probe.getFileSystem().supportedFileAttributeViews().contains("posix")) {
      assertThat(Files.getPosixFilePermissions(tmp.resolve("site")))
          .isEqualTo(Files.getPosixFilePermissions(probe));
    }
  }

  @Test
  void theConfigsThemeFolderIsReadRelativeToTheConfigFile() throws Exception {
    Path project = Files.createDirectories(tmp.resolve("project"));
    Files.createDirectories(project.resolve("site-theme"));
    Files.writeString(project.resolve("site-theme/404.mustache"), "{{> head}}<p>Our own 404</p>{{> foot}}");
    Path root = SiteFixtures.root("fixture");
    Config fixture = SiteFixtures.config(root);
    Config config = new Config(Optional.of(project.resolve("runbook.yml")), fixture.root(), fixture.exclude(),
        fixture.documents(), fixture.sections(), fixture.sectionAliases(), fixture.reviewInterval(),
        fixture.warnBeforeDays(), fixture.rules(), new SiteConfig("Themed", Optional.empty(), Optional.empty(),
            Optional.of("site-theme")), fixture.frontMatterKeys());
    Path site = tmp.resolve("site");
    new SiteBuilder(SiteFixtures.options(site)).build(SiteFixtures.load(root, config), config);
    assertThat(Files.readString(site.resolve("404.html"))).contains("<p>Our own 404</p>").contains("<title>Page not found · Themed</title>");
  }

  @Test
  void longGroupsAreCutOnTheHomeAndReviewPagesButNotOnTheirOwnPage() throws Exception {
    Path root = Files.createDirectories(tmp.resolve("many/ops"));
    for (int i = 0; i < 55; i++) {
      Files.writeString(root.resolve(String.format("task-%02d.md", i)),
          "---\nrisk: low\nowner: ops\nlast_reviewed: 2026-11-01\n---\n# Task " + i + "\n");
    }
    Path site = tmp.resolve("site");
    Config config = Config.DEFAULT;
    new SiteBuilder(SiteFixtures.options(site)).build(SiteFixtures.load(tmp.resolve("many"), config), config);
    org.jsoup.nodes.Document home = org.jsoup.Jsoup.parse(Files.readString(site.resolve("index.html")));
    assertThat(home.select("table.runbooks tbody tr")).hasSize(GeneratedPages.LISTED);
    assertThat(home.select("p.more a").attr("href")).isEqualTo("-/categories/ops.html");
    assertThat(home.select("p.more").text()).isEqualTo("All 55 runbooks in Ops");
    org.jsoup.nodes.Document category = org.jsoup.Jsoup.parse(Files.readString(site.resolve("-/categories/ops.html")));
    assertThat(category.select("table.runbooks tbody tr")).hasSize(55);
    org.jsoup.nodes.Document review = org.jsoup.Jsoup.parse(Files.readString(site.resolve("-/review.html")));
    assertThat(review.select("p.more").text()).startsWith("The 50 due first are listed; 5 more are current.");
  }

  @Test
  void editLinksNameTheFileFromTheFolderOfRunbookYml() throws Exception {
    Path root = SiteFixtures.root("fixture");
    Config fixture = SiteFixtures.config(root);
    Config config = new Config(Optional.of(root.getParent().resolve("runbook.yml")), fixture.root(),
        fixture.exclude(), fixture.documents(), fixture.sections(), fixture.sectionAliases(),
        fixture.reviewInterval(), fixture.warnBeforeDays(), fixture.rules(), fixture.site(), fixture.frontMatterKeys());
    Path site = tmp.resolve("site");
    new SiteBuilder(SiteFixtures.options(site)).build(SiteFixtures.load(root, config), config);
    assertThat(Files.readString(site.resolve("database/failover.html")))
        .contains("href=\"https://git.example.org/ops/runbooks/edit/main/fixture/database/failover.md\"");
  }

  @Test
  void leftoversOfAKilledBuildAreRemoved() throws Exception {
    Path staging = Files.createDirectories(tmp.resolve(".site.staging-123"));
    Files.writeString(staging.resolve(OutputFolder.MARKER), "runbook-site 2\n");
    Files.writeString(staging.resolve("index.html"), "half written");
    Path unrelated = Files.createDirectories(tmp.resolve(".site.staging-mine"));
    Files.writeString(unrelated.resolve("keep.txt"), "not ours");
    SiteFixtures.build("fixture", tmp.resolve("site"));
    assertThat(staging).doesNotExist();
    assertThat(unrelated.resolve("keep.txt")).isRegularFile();
  }

  /** Every file under a folder, by relative path, sorted. */
  static Map<String, byte[]> files(Path folder) throws IOException {
    Map<String, byte[]> out = new TreeMap<>();
    try (Stream<Path> s = Files.walk(folder)) {
      for (Path p : (Iterable<Path>) s.filter(Files::isRegularFile)::iterator) {
        out.put(folder.relativize(p).toString().replace('\\', '/'), Files.readAllBytes(p));
      }
    }
    return out;
  }
}
