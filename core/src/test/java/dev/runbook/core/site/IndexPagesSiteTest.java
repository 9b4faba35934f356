package dev.runbook.core.site;

import static org.assertj.core.api.Assertions.assertThat;

import dev.runbook.core.config.Config;
import dev.runbook.core.testing.Lint;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.TreeMap;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Sets whose index pages check cleanly also publish: a folder's README.md (any case), else its
 * index.md, else its _index.md is its index.html (the root's is the home page), the others keep
 * a page of their own, and folder links go to the folder's page.
 */
class IndexPagesSiteTest {
  @TempDir Path tmp;

  /** Writes the set, checks it (no errors) and builds it; returns the site folder. */
  private Path checkAndBuild(Map<String, String> files) throws Exception {
    Path root = tmp.resolve("runbooks");
    for (Map.Entry<String, String> f : files.entrySet()) {
      Path p = root.resolve(f.getKey());
      Files.createDirectories(p.getParent());
      Files.writeString(p, f.getValue());
    }
    assertThat(Lint.findings(root, SiteFixtures.TODAY)).as("check").noneMatch(f -> f.contains(" RB30"));
    Path site = tmp.resolve("site");
    new SiteBuilder(SiteOptions.of(site, SiteFixtures.TODAY).withThreads(2))
        .build(SiteFixtures.load(root, Config.DEFAULT), Config.DEFAULT);
    return site;
  }

  private static Document page(Path site, String page) throws IOException {
    return Jsoup.parse(Files.readString(site.resolve(page)));
  }

  @Test
  void aRootUnderscoreIndexWithoutReadmeIsTheHomePage() throws Exception {
    Path site = checkAndBuild(Map.of(
        "_index.md", "# Hugo Home\n\nStart here.\n\n- [Restart](restart.md)\n",
        "restart.md", "# Restart\n\n[Home](_index.md)\n"));
    assertThat(page(site, "index.html").text()).contains("Start here.");
    assertThat(site.resolve("_index.html")).doesNotExist();
    assertThat(page(site, "restart.html").select("a:contains(Home)").attr("href")).isEqualTo("index.html");
  }

  @Test
  void aRootReadmeInAnyCaseIsTheHomePage() throws Exception {
    Path site = checkAndBuild(Map.of(
        "Readme.md", "# Home\n\nMixed case.\n\n- [Restart](restart.md)\n",
        "restart.md", "# Restart\n"));
    assertThat(page(site, "index.html").text()).contains("Mixed case.");
  }

  @Test
  void indexAndUnderscoreIndexInOneFolderBothPublish() throws Exception {
    Path site = checkAndBuild(Map.of(
        "README.md", "# Home\n\n- [Network](net/)\n- [Hugo page](net/_index.md)\n",
        "net/index.md", "# Network\n\nThe index.md.\n\n- [DNS](dns.md)\n",
        "net/_index.md", "# Network (Hugo)\n\nThe _index.md.\n",
        "net/dns.md", "# DNS\n"));
    assertThat(page(site, "net/index.html").text()).contains("The index.md.");
    assertThat(page(site, "net/_index.md.html").text()).contains("The _index.md.");
    Document home = page(site, "index.html");
    assertThat(home.select("a:contains(Network)").attr("href")).isEqualTo("net/index.html");
    assertThat(home.select("a:contains(Hugo page)").attr("href")).isEqualTo("net/_index.md.html");
  }

  @Test
  void aHugoSetPublishesWithFolderLinksToEachFoldersPage() throws Exception {
    Path site = checkAndBuild(Map.of(
        "_index.md", "---\ntitle: Runbooks\n---\n\n- [Network](net/)\n- [Storage](storage)\n",
        "net/_index.md", "---\ntitle: Network\n---\n\n- [DNS](dns.md)\n- [Home](../)\n",
        "net/dns.md", "# DNS\n\n[Back](./)\n",
        "storage/_index.md", "# Storage\n"));
    Map<String, String> hrefs = new TreeMap<>();
    page(site, "index.html").select("main a[href]").forEach(a -> hrefs.put(a.text(), a.attr("href")));
    assertThat(hrefs).containsEntry("Network", "net/index.html").containsEntry("Storage", "storage/index.html");
    assertThat(page(site, "net/index.html").select("a:contains(Home)").attr("href")).isEqualTo("../index.html");
    assertThat(page(site, "net/dns.html").select("a:contains(Back)").attr("href")).isEqualTo("index.html");
  }
}
