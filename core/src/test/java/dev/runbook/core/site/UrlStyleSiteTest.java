package dev.runbook.core.site;

import static org.assertj.core.api.Assertions.assertThat;

import dev.runbook.core.check.CheckOptions;
import dev.runbook.core.check.CheckRunner;
import dev.runbook.core.config.Config;
import dev.runbook.core.config.ConfigLoader;
import dev.runbook.core.model.RunbookSet;
import dev.runbook.core.model.SetIndex;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.Set;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A set in another generator's URL style publishes each page where that generator puts it (so
 * bookmarks and alerts' runbook URLs keep working), and every link written in that style becomes
 * a relative link to the target's page, which also works from disk.
 */
class UrlStyleSiteTest {
  @TempDir Path tmp;

  private Path root;
  private Path site;

  /** Writes the set and its runbook.yml, checks that no link is broken, builds the site. */
  private void build(String configYaml, Map<String, String> files) throws Exception {
    root = tmp.resolve("runbooks");
    for (Map.Entry<String, String> f : files.entrySet()) {
      Path p = root.resolve(f.getKey());
      Files.createDirectories(p.getParent());
      Files.writeString(p, f.getValue());
    }
    Files.writeString(root.resolve("runbook.yml"), configYaml);
    Config config = new ConfigLoader(Set.of("RB301")).load(root.resolve("runbook.yml"));
    CheckRunner runner = new CheckRunner();
    RunbookSet set = SiteFixtures.load(root, config);
    assertThat(runner.check(CheckOptions.of(root, root, java.time.Clock.fixed(SiteFixtures.TODAY.atStartOfDay(java.time.ZoneOffset.UTC).toInstant(), java.time.ZoneOffset.UTC)), config, root, set).report()
        .diagnostics()).as("link findings").noneMatch(d -> d.rule().matches("RB30[123]"));
    site = tmp.resolve("site");
    new SiteBuilder(SiteOptions.of(site, SiteFixtures.TODAY).withThreads(2))
        .build(set, config, new SetIndex(set, config.site().urls(), 1));
  }

  private Document page(String page) throws Exception {
    return Jsoup.parse(Files.readString(site.resolve(page)));
  }

  /** The href of the link with this text on the page, checked to lead to a file of the site. */
  private String href(String page, String text) throws Exception {
    Element a = page(page).selectFirst("a:containsOwn(" + text + ")");
    assertThat(a).as(text).isNotNull();
    String href = a.attr("href");
    String file = href.contains("#") ? href.substring(0, href.indexOf('#')) : href;
    assertThat(site.resolve(page).getParent().resolve(file).normalize()).as(href).isRegularFile();
    return href;
  }

  @Test
  void aHugoPageIsItsLowerCaseFoldersIndexAndItsLinksLeadThere() throws Exception {
    build("site:\n  url_style: hugo\n", Map.of(
        "_index.md", "# Runbooks\n\n- [Pods](/a/kubepodnotready/)\n- [Kubernetes](/a/)\n",
        "a/_index.md", "# Kubernetes\n\n- [Crash looping](kubepodcrashlooping/)\n",
        "a/KubePodCrashLooping.md", "# KubePodCrashLooping\n\n## Mitigation\n\nSee [not ready](../kubepodnotready/).\n",
        "a/KubePodNotReady.md", "# KubePodNotReady\n\n## Diagnosis\n\n"
            + "- [Fix the crash loop](../kubepodcrashlooping/#mitigation)\n- [All of Kubernetes](/a/)\n"));
    assertThat(site.resolve("a/kubepodcrashlooping/index.html")).isRegularFile();
    assertThat(site.resolve("a/kubepodnotready/index.html")).isRegularFile();
    assertThat(site.resolve("a/index.html")).isRegularFile();
    assertThat(site.resolve("a/KubePodCrashLooping.html")).doesNotExist();
    assertThat(href("a/kubepodnotready/index.html", "Fix the crash loop"))
        .isEqualTo("../kubepodcrashlooping/index.html#mitigation");
    assertThat(href("a/kubepodnotready/index.html", "All of Kubernetes")).isEqualTo("../index.html");
    assertThat(href("index.html", "Pods")).isEqualTo("a/kubepodnotready/index.html");
    assertThat(Files.readString(site.resolve("runbooks.json")))
        .contains("\"page\": \"a/kubepodcrashlooping/index.html\"");
    assertThat(Files.readString(site.resolve("a/kubepodnotready/index.html")))
        .as("the page reaches the theme's assets from two folders down").contains("href=\"../../");
    assertThat(page("a/kubepodcrashlooping/index.html").select(".backlinks a").eachAttr("href"))
        .as("a link in Hugo's form counts as a backlink").contains("../kubepodnotready/index.html");
    assertThat(Files.readString(site.resolve("-/search-index.js"))).contains("\"a/kubepodcrashlooping/index.html\"");
  }

  @Test
  void aMiddlemanSetUnderABasePathKeepsItsHtmlNames() throws Exception {
    build("documents: [\"**\"]\nsite:\n  url_style: middleman\n  base_path: /manual/\n", Map.of(
        "index.html.md", "# Manual\n\n- [CDN](/manual/cdn.html)\n",
        "cdn.html.md", "# CDN\n\n## Setup\n\nPurge it.\n",
        "alerts/disk-full.html.md", "# Disk full\n\n- [Set up the CDN](/manual/cdn.html#setup)\n"
            + "- [The manual](/manual/)\n"));
    assertThat(site.resolve("cdn.html")).isRegularFile();
    assertThat(site.resolve("cdn.html.html")).doesNotExist();
    assertThat(site.resolve("alerts/disk-full.html")).isRegularFile();
    assertThat(href("alerts/disk-full.html", "Set up the CDN")).isEqualTo("../cdn.html#setup");
    assertThat(href("alerts/disk-full.html", "The manual")).isEqualTo("../index.html");
    assertThat(href("index.html", "CDN")).isEqualTo("cdn.html");
  }

  @Test
  void anMkDocsPageIsItsFoldersIndexAndItsLinksLeadThere() throws Exception {
    build("site:\n  url_style: mkdocs\n", Map.of(
        "index.md", "# Runbooks\n\n- [Restart](/a/restart/)\n- [Ops](/a/)\n",
        "a/index.md", "# Ops\n\n- [Drain](drain/)\n",
        "a/restart.md", "# Restart\n\n## Steps\n\nRestart it.\n",
        "a/drain.md", "# Drain\n\n## Diagnosis\n\n"
            + "- [Restart it](../restart/#steps)\n- [The restart page](/a/restart/)\n- [All of ops](/a/)\n"));
    assertThat(site.resolve("a/restart/index.html")).isRegularFile();
    assertThat(site.resolve("a/drain/index.html")).isRegularFile();
    assertThat(site.resolve("a/index.html")).isRegularFile();
    assertThat(site.resolve("a/restart.html")).doesNotExist();
    assertThat(href("a/drain/index.html", "Restart it")).isEqualTo("../restart/index.html#steps");
    assertThat(href("a/drain/index.html", "The restart page")).isEqualTo("../restart/index.html");
    assertThat(href("a/drain/index.html", "All of ops")).isEqualTo("../index.html");
    assertThat(href("a/index.html", "Drain")).isEqualTo("drain/index.html");
    assertThat(href("index.html", "Restart")).isEqualTo("a/restart/index.html");
    assertThat(href("index.html", "Ops")).isEqualTo("a/index.html");
    assertThat(page("a/restart/index.html").select(".backlinks a").eachAttr("href"))
        .as("a link in MkDocs' form counts as a backlink").contains("../drain/index.html");
  }

  @Test
  void aJekyllSetUnderABasePathGetsHtmlNames() throws Exception {
    build("site:\n  url_style: jekyll\n  base_path: /base/\n", Map.of(
        "index.md", "# Runbooks\n\n- [Install](/base/install.html)\n",
        "install.md", "# Install\n\n## Setup\n\nInstall it.\n",
        "db/failover.md", "# Failover\n\n- [Set it up](/base/install.html#setup)\n"
            + "- [Next to it](../install.html)\n- [Home](/base/)\n"));
    assertThat(site.resolve("install.html")).isRegularFile();
    assertThat(site.resolve("db/failover.html")).isRegularFile();
    assertThat(site.resolve("install/index.html")).doesNotExist();
    assertThat(href("db/failover.html", "Set it up")).isEqualTo("../install.html#setup");
    assertThat(href("db/failover.html", "Next to it")).isEqualTo("../install.html");
    assertThat(href("db/failover.html", "Home")).isEqualTo("../index.html");
    assertThat(href("index.html", "Install")).isEqualTo("install.html");
  }
}
