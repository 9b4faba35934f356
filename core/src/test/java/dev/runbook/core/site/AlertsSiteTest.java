package dev.runbook.core.site;

import static org.assertj.core.api.Assertions.assertThat;

import dev.runbook.core.alerts.AlertCatalog;
import dev.runbook.core.check.CheckOptions;
import dev.runbook.core.check.CheckRunner;
import dev.runbook.core.config.Config;
import dev.runbook.core.model.RunbookSet;
import dev.runbook.core.model.SetIndex;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.ZoneOffset;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The site of the {@code alerts} fixture: two runbooks, two rules files whose alerts name one of
 * them, both, a runbook that does not exist, or none.
 */
class AlertsSiteTest {
  @TempDir static Path out;
  static Path site;
  static SiteResult result;

  @BeforeAll
  static void build() throws Exception {
    Path root = SiteFixtures.root("alerts");
    Config config = SiteFixtures.config(root);
    RunbookSet set = SiteFixtures.load(root, config);
    SetIndex index = new SetIndex(set);
    CheckOptions check = CheckOptions.of(root, root,
        Clock.fixed(SiteFixtures.TODAY.atStartOfDay().toInstant(ZoneOffset.UTC), ZoneOffset.UTC));
    AlertCatalog alerts = new CheckRunner().alerts(check, config, set, index);
    site = out.resolve("site");
    result = new SiteBuilder(SiteFixtures.options(site).withAlerts(alerts.entries())).build(set, config, index);
  }

  static String read(String page) throws Exception {
    return Files.readString(site.resolve(page), StandardCharsets.UTF_8);
  }

  @Test
  void runbooksJsonListsTheAlertsThatLinkToEachRunbook() throws Exception {
    String json = read("runbooks.json");
    assertThat(json).contains("\"path\": \"storage/disk-full.md\"")
        .containsPattern("\"path\": \"storage/disk-full.md\".*\"alerts\": \\[\"NodeDiskFull\", \"Odd/../Name\", \"NodeDiskFilling\"\\]")
        .containsPattern("\"path\": \"storage/disk-slow.md\".*\"alerts\": \\[\"NodeDiskFull\"\\]");
  }

  @Test
  void runbookPageShowsEachAlertThatLinksToItWithItsRule() throws Exception {
    Document page = Jsoup.parse(read("storage/disk-full.html"));
    Element box = page.selectFirst("section.alerts");
    assertThat(box).as("alerts box").isNotNull();
    assertThat(box.select(".alert-name").eachText()).containsExactly("NodeDiskFull", "Odd/../Name", "NodeDiskFilling");
    Element first = box.select(".alert").first();
    assertThat(first.selectFirst(".badge").text()).isEqualTo("critical");
    assertThat(first.selectFirst(".badge").hasClass("alert-critical")).isTrue();
    assertThat(first.select("dd").eachText()).containsExactly("node-disk", "10m", "rules/node.yaml:4");
    // The summary is text from the rules file: its markup is shown, never made.
    assertThat(first.selectFirst(".alert-summary").text()).isEqualTo("Disk <b>almost</b> full on {{ $labels.instance }}");
    assertThat(first.select(".alert-summary b")).isEmpty();
    Element expr = first.selectFirst("pre.alert-expr");
    assertThat(expr.attr("tabindex")).isEqualTo("0");
    assertThat(expr.selectFirst("code").text()).isEqualTo("node_filesystem_avail_bytes / node_filesystem_size_bytes < 0.05");
    assertThat(box.select(".alert").get(1).selectFirst(".badge").text()).isEqualTo("no severity");
  }

  @Test
  void eachRunbookListsOnlyTheAlertsThatLinkToIt() throws Exception {
    assertThat(Jsoup.parse(read("storage/disk-slow.html")).select("section.alerts .alert-name").eachText())
        .containsExactly("NodeDiskFull");
    assertThat(read("storage/disk-full.html")).doesNotContain("storage/disk-gone");
  }

  @Test
  void alertPageRedirectsToTheOneRunbookItsRulesLinkTo() throws Exception {
    Document page = Jsoup.parse(read("-/alerts/NodeDiskFilling.html"));
    // Its one rule links to the runbook's #free-space: the page opens there.
    assertThat(page.selectFirst("meta[http-equiv=refresh]").attr("content")).isEqualTo("0; url=../../storage/disk-full.html#free-space");
    assertThat(page.selectFirst("main a").attr("href")).isEqualTo("../../storage/disk-full.html#free-space");
    assertThat(page.title()).startsWith("Alert NodeDiskFilling \u2192 Disk full");
    assertThat(page.selectFirst("main").text()).isEqualTo("The runbook of alert NodeDiskFilling is Disk full.");
  }

  @Test
  void alertNameThatIsNoPlainFileNameGetsNoPageButANote() throws Exception {
    try (var files = Files.list(site.resolve("-/alerts"))) {
      assertThat(files.map(p -> p.getFileName().toString()).sorted().toList())
          .containsExactly("NodeDiskFilling.html", "NodeDiskFull.html", "NodeDiskGone.html", "NodeNoRunbook.html");
    }
    assertThat(result.notes()).anySatisfy(n -> assertThat(n)
        .startsWith("rules/other.yaml:10: alert 'Odd/../Name' gets no page under -/alerts/"));
  }

  @Test
  void alertNameSharedByRulesThatLinkToSeveralRunbooksListsThem() throws Exception {
    Document page = Jsoup.parse(read("-/alerts/NodeDiskFull.html"));
    assertThat(page.select("meta[http-equiv=refresh]")).isEmpty();
    assertThat(page.select(".alert-runbooks a").eachAttr("href"))
        .containsExactly("../../storage/disk-full.html", "../../storage/disk-slow.html");
    assertThat(page.select(".alert-runbooks a").eachText()).containsExactly("Disk full", "Disk slow");
    assertThat(page.select(".alert-rules code").eachText()).containsExactly("rules/node.yaml:4", "rules/other.yaml:4");
  }

  @Test
  void alertWithoutAWorkingRunbookGetsAPageThatSaysSoWithItsRulesFile() throws Exception {
    Document none = Jsoup.parse(read("-/alerts/NodeNoRunbook.html"));
    assertThat(none.title()).startsWith("Alert NodeNoRunbook: no runbook");
    assertThat(none.select(".alert-runbooks")).isEmpty();
    assertThat(none.selectFirst(".summary").text()).contains("No alerting rule of this name links to a runbook");
    assertThat(none.selectFirst(".alert-rules li").text()).isEqualTo("rules/node.yaml:18 info: no runbook annotation");
  }

  @Test
  void aRunbookNamedLikeAnAlertKeepsItsPageAndTheAlertGetsItsOwnInTheSitesFolder() throws Exception {
    assertThat(Jsoup.parse(read("alerts/NodeDiskGone.html")).selectFirst("h1").text()).isEqualTo("Node disk gone");
    Document alert = Jsoup.parse(read("-/alerts/NodeDiskGone.html"));
    assertThat(alert.selectFirst("h1").text()).isEqualTo("Alert NodeDiskGone");
    assertThat(alert.selectFirst(".alert-rules li").text()).startsWith("rules/node.yaml:12 warning: its runbook URL");
    assertThat(result.notes()).noneSatisfy(n -> assertThat(n).contains("NodeDiskGone"));
  }

  @Test
  void searchFindsARunbookByTheNamesOfItsAlerts() throws Exception {
    String index = read("-/search-index.js");
    assertThat(index).contains("\"words\":[").contains("\"nodediskfilling\"")
        .containsPattern("\\[\"storage/disk-full.html\",\"Disk full\",\"[^\"]*\",\"[^\"]*\",\"[^\"]*NodeDiskFilling[^\"]*\"\\]");
  }

  @Test
  void alertCoveragePageChartsTheShareOfWorkingRunbooksAndListsWhatIsMissing() throws Exception {
    Document page = Jsoup.parse(read("-/alert-coverage.html"));
    // Six alerts; NodeDiskFull twice, Odd/../Name and NodeDiskFilling lead to a runbook.
    assertThat(page.selectFirst(".summary").text()).isEqualTo("4 of 6 alerts link to a working runbook.");
    assertThat(page.select("svg.coverage")).hasSize(2);
    assertThat(page.select("svg.coverage").get(0).select("title").eachText())
        .containsExactly("rules/node.yaml: 1 of 3 alerts with a working runbook",
            "rules/other.yaml: 3 of 3 alerts with a working runbook");
    assertThat(page.select("svg.coverage").get(1).select("title").eachText())
        .containsExactly("(no severity): 2 of 2 alerts with a working runbook",
            "critical: 1 of 1 alerts with a working runbook", "info: 0 of 1 alerts with a working runbook",
            "warning: 1 of 2 alerts with a working runbook");
    assertThat(page.select(".coverage-no-runbook li").eachText()).containsExactly("NodeNoRunbook rules/node.yaml:18");
    assertThat(page.select(".coverage-broken li").eachText()).singleElement().asString()
        .startsWith("NodeDiskGone rules/node.yaml:12: its runbook URL https://runbooks.example.org/storage/disk-gone");
    assertThat(page.select(".coverage-unnamed a").eachText()).containsExactly("Node disk gone");
    assertThat(page.select("nav a").eachText()).contains("Alert coverage");
  }
}
