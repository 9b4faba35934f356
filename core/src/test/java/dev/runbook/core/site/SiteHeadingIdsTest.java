package dev.runbook.core.site;

import static org.assertj.core.api.Assertions.assertThat;

import dev.runbook.core.config.Config;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The published pages' heading ids are the configured dialect's, so the set's own #links work there. */
class SiteHeadingIdsTest {
  @TempDir Path tmp;

  private String page(String slugs) throws Exception {
    Path root = tmp.resolve("set-" + slugs);
    Files.createDirectories(root);
    Files.writeString(root.resolve("runbook.yml"), "links:\n  slugs: " + slugs + "\n");
    Files.writeString(root.resolve("README.md"), "# Runbooks\n\n- [Failover](failover.md#cafe)\n");
    Files.writeString(root.resolve("failover.md"), "# Failover\n\nGo to [the café step](#cafe) or "
        + "[the replica](#replica).\n\n## Café\n\nOrder.\n\n## Rollback\n\n## Rollback\n\n"
        + "## Promote the replica {#replica}\n\nPromote.\n");
    Config config = SiteFixtures.config(root);
    Path out = tmp.resolve("site-" + slugs);
    new SiteBuilder(SiteFixtures.options(out)).build(SiteFixtures.load(root, config), config);
    return Files.readString(out.resolve("failover.html"));
  }

  @Test
  void headingIdsFollowLinksSlugs() throws Exception {
    String mkdocs = page("mkdocs");
    assertThat(mkdocs).contains("<h2 id=\"cafe\"").contains("<h2 id=\"rollback_1\"").contains("href=\"#cafe\"");
    String github = page("github");
    assertThat(github).contains("<h2 id=\"café\"").contains("<h2 id=\"rollback-1\"").doesNotContain("id=\"cafe\"");
    String kramdown = page("kramdown");
    assertThat(kramdown).contains("<h2 id=\"caf\"").contains("<h2 id=\"rollback-1\"");
  }

  @Test
  void anExplicitIdIsTheHeadingsIdAndNotItsText() throws Exception {
    String html = page("hugo");
    assertThat(html).contains("<h2 id=\"replica\"").contains("href=\"#replica\"").doesNotContain("{#replica}");
  }
}
