package dev.runbook.core.site;

import static org.assertj.core.api.Assertions.assertThat;

import dev.runbook.core.config.Config;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Raw HTML that leaves something open which would hide the rest of the body (an unclosed
 * {@code <style>}, {@code <select>}, comment or quoted value) is published closed, with a note
 * naming the file and line; the Markdown after it keeps its headings and links; well-formed raw
 * HTML around Markdown is published as written, without a note.
 */
class RawHtmlSiteTest {
  @TempDir Path tmp;

  private static String runbook(String html) {
    return "---\ntitle: Raw\nrisk: low\n---\n# Raw\n\nIntro.\n\n" + html + "\n\n## Overview\n\nSee [Steps](#steps).\n\n"
        + "## Steps\n\n1. Run `true`\n\n## Rollback\n\nNothing to undo.\n";
  }

  private SiteResult build(String body) throws Exception {
    Path root = Files.createDirectories(tmp.resolve("runbooks"));
    Files.writeString(root.resolve("README.md"), "# Home\n\n- [Raw](raw.md)\n");
    Files.writeString(root.resolve("raw.md"), body);
    return new SiteBuilder(SiteOptions.of(tmp.resolve("site"), SiteFixtures.TODAY))
        .build(SiteFixtures.load(root, Config.DEFAULT), Config.DEFAULT);
  }

  private Document page() throws Exception {
    return Jsoup.parse(Files.readString(tmp.resolve("site/raw.html")));
  }

  @ParameterizedTest
  @CsvSource(delimiter = '|', value = {
    "<table><style>|<style>",
    "<table><script>|<script>",
    "<div><select><style>|<select>",
    "<div><iframe>|<iframe>",
    "<div><xmp>|<xmp>",
    "<div><plaintext>|<plaintext>",
    "<div><noembed>|<noembed>",
    "<div><!-- unfinished|''",
    "<div title=\"unfinished|''"})
  void htmlThatWouldHideTheRestIsClosedWithANote(String html, String dropped) throws Exception {
    SiteResult result = build(runbook(html));

    for (String id : List.of("overview", "steps", "rollback")) {
      assertThat(page().getElementById(id)).as(id).isNotNull();
    }
    assertThat(page().select(".content a[href=#steps]")).isNotEmpty();
    assertThat(result.notes()).singleElement().asString()
        .startsWith("raw.md:9: raw HTML '" + html + "' leaves an element, comment or quoted value open")
        .contains(dropped.isEmpty() ? "the site shows it closed;" : "the site shows it closed and without " + dropped)
        .endsWith("close what it opens");
  }

  @Test
  void wellFormedHtmlAroundMarkdownIsKeptAsWrittenWithoutANote() throws Exception {
    SiteResult result = build(runbook("<details><summary>More</summary>\n\n- **inside**\n\n</details>\n\n"
        + "<table><tr><td>\n\n*cell*\n\n</td></tr></table>"));

    assertThat(result.notes()).isEmpty();
    assertThat(page().select(".content details > ul > li > strong").text()).isEqualTo("inside");
    assertThat(page().select(".content table td > p > em").text()).isEqualTo("cell");
  }

  @Test
  void anchorsOnElementsTheSiteDropsStayLinkTargets() throws Exception {
    SiteResult result = build(runbook("<iframe id=\"frame\"></iframe>\n<form id=\"f1\"><input id=\"in1\" name=\"q\">"
        + "</form>\n<svg id=\"pic\"><circle/></svg>\n\n[a](#frame) [b](#f1) [c](#in1) [d](#q) [e](#pic)"));

    for (String id : List.of("frame", "f1", "in1", "q", "pic")) {
      assertThat(page().getElementById(id)).as(id).isNotNull();
      assertThat(page().select(".content a[href=#" + id + "]")).as(id).hasSize(1);
    }
    assertThat(page().select(".content").select("iframe, form, input, svg")).isEmpty();
    assertThat(result.notes()).isEmpty();
  }
}
