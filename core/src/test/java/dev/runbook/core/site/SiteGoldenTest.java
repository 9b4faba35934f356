package dev.runbook.core.site;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Whole pages of the fixture site against golden files in {@code
 * src/test/resources/golden/site/}. HTML is normalised by jsoup's pretty printer, so a template
 * change shows as a readable diff. To regenerate after a deliberate change, run
 *
 * <pre>mvn -B -o -pl core -am test -Dtest=SiteGoldenTest -Dsurefire.failIfNoSpecifiedTests=false -Dgolden.update=true</pre>
 *
 * and review the diff before committing it.
 */
class SiteGoldenTest {
  static final Path GOLDEN = Path.of(System.getProperty("basedir", "."), "src/test/resources/golden/site");

  @TempDir static Path out;
  static Path site;

  @BeforeAll
  static void build() throws SiteException {
    site = out.resolve("site");
    SiteFixtures.build("fixture", site);
  }

  static List<String> pages() {
    return List.of(
        "index.html",
        "database/failover.html",
        "network/dns-flush.html",
        "network/old-dns.html",
        "old/db-failover.html",
        "docs/guide.html",
        "-/categories/database.html",
        "-/review.html",
        "-/risk.html",
        "-/automation.html",
        "-/rules/index.html",
        "-/rules/RB301.html",
        "404.html",
        "runbooks.json",
        "sitemap.xml",
        "-/search-index.js");
  }

  @ParameterizedTest
  @MethodSource("pages")
  void pageMatchesGoldenFile(String page) throws IOException {
    String actual = normalise(page, Files.readString(site.resolve(page), StandardCharsets.UTF_8));
    Path golden = GOLDEN.resolve(page + (page.endsWith(".html") ? "" : ".txt"));
    if (Boolean.getBoolean("golden.update")) {
      Files.createDirectories(golden.getParent());
      Files.writeString(golden, actual, StandardCharsets.UTF_8);
    }
    assertThat(golden).as("golden file (regenerate with -Dgolden.update=true)").exists();
    assertThat(actual).as("%s against %s", page, golden).isEqualTo(Files.readString(golden, StandardCharsets.UTF_8));
  }

  static String normalise(String page, String text) {
    if (!page.endsWith(".html")) {
      return text;
    }
    Document doc = Jsoup.parse(text);
    doc.outputSettings().prettyPrint(true).indentAmount(1).outline(false);
    return doc.outerHtml() + "\n";
  }
}
