package dev.runbook.core.model;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class AliasPathTest {
  @ParameterizedTest
  @CsvSource({
    "old/db-failover.md, old/db-failover.md, old/db-failover.html, false",
    "/old/db-failover.md, old/db-failover.md, old/db-failover.html, false",
    "failover, failover, failover.html, false",
    "old/, old/, old/index.html, false",
    "old/page.html, old/page.html, old/page.html, false",
    "old//path.md, old/path.md, old/path.html, true",
    "a/./b, a/b, a/b.html, true",
    "./x.md, x.md, x.html, true",
    "a//, a/, a/index.html, true",
    "a/b/../c.md, a/c.md, a/c.html, true",
    "'a\\b.md', a/b.md, a/b.html, true",
  })
  void aliasesAreNormalisedPaths(String alias, String path, String page, boolean normalised) {
    AliasPath a = AliasPath.of(alias);
    assertThat(a.problem()).isNull();
    assertThat(a.path()).isEqualTo(path);
    assertThat(a.page()).isEqualTo(page);
    assertThat(a.normalised()).isEqualTo(normalised);
  }

  @ParameterizedTest
  @CsvSource(delimiter = '|', value = {
    "../escape.md|leaves the runbook folder",
    "a/../../b.md|leaves the runbook folder",
    "''|is empty",
    "'  '|is empty",
    "/|names the runbook folder itself",
    ".|names the runbook folder itself",
    "a/..|names the runbook folder itself",
    "//host/x.md|network address",
    "javascript:alert(1)|holds characters",
    "https://example.org/x|holds characters",
    "a?b|holds characters",
    "x?.md|holds characters",
    "a#b|holds characters"})
  void unsafeAliasesAreRefusedWithTheReason(String alias, String reason) {
    AliasPath a = AliasPath.of(alias);
    assertThat(a.usable()).isFalse();
    assertThat(a.problem()).contains(reason);
    assertThat(a.normalised()).isFalse();
  }
}
