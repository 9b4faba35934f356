package dev.runbook.core.site;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Attribute;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Hostile runbooks ({@code src/test/resources/site/xss/}): scripts, event handlers, {@code
 * javascript:}, {@code data:} and {@code vbscript:} URLs in bodies, titles, front matter, tags,
 * owners and categories never reach the output as anything but text.
 */
class SiteXssTest {
  @TempDir static Path tmp;
  static Map<String, byte[]> files;

  @BeforeAll
  static void build() throws Exception {
    SiteFixtures.build("xss", tmp.resolve("site"));
    files = SiteBuilderTest.files(tmp.resolve("site"));
  }

  @Test
  void noPageHasAScriptOtherThanTheThemes() {
    List<String> found = new ArrayList<>();
    eachPage((page, doc) -> {
      for (Element script : doc.select("script")) {
        if (!script.attr("src").endsWith("assets/runbook.js") || !script.data().isEmpty()) {
          found.add(page + ": " + script.outerHtml());
        }
      }
      for (Element e : doc.select("iframe, object, embed, style, form, math, svg script, base[href^=java]")) {
        found.add(page + ": " + e.outerHtml());
      }
    });
    assertThat(found).isEmpty();
  }

  @Test
  void noElementHasAnEventHandlerOrStyle() {
    List<String> found = new ArrayList<>();
    eachPage((page, doc) -> {
      for (Element e : doc.getAllElements()) {
        for (Attribute a : e.attributes()) {
          String key = a.getKey().toLowerCase(Locale.ROOT);
          if (key.startsWith("on") || key.equals("style") || key.equals("formaction")) {
            found.add(page + ": <" + e.normalName() + " " + a + ">");
          }
        }
      }
    });
    assertThat(found).isEmpty();
  }

  @Test
  void noUrlUsesAnUnsafeScheme() {
    List<String> found = new ArrayList<>();
    eachPage((page, doc) -> {
      for (Element e : doc.getAllElements()) {
        for (Attribute a : e.attributes()) {
          String v = a.getValue().replaceAll("[\\s\\u0000-\\u001f]", "").toLowerCase(Locale.ROOT);
          boolean url = a.getKey().matches("(?i)href|src|xlink:href|action|formaction|data|content|poster");
          if (url && (v.contains("javascript:") || v.startsWith("data:") || v.contains("vbscript:"))) {
            found.add(page + ": <" + e.normalName() + " " + a + ">");
          }
        }
      }
    });
    assertThat(found).isEmpty();
  }

  @Test
  void hostileTextIsShownAsText() {
    Document page = Jsoup.parse(text("evil.html"));
    assertThat(page.selectFirst("h1").text()).isEqualTo("\"><svg onload=alert('title')>");
    assertThat(page.select(".facts dd").get(1).text()).isEqualTo("<img src=x onerror=alert('owner')>");
    assertThat(page.select(".tags li").eachText()).containsExactly("<script>alert('tag')</script>", "\" onfocus=\"alert('tag2')");
    assertThat(page.select(".content code").eachText()).contains("<script>alert('code')</script>");
    assertThat(page.select(".content .unpublished").eachText()).contains("markdown js link", "data link", "vb link", "mixed case");
  }

  @Test
  void dataFilesEscapeMarkup() {
    for (String name : new String[] {"-/search-index.js", "runbooks.json"}) {
      String text = text(name);
      assertThat(text).as(name).doesNotContain("<").doesNotContain(">");
      assertThat(text).as(name).contains("\\u003cscript\\u003e");
    }
  }

  @Test
  void unsafeAliasesAreSkipped() {
    assertThat(files.keySet()).noneMatch(p -> p.contains("javascript") || p.contains("<") || p.contains("escape"));
  }

  private static String text(String path) {
    return new String(files.get(path), StandardCharsets.UTF_8);
  }

  private static void eachPage(java.util.function.BiConsumer<String, Document> check) {
    files.forEach((path, bytes) -> {
      if (path.endsWith(".html")) {
        check.accept(path, Jsoup.parse(new String(bytes, StandardCharsets.UTF_8)));
      }
    });
  }
}
