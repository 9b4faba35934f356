package dev.runbook.core.site;

import static org.assertj.core.api.Assertions.assertThat;

import dev.runbook.core.check.CheckOptions;
import dev.runbook.core.check.CheckRunner;
import dev.runbook.core.config.Config;
import dev.runbook.core.report.Report;
import dev.runbook.core.rules.Rule;
import dev.runbook.core.rules.builtin.BuiltinRules;
import dev.runbook.core.testing.Lint;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A runbook that links hostile files (SVGs with script in other namespaces or encodings, an XSLT
 * stylesheet instruction, SSI, XML and XHTML pages, a file without an extension, text that is
 * really HTML): the check finds no broken link, the site leaves every one of them out with a note
 * naming it and why, and the page keeps the link text, marked as unpublished with the reason;
 * plain drawings, pictures and text are published.
 */
class LinkedFilesSiteTest {
  private static final String SVG = "<svg xmlns=\"http://www.w3.org/2000/svg\">";
  private static final Map<String, String> HOSTILE = Map.of(
      "img/prefixed.svg", "<s:svg xmlns:s=\"http://www.w3.org/2000/svg\"><s:script>alert(1)</s:script></s:svg>",
      "img/xhtml.svg", SVG + "<h:script xmlns:h=\"http://www.w3.org/1999/xhtml\">alert(1)</h:script></svg>",
      "img/styled.svg", "<?xml-stylesheet type=\"text/xsl\" href=\"#x\"?>" + SVG + "</svg>",
      "img/handler.svg", SVG + "<rect x:onclick=\"alert(1)\" xmlns:x=\"urn:x\"/></svg>",
      "files/page.shtml", "<!--#exec cmd=\"id\"--><script>alert(1)</script>",
      "files/data.xml", "<x:script xmlns:x=\"http://www.w3.org/1999/xhtml\">alert(1)</x:script>",
      "files/page.xhtml", "<html xmlns=\"http://www.w3.org/1999/xhtml\"><script>alert(1)</script></html>",
      "files/Makefile", "<script>alert(1)</script>",
      "files/fake.txt", "\n<html><script>alert(1)</script></html>");

  @TempDir Path tmp;

  @Test
  void hostileLinkedFilesAreLeftOutWithANoteAndTheirLinksSayWhy() throws Exception {
    Path root = tmp.resolve("runbooks");
    Map<String, String> files = new TreeMap<>(HOSTILE);
    files.put("img/drawing.svg", SVG + "<defs><linearGradient id=\"g\"/></defs><rect fill=\"url(#g)\"/>"
        + "<use href=\"#g\"/></svg>");
    files.put("img/diagram.png", "\u0089PNG");
    files.put("files/notes.txt", "restart the primary, then the replica");
    StringBuilder links = new StringBuilder();
    files.keySet().forEach(f -> links.append("- [").append(f).append("](").append(f).append(")\n"));
    files.put("README.md", "# Home\n\n- [Deploy](deploy.md)\n");
    files.put("deploy.md", PageNamesSiteTest.runbook("Deploy", "", "README.md",
        links + "\n![Wide](img/wide.svg)\n\n<img src=\"img/prefixed.svg\" alt=\"Prefixed\">\n"));
    for (Map.Entry<String, String> f : files.entrySet()) {
      Files.createDirectories(root.resolve(f.getKey()).getParent());
      Files.writeString(root.resolve(f.getKey()), f.getValue());
    }
    Files.write(root.resolve("img/wide.svg"), ("<?xml version=\"1.0\" encoding=\"UTF-16\"?>\n" + SVG
        + "<script>alert(1)</script></svg>").getBytes(StandardCharsets.UTF_16));
    assertThat(Lint.findings(root, SiteFixtures.TODAY)).as("the check: no broken link").isEmpty();

    Path site = tmp.resolve("site");
    Report report = new CheckRunner().run(CheckOptions.of(root, root, Lint.clock(SiteFixtures.TODAY))).report();
    SiteResult result = new SiteBuilder(SiteOptions.of(site, SiteFixtures.TODAY)
        .withChecks(BuiltinRules.all().stream().map(Rule::info).toList(), Optional.of(report)))
        .build(SiteFixtures.load(root, Config.DEFAULT), Config.DEFAULT);

    Map<String, byte[]> out = SiteSessionTest.files(site);
    assertThat(out).containsKeys("img/drawing.svg", "img/diagram.png", "files/notes.txt");
    List<String> refused = new ArrayList<>(HOSTILE.keySet());
    refused.add("img/wide.svg");
    assertThat(out.keySet()).doesNotContainAnyElementsOf(refused);
    for (String file : refused) {
      assertThat(result.notes()).as(file).anyMatch(n -> n.startsWith(file + " is linked but not published: "));
    }
    assertThat(result.notes()).contains("img/wide.svg is linked but not published: the SVG has a <script> element"
        + " (line 2)", "files/page.shtml is linked but not published: .shtml is not a kind of file that the site"
        + " publishes: only pictures, PDFs, text, archives, office documents, audio and video, which a browser"
        + " never runs");

    Document page = Jsoup.parse(new String(out.get("deploy.html"), StandardCharsets.UTF_8));
    assertThat(page.select("main a[href]").eachAttr("href")).noneMatch(h -> refused.stream().anyMatch(h::endsWith))
        .contains("img/drawing.svg", "img/diagram.png", "files/notes.txt");
    assertThat(page.select("main img[src]").eachAttr("src")).noneMatch(s -> refused.stream().anyMatch(s::endsWith));
    assertThat(page.select("main span.unpublished").eachText()).contains("img/prefixed.svg", "files/page.shtml");
    assertThat(page.selectFirst("main span.unpublished:contains(img/prefixed.svg)").attr("title"))
        .isEqualTo("not published: the SVG has a <s:script> element (line 1)");
  }
}
