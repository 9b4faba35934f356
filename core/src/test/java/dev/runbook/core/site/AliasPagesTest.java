package dev.runbook.core.site;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class AliasPagesTest {
  @ParameterizedTest
  @CsvSource({
    "old/db-failover.md, old/db-failover.html",
    "/old/db-failover.md, old/db-failover.html",
    "failover, failover.html",
    "old/, old/index.html",
    "old/page.html, old/page.html",
  })
  void aliasesBecomePages(String alias, String page) {
    assertThat(AliasPages.pageOf(alias)).contains(page);
  }

  @ParameterizedTest
  @CsvSource({"../escape.md", "a/../../b.md", "javascript:alert(1)", "https://example.org/x", "''", "a?b", "a#b"})
  void unsafeAliasesAreRefused(String alias) {
    assertThat(AliasPages.pageOf(alias)).isEmpty();
  }
}
