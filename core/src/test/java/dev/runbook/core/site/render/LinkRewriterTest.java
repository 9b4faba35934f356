package dev.runbook.core.site.render;

import static org.assertj.core.api.Assertions.assertThat;

import dev.runbook.core.config.Config;
import dev.runbook.core.model.Runbook;
import dev.runbook.core.model.RunbookSet;
import dev.runbook.core.model.SetIndex;
import dev.runbook.core.parse.RunbookParser;
import dev.runbook.core.parse.RunbookSetLoader;
import java.nio.file.Path;
import java.util.Set;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Link destinations as written in the fixture's database/failover.md, and what the site makes of them. */
class LinkRewriterTest {
  static final Path ROOT =
      Path.of(System.getProperty("basedir", "."), "src/test/resources/site/fixture").toAbsolutePath().normalize();

  static LinkRewriter rewriter;
  static Runbook failover;

  @BeforeAll
  static void load() throws Exception {
    RunbookSet set = new RunbookSetLoader(Config.DEFAULT.exclude(), Config.DEFAULT.documents(), new RunbookParser(), 1).load(ROOT);
    PagePaths pages = PagePaths.of(set);
    rewriter = new LinkRewriter(new SetIndex(set), pages,
        new PublishedFiles(set.root(), Set.copyOf(pages.all().values())));
    failover = set.get("database/failover.md").orElseThrow();
  }

  @ParameterizedTest
  @CsvSource({
    "../network/dns-flush.md, ../network/dns-flush.html",
    "../network/dns-flush.md#steps, ../network/dns-flush.html#steps",
    "../network/dns-flush.md#no-such-heading, ../network/dns-flush.html",
    "../network/old-dns.md#steps, ../network/old-dns.html",
    "#steps, #steps",
    "failover.md, failover.html",
    "../, ../index.html",
    "../README.md#runbook-categories, ../index.html#runbook-categories",
    "../docs/guide.md#contacts, ../docs/guide.html#contacts",
    "img/diagram.png, img/diagram.png",
    "https://example.org/a?b=1#c, https://example.org/a?b=1#c",
    "mailto:oncall@example.org, mailto:oncall@example.org",
  })
  void published(String destination, String href) {
    Href h = rewriter.rewrite(failover, destination);
    assertThat(h.published()).as(destination).isTrue();
    assertThat(h.value()).isEqualTo(href);
  }

  @ParameterizedTest
  @CsvSource(delimiter = '|', value = {
    "javascript:alert(1)|unsafe",
    "JaVaScRiPt:alert(1)|unsafe",
    "data:text/html,<b>x</b>|unsafe",
    "vbscript:msgbox(1)|unsafe",
    "ftp://example.org/file|only http, https and mailto",
    "tel:+123|only http, https and mailto",
    "../../outside.md|outside the runbook folder",
    "missing.md|does not exist",
    "''|empty link",
  })
  void dropped(String destination, String reason) {
    Href h = rewriter.rewrite(failover, destination);
    assertThat(h.published()).as(destination).isFalse();
    assertThat(h.reason()).contains(reason);
  }
}
