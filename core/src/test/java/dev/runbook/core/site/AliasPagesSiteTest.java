package dev.runbook.core.site;

import static org.assertj.core.api.Assertions.assertThat;

import dev.runbook.core.config.Config;
import java.nio.file.Files;
import java.nio.file.Path;
import org.jsoup.Jsoup;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Aliases written oddly publish a redirect at their normalised path; aliases that cannot be a
 * page inside the site are skipped with a note naming the file and line; none stops the build.
 */
class AliasPagesSiteTest {
  @TempDir Path tmp;

  @Test
  void oddAliasesAreNormalisedOrSkippedWithANoteAndTheBuildSucceeds() throws Exception {
    Path root = Files.createDirectories(tmp.resolve("runbooks"));
    Files.writeString(root.resolve("README.md"), "# Home\n\n- [One](one.md)\n- [Two](two.md)\n");
    Files.writeString(root.resolve("one.md"), "---\ntitle: One\nrisk: low\n"
        + "aliases: [\"old//path.md\", \"/abs\", \"../up\", \"a/./b\", \"\", \"a\\\\c\", \"x?.md\","
        + " \"two.md\", \"one.html/x\", \"//host/y\"]\n---\n# One\n\n## Overview\n\nText.\n");
    Files.writeString(root.resolve("two.md"), "# Two\n\n## Overview\n\nText.\n");
    Path site = tmp.resolve("site");

    SiteResult result = new SiteBuilder(SiteOptions.of(site, SiteFixtures.TODAY))
        .build(SiteFixtures.load(root, Config.DEFAULT), Config.DEFAULT);

    for (String page : new String[] {"old/path.html", "abs.html", "a/b.html", "a/c.html"}) {
      assertThat(Jsoup.parse(Files.readString(site.resolve(page))).select("meta[http-equiv=refresh]").attr("content"))
          .as(page).endsWith("one.html");
    }
    assertThat(result.notes()).containsExactlyInAnyOrder(
        "one.md:4: alias '../up' leaves the runbook folder; skipped",
        "one.md:4: alias '' is empty; skipped",
        "one.md:4: alias 'x?.md' holds characters a page path cannot have (only letters, digits, - _ . ~ / and"
            + " spaces); skipped",
        "one.md:4: alias 'two.md' would replace the page two.html; skipped",
        "one.md:4: alias 'one.html/x' would need the page one.html as a folder; skipped",
        "one.md:4: alias '//host/y' starts with '//', which is a network address, not a path on this site; skipped");
    assertThat(site.resolve("one.html")).isRegularFile();
    assertThat(site.resolve("x?.html")).doesNotExist();
  }
}
