package dev.runbook.core.site;

import static org.assertj.core.api.Assertions.assertThat;

import com.code_intelligence.jazzer.junit.FuzzTest;
import dev.runbook.core.config.Config;
import dev.runbook.core.model.DocumentKind;
import dev.runbook.core.model.Runbook;
import dev.runbook.core.model.RunbookSet;
import dev.runbook.core.parse.RunbookParser;
import dev.runbook.core.site.render.MarkdownRenderer;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.io.TempDir;

/**
 * Any one runbook builds into a site as {@code runbook build} makes it: parsed with the site's
 * renderer listening, rendered, written and checked by the site verifier (no dangling link, no
 * unsafe URL, no event handler). The build must succeed, write the runbook's page, and leave no
 * script but the theme's and no frame, object, form or style element on it. {@code
 * bench/fuzz.sh page 10m} fuzzes it.
 */
class PageBuildFuzzTest {
  private static final LocalDate TODAY = LocalDate.of(2026, 11, 20);
  private static final String PAGE = "fuzz.html";

  @TempDir static Path tmp;
  static Path root;

  @BeforeAll
  static void emptyRoot() throws IOException {
    root = Files.createDirectories(tmp.resolve("runbooks"));
  }

  @FuzzTest
  void build(byte[] bytes) throws Exception {
    Config config = Config.DEFAULT;
    MarkdownRenderer renderer = new MarkdownRenderer(config);
    Runbook doc = new RunbookParser(renderer).parse("fuzz.md", root.resolve("fuzz.md"), DocumentKind.RUNBOOK, bytes);
    RunbookSet set = new RunbookSet(root, List.of(doc), List.of());
    Path out = tmp.resolve("site");
    SiteOptions options = SiteOptions.of(out, TODAY).withThreads(1).withRenderer(renderer);

    SiteResult result = new SiteBuilder(options).build(set, config);

    assertThat(result.pages()).isPositive();
    Document page = Jsoup.parse(Files.readString(out.resolve(PAGE), StandardCharsets.UTF_8));
    for (Element script : page.select("script")) {
      assertThat(script.attr("src")).as(script.outerHtml()).endsWith("assets/runbook.js");
      assertThat(script.data()).as(script.outerHtml()).isEmpty();
    }
    assertThat(page.select("iframe, object, embed, form, style, base")).isEmpty();
  }
}
