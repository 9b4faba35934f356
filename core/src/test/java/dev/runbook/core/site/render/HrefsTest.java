package dev.runbook.core.site.render;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.Random;
import org.junit.jupiter.api.Test;
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
    "a/b/c.html, a/b, ../b",
    "a//b.html, a//c.html, c.html",
    "a/x y/b.html, a/x y/é/c.html, %C3%A9/c.html",
    "ab/c.html, a/c.html, ../a/c.html",
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

  @Test
  void relativeAgreesWithSegmentBySegmentForRandomPaths() {
    String[] parts = {"a", "b", "ab", "", "x y", "é", "🚀", "c.html", "index.html"};
    Random random = new Random(11);
    for (int i = 0; i < 5000; i++) {
      String from = path(random, parts);
      String to = path(random, parts);
      assertThat(Hrefs.relative(from, to)).as(from + " -> " + to).isEqualTo(bySegments(from, to));
    }
  }

  private static String path(Random random, String[] parts) {
    StringBuilder sb = new StringBuilder(parts[random.nextInt(parts.length)]);
    for (int n = random.nextInt(4); n > 0; n--) {
      sb.append('/').append(parts[random.nextInt(parts.length)]);
    }
    return sb.toString();
  }

  /** Split both paths, drop the common folders, climb out of the rest, encode each segment. */
  private static String bySegments(String from, String to) {
    String[] f = from.split("/", -1);
    String[] t = to.split("/", -1);
    int common = 0;
    while (common < f.length - 1 && common < t.length - 1 && f[common].equals(t[common])) {
      common++;
    }
    StringBuilder sb = new StringBuilder();
    for (int i = common; i < f.length - 1; i++) {
      sb.append("../");
    }
    for (int i = common; i < t.length; i++) {
      if (i > common) {
        sb.append('/');
      }
      for (byte b : t[i].getBytes(StandardCharsets.UTF_8)) {
        char c = (char) (b & 0xFF);
        boolean plain = (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9')
            || c == '-' || c == '.' || c == '_' || c == '~';
        sb.append(plain ? String.valueOf(c) : String.format("%%%02X", b & 0xFF));
      }
    }
    return sb.toString();
  }
}
