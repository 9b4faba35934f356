package dev.runbook.core.site.render;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class HrefsTest {
  @ParameterizedTest
  @CsvSource({
    "index.html, index.html, index.html",
    "index.html, a/b.html, a/b.html",
    "a/b.html, a/c.html, c.html",
    "a/b.html, index.html, ../index.html",
    "a/b/c.html, a/d/e.html, ../d/e.html",
    "a/b.html, a/b.html, b.html",
    "x.html, my file.html, my%20file.html",
    "x.html, a:b.html, a%3Ab.html",
  })
  void relative(String from, String to, String href) {
    assertThat(Hrefs.relative(from, to)).isEqualTo(href);
  }

  @ParameterizedTest
  @CsvSource({"index.html, ''", "a/b.html, ../", "a/b/c.html, ../../"})
  void rootOf(String page, String root) {
    assertThat(Hrefs.rootOf(page)).isEqualTo(root);
  }

  @ParameterizedTest
  @CsvSource({"café, caf%C3%A9", "step-1_a.b~, step-1_a.b~", "a b#c, a%20b%23c", "🚀x, %F0%9F%9A%80x"})
  void encodeAndDecodeAreInverse(String text, String encoded) {
    assertThat(Hrefs.encode(text)).isEqualTo(encoded);
    assertThat(Hrefs.decode(encoded)).isEqualTo(text);
  }

  @ParameterizedTest
  @CsvSource({"100%, 100%", "%zz, %zz", "%4, %4"})
  void malformedEscapesAreKept(String text, String decoded) {
    assertThat(Hrefs.decode(text)).isEqualTo(decoded);
  }
}
