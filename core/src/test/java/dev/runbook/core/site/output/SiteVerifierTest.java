package dev.runbook.core.site.output;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.runbook.core.model.LinkResolver;
import dev.runbook.core.site.SiteException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class SiteVerifierTest {
  @TempDir Path site;

  private void page(SiteVerifier v, String path, String html) throws Exception {
    Path file = site.resolve(path);
    Files.createDirectories(file.getParent());
    byte[] utf8 = html.getBytes(StandardCharsets.UTF_8);
    Files.write(file, utf8);
    v.inspect(path, utf8);
  }

  @Test
  void acceptsASiteWhoseLinksAllResolve() throws Exception {
    SiteVerifier v = new SiteVerifier();
    page(v, "index.html", "<a href=\"a/b.html#x\">b</a><a href=\"#top\">t</a><h1 id=\"top\">T</h1>"
        + "<a href=\"https://example.org/#nope\">ext</a><a href=\"mailto:x@y\">m</a><img src=\"a/p%20ic.png\">");
    page(v, "a/b.html", "<h2 id=\"x\">X</h2><a href=\"../index.html\">home</a><a href=\"./\">dir</a>"
        + "<a href=\"b.html?q=1\">self</a><a name=\"old\"></a><a href=\"#old\">old</a>");
    page(v, "a/index.html", "<p>folder</p>");
    Files.writeString(site.resolve("a/p ic.png"), "png");
    assertThatCode(() -> v.verify(site)).doesNotThrowAnyException();
  }

  @Test
  void reportsMissingFilesMissingIdsAndUnsafeUrls() throws Exception {
    SiteVerifier v = new SiteVerifier();
    page(v, "index.html", "<a href=\"gone.html\">g</a><a href=\"#nowhere\">n</a><a href=\"../../etc/passwd\">up</a>"
        + "<a href=\" javascript:alert(1)\">j</a><img src=\"data:image/png;base64,xx\"><p onclick=\"x()\">c</p>");
    assertThatThrownBy(() -> v.verify(site))
        .isInstanceOf(SiteException.class)
        .satisfies(e -> assertThat(((SiteException) e).kind()).isEqualTo(SiteException.Kind.INVALID_OUTPUT))
        .hasMessageContaining("6 problems")
        .hasMessageContaining("index.html: href 'gone.html': gone.html was not written")
        .hasMessageContaining("index.html: href '#nowhere': index.html has no id 'nowhere'")
        .hasMessageContaining("index.html: href '../../etc/passwd' leaves the site")
        .hasMessageContaining("index.html: unsafe URL in href: 'javascript:alert(1)'")
        .hasMessageContaining("index.html: unsafe URL in src")
        .hasMessageContaining("index.html: event handler attribute 'onclick' on <p>");
  }

  @ParameterizedTest
  @CsvSource({
    "index.html, a.html, a.html",
    "a/b.html, ../c.html#x, c.html#x",
    "a/b.html, '', a/b.html",
    "a/b.html, #frag, a/b.html#frag",
    "a/b.html, ./, a/index.html",
    "index.html, caf%C3%A9.html#%C3%A9, café.html#é",
  })
  void resolvesRelativeHrefs(String page, String href, String target) {
    assertThat(SiteVerifier.resolve(page, href)).isEqualTo(target);
  }

  @Test
  void pagesTheScannerLeavesToJsoupAreCheckedAllTheSame() throws Exception {
    SiteVerifier v = new SiteVerifier();
    String html = "<select><option>o</option></select><template><a href=\"t.html\"></a></template>"
        + "<a href=\"gone.html\">g</a><p onclick=\"x()\" id=here>c</p><a href=\"#here\">h</a>";
    assertThat(MarkupScanner.scan(html.getBytes(StandardCharsets.UTF_8), new PageFindings())).isFalse();
    page(v, "index.html", html);
    assertThatThrownBy(() -> v.verify(site))
        .isInstanceOf(SiteException.class)
        .hasMessageContaining("3 problems")
        .hasMessageContaining("index.html: href 'gone.html': gone.html was not written")
        .hasMessageContaining("index.html: href 't.html': t.html was not written")
        .hasMessageContaining("index.html: event handler attribute 'onclick' on <p>");
  }

  @Test
  void aRefreshTargetMustExist() throws Exception {
    SiteVerifier v = new SiteVerifier();
    page(v, "old.html", "<!DOCTYPE html><html><head><meta http-equiv=\"Refresh\" content=\"0; URL=new.html\">"
        + "</head><body></body></html>");
    assertThatThrownBy(() -> v.verify(site)).hasMessageContaining("old.html: refresh 'new.html': new.html was not written");
  }

  @Test
  void pagesOfAFolderSharingAUrlAreEachCheckedAsIfAlone() throws Exception {
    SiteVerifier v = new SiteVerifier();
    for (String page : new String[] {"a/x.html", "a/y.html"}) {
      page(v, page, "<a href=\"javascript:x()\">j</a><a href=\"../../up.html\">u</a><a href=\"gone.html\">g</a>"
          + "<a href=\"https://e.org/\">e</a><a href=\"../index.html#top\">t</a><a href=\"#here\">h</a>"
          + "<img src=\"x.png\" srcset=\"javascript:y 1x\">");
    }
    page(v, "index.html", "<p>no top</p>");
    assertThatThrownBy(() -> v.verify(site))
        .hasMessageContaining("11 problems")
        .hasMessageContaining("a/x.html: unsafe URL in href: 'javascript:x()'")
        .hasMessageContaining("a/y.html: unsafe URL in href: 'javascript:x()'")
        .hasMessageContaining("a/x.html: unsafe URL in srcset: 'javascript:y 1x'")
        .hasMessageContaining("a/y.html: unsafe URL in srcset: 'javascript:y 1x'")
        .hasMessageContaining("a/x.html: href '../../up.html' leaves the site")
        .hasMessageContaining("a/y.html: href '../../up.html' leaves the site")
        .hasMessageContaining("a/x.html: href 'gone.html': a/gone.html was not written")
        .hasMessageContaining("a/x.html: src 'x.png': a/x.png was not written")
        .hasMessageContaining("a/x.html: href '../index.html#top': index.html has no id 'top'")
        .hasMessageContaining("a/x.html: href '#here': a/x.html has no id 'here'")
        .hasMessageContaining("a/y.html: href '#here': a/y.html has no id 'here'")
        .hasMessageNotContaining("a/y.html: href 'gone.html'");
  }

  /**
   * A broken target is reported once, under the first link to it: a page's own "#x" or another
   * page's link to that fragment (p.html read first, then q.html; and the other way round).
   */
  @ParameterizedTest
  @CsvSource({
    "'<a href=\"#gone\">own</a>', '<a href=\"p.html#gone\">other</a>', p.html: href '#gone',"
        + " q.html: href 'p.html#gone'",
    "'<a href=\"#gone\">own</a>', '<a href=\"./p.html#gone\">x</a><a href=\"#gone\">q</a>', p.html: href '#gone',"
        + " q.html: href './p.html#gone'",
    "'<a href=\"p.html#gone\">same page</a><a href=\"#gone\">own</a>', '', p.html: href 'p.html#gone', ",
    "'<a href=\"#gone\">own</a><a href=\"p.html#gone\">same page</a>', '', p.html: href '#gone', ",
    "'<a href=\"#%67one\">encoded</a><a href=\"#gone\">plain</a>', '', p.html: href '#%67one', ",
    "'<img src=\"#gone\"><a href=\"#gone\">own</a>', '', p.html: src '#gone', ",
  })
  void aBrokenFragmentIsReportedUnderTheFirstLinkToIt(String own, String other, String ownName, String otherName)
      throws Exception {
    for (boolean pageFirst : new boolean[] {true, false}) {
      SiteVerifier v = new SiteVerifier();
      if (pageFirst) {
        page(v, "p.html", "<h1 id=here>p</h1>" + own);
        page(v, "q.html", "<h1 id=gone>q</h1>" + other);
      } else {
        page(v, "q.html", "<h1 id=gone>q</h1>" + other);
        page(v, "p.html", "<h1 id=here>p</h1>" + own);
      }
      String expected = pageFirst || otherName == null ? ownName : otherName;
      assertThatThrownBy(() -> v.verify(site))
          .hasMessageContaining("1 problem:")
          .hasMessageContaining(expected + ": p.html has no id 'gone'");
    }
  }

  /** The first link to each target, fragments of a page on the page itself among them, in reading order. */
  @Test
  void firstLinksNameTheFirstLinkToEachTarget() throws Exception {
    SiteVerifier v = new SiteVerifier();
    page(v, "a/p.html", "<h1 id=x>x</h1><a href=\"../q.html#y\">q</a><a href=\"#x\">own</a><a href=\"p.html#x\">self</a>"
        + "<a href=\"#\">top</a><a href=\"#%78\">encoded</a><a href=\"https://e.org/\">e</a>");
    page(v, "q.html", "<h1 id=y>y</h1><a href=\"#y\">own</a><a href=\"a/p.html#x\">p</a><a href=\"a/p.html\">p</a>");
    assertThat(v.firstLinks()).containsExactly(
        Map.entry("a/p.html", "a/p.html: href '#'"),
        Map.entry("a/p.html#x", "a/p.html: href '#x'"),
        Map.entry("q.html#y", "a/p.html: href '../q.html#y'"));
  }

  @Test
  void aPageLinkingToItsOwnFragmentsIsCheckedAsWrittenAndAsLastRead() throws Exception {
    SiteVerifier v = new SiteVerifier();
    v.inspect("ghost.html", "<h1 id=a>a</h1><a href=\"#a\">a</a><a href=\"#\">top</a>"); // never written
    page(v, "twice.html", "<h1 id=a>a</h1><a href=\"#a\">a</a>");
    page(v, "twice.html", "<h1 id=b>b</h1>"); // read again: its ids are the last ones
    page(v, "a#b.html", "<h1 id=x>x</h1><a href=\"#x\">x</a>");
    page(v, "fine.html", "<h1 id=\"\u00e9\">e</h1><a href=\"#%C3%A9\">e</a><a href=\"#\u00e9\">e</a><a href=#>t</a>");
    assertThatThrownBy(() -> v.verify(site))
        .hasMessageContaining("4 problems")
        .hasMessageContaining("ghost.html: href '#a': ghost.html was not written")
        .hasMessageContaining("ghost.html: href '#': ghost.html was not written")
        .hasMessageContaining("twice.html: href '#a': twice.html has no id 'a'")
        .hasMessageContaining("a#b.html: href '#x': a was not written");
  }

  /**
   * Pages as written, UTF-8: ids and links with characters of two to four bytes, and bytes that are
   * not UTF-8 (read as U+FFFD, which a link names as %EF%BF%BD), on a page the scanner reads and
   * on one it leaves to jsoup; inspecting the page as a String says the same.
   */
  @ParameterizedTest
  @ValueSource(strings = {"", "<select><option>o</option></select>"})
  void pagesAreReadAsUtf8(String leftToJsoup) throws Exception {
    byte[] bad = {(byte) 0xC3, (byte) 0xFF};
    String html = leftToJsoup + "<h1 id=\"\u00e9t\u00e9\">\uD83D\uDE80</h1><h2 id=\"\u4E2D\">x</h2><h3 id=\"e\u0301\">y</h3>"
        + "<h4 id=\"bad-BAD\">z</h4><a href=\"#%C3%A9t%C3%A9\">e</a><a href=\"#\u4E2D\">c</a><a href=\"#e%CC%81\">m</a>"
        + "<a href=\"#bad-%EF%BF%BD%EF%BF%BD\">b</a><a href=\"#\uD83D\uDE80\">gone</a><a href=\"\u00e9.html\">e</a>";
    byte[] utf8 = html.getBytes(StandardCharsets.UTF_8);
    int at = new String(utf8, StandardCharsets.ISO_8859_1).indexOf("BAD");
    byte[] page = new byte[utf8.length - 1];
    System.arraycopy(utf8, 0, page, 0, at);
    System.arraycopy(bad, 0, page, at, 2);
    System.arraycopy(utf8, at + 3, page, at + 2, utf8.length - at - 3);
    assertThat(MarkupScanner.scan(page, new PageFindings())).isEqualTo(leftToJsoup.isEmpty());
    Files.write(site.resolve("index.html"), page);
    Files.writeString(site.resolve("\u00e9.html"), "");
    for (boolean asString : new boolean[] {false, true}) {
      SiteVerifier v = new SiteVerifier();
      if (asString) {
        v.inspect("index.html", new String(page, StandardCharsets.UTF_8));
      } else {
        v.inspect("index.html", page);
      }
      assertThatThrownBy(() -> v.verify(site))
          .hasMessageContaining("1 problem:")
          .hasMessageContaining("index.html: href '#\uD83D\uDE80': index.html has no id '\uD83D\uDE80'");
    }
  }

  /** The verifier's own path normalising says what LinkResolver's says, on random paths. */
  @Test
  void normalizeIsLinkResolverNormalize() {
    String[] parts = {"a", "b", "c.html", ".", "..", "", "...", ".x", "x.", "é", " ", "%2F"};
    java.util.Random random = new java.util.Random(5);
    for (int i = 0; i < 50_000; i++) {
      StringBuilder path = new StringBuilder();
      for (int k = random.nextInt(7); k >= 0; k--) {
        path.append(parts[random.nextInt(parts.length)]);
        if (random.nextInt(4) > 0) {
          path.append('/');
        }
      }
      String p = path.toString();
      assertThat(SiteVerifier.normalize(p)).as("normalize(%s)", p).isEqualTo(LinkResolver.normalize(p));
    }
  }

  private static final Pattern OLD_SCHEME = Pattern.compile("^[a-zA-Z][a-zA-Z0-9+.-]*:.*", Pattern.DOTALL);
  private static final Pattern OLD_CONTROL = Pattern.compile("[\\s\\u0000-\\u001F]");

  /** The fast checks of a URL say what the regular expressions they replace said. */
  @ParameterizedTest
  @ValueSource(strings = {"", "a.html", "#x", "javascript:alert(1)", "JaVaScRiPt:x", "java\tscript:x", " data:x",
    "DATA:", "vbscript:", "vb script:x", "java\u0000script:", "javascript", "javascrİpt:x", "javaſcript:x",
    "java\u00a0script:x", "ＪＡＶＡscript:x", "mailto:x@y", "https://e.org", "a:b", "1a:b", "a+b.c-d:", "a_b:c",
    "a/b:c", "://x", "x:", "é:x", "\u212Aa:", "data\n:x", "java\u000bscript:", "j", "J:", "dAta:", "Vbscript:x",
    ".javascript:", "#data:", "/vbscript:", "0data:", "\u00e9data:", "\u0130javascript:", "\u017Fdata:", "\tdata:x"})
  void urlChecksMatchTheRegularExpressionsTheyReplace(String v) {
    String squeezed = OLD_CONTROL.matcher(v).replaceAll("").toLowerCase(Locale.ROOT);
    boolean unsafe = squeezed.startsWith("javascript:") || squeezed.startsWith("data:") || squeezed.startsWith("vbscript:");
    assertThat(SiteVerifier.unsafe(v)).as("unsafe(%s)", v).isEqualTo(unsafe);
    assertThat(SiteVerifier.hasScheme(v)).as("hasScheme(%s)", v).isEqualTo(OLD_SCHEME.matcher(v).matches());
  }
}
