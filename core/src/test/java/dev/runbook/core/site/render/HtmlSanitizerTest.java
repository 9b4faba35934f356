package dev.runbook.core.site.render;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class HtmlSanitizerTest {
  private final HtmlSanitizer sanitizer = new HtmlSanitizer();

  /** Keeps every href as written, so the test sees what the cleaner lets through. */
  private String clean(String html) {
    return sanitizer.clean(html, Href::of);
  }

  @ParameterizedTest
  @CsvSource(delimiter = '|', value = {
    "<script>alert(1)</script><p>ok</p>|<p>ok</p>",
    "<img src=\"a.png\" onerror=\"alert(1)\" alt=\"A\">|<img src=\"a.png\" alt=\"A\">",
    "<a href=\"javascript:alert(1)\">x</a>|<a>x</a>",
    "<a href=\"data:text/html,x\">x</a>|<a>x</a>",
    "<a href=\"ftp://h/f\">x</a>|<a>x</a>",
    "<div style=\"color:red\" onclick=\"x()\">t</div>|<div>t</div>",
    "<iframe src=\"https://e/\"></iframe><p>p</p>|<p>p</p>",
    "<p id=\"contacts\" class=\"note\">c</p>|<p id=\"contacts\" class=\"note\">c</p>",
    "<a name=\"old\"></a>|<a name=\"old\"></a>",
    "<details open><summary>S</summary>D</details>|<details open><summary>S</summary>D</details>",
    "<a href=\"../x.md#a\">rel</a>|<a href=\"../x.md#a\">rel</a>",
    "<a href=\"https://e.org/\">abs</a>|<a href=\"https://e.org/\">abs</a>",
    "<pre>wide</pre>|<pre tabindex=\"0\">wide</pre>",
    "<pre tabindex=\"-1\"><code>wide</code></pre>|<pre tabindex=\"0\"><code>wide</code></pre>",
    "<iframe id=\"frame\" src=\"https://e/\"></iframe><p>p</p>|<span id=\"frame\"></span><p>p</p>",
    "<form id=\"f\"><input name=\"q\"></form>|<span id=\"f\"></span><span id=\"q\"></span>",
    "<template><th id=\"cell\">x</th></template>|x",
    "<p><button><p>inner</p></button>after|<p></p><p>inner</p>after<p></p>",
  })
  void cleans(String dirty, String clean) {
    assertThat(clean(dirty)).isEqualTo(clean);
  }

  @Test
  void anchorsTheLinterKnowsStayEvenWhenTheirElementIsNowhere() {
    String html = sanitizer.clean("<div>a</div><!-- <p id=\"old\"> --><style>#x { }</style>", Href::of,
        Set.of("old", "x"));
    assertThat(html).startsWith("<div>a</div>").contains("<span id=\"old\"></span>").contains("<span id=\"x\"></span>");
  }

  @Test
  void linksAreRewrittenBeforeCleaning() {
    String html = sanitizer.clean("<a href=\"x.md\">x</a><img src=\"p.png\" alt=\"p\">",
        href -> Href.of(href.replace(".md", ".html").replace("p.png", "img/p.png")));
    assertThat(html).isEqualTo("<a href=\"x.html\">x</a><img src=\"img/p.png\" alt=\"p\">");
  }

  @Test
  void unpublishedLinksKeepTheirTextAndPicturesTheirAltText() {
    String html = sanitizer.clean("<p><a href=\"gone.md\">Gone</a> <img src=\"gone.png\" alt=\"Diagram\"></p>",
        href -> Href.dropped("not there"));
    assertThat(html).isEqualTo(
        "<p><span class=\"unpublished\" title=\"not there\">Gone</span> <span class=\"unpublished\" title=\"not there\">Diagram</span></p>");
  }
}
