package dev.runbook.core.site;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;

import dev.runbook.core.config.Config;
import dev.runbook.core.model.Runbook;
import dev.runbook.core.model.RunbookSet;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Random;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Tag soup in a runbook body (elements left open or closed twice, raw-text elements, comments and
 * quoted values left open, tables, forms, SVG, ids on elements the site drops) never makes the
 * built site fail its own verification, and every anchor the linter let a link point at is on
 * the page. Random but repeatable: fixed seeds, a bounded number of runbooks.
 */
class RawHtmlSiteRandomTest {
  private static final String[] TAGS = {"table", "tr", "td", "th", "tbody", "thead", "caption", "colgroup", "col",
      "div", "span", "p", "details", "summary", "ul", "ol", "li", "dl", "dt", "dd", "pre", "code", "em", "b",
      "strong", "h2", "h3", "blockquote", "section", "form", "input", "button", "label", "select", "option",
      "optgroup", "textarea", "style", "script", "title", "noscript", "iframe", "xmp", "plaintext", "noembed",
      "noframes", "template", "svg", "math", "mi", "foreignObject", "desc", "object", "embed", "frameset", "frame",
      "head", "body", "html", "img", "br", "hr", "font", "nobr", "sup", "kbd", "q", "ruby", "rt", "image",
      "listing", "marquee", "base", "link", "meta", "param", "video", "audio", "canvas", "dialog", "main", "nav",
      "header", "address", "center", "menu", "search", "my-widget", "a"};
  private static final String[] ODD = {"<!-- note -->", "<!--", "<!-->", "<!---", "<!", "<![CDATA[x", "<?php x",
      "<!DOCTYPE html>", "</ >", "<", "&", "&amp;", "<a href=\"", "<div title='", "<p class=\"a", "-->", "]]>",
      "?>", "\"", "'", "<br/>", "</br>", "</p>", "</table>", "</select>", "</style>", "</svg>", "</a>", "</li>",
      "<a href=\"#overview\">to overview</a>", "<a href=\"#r3\">r3</a>", "<img src=\"x.png\" alt=\"pic\">",
      "<a name=\"n1\"></a>", "<input name=\"n2\">"};
  private static final String[] MARKDOWN = {"## Extra heading", "### Sub heading", "- item", "1. step", "> quote",
      "[self](#steps)", "[raw id](#r1)", "[raw id](#r2)", "[named](#n1)", "[named](#n2)", "`code`", "*em* text",
      "```\nfenced <style>\n```", "| a | b |\n| - | - |\n| c | d |", "    indented <select>", "text words"};
  private static final int RUNBOOKS = 150;

  @TempDir Path tmp;

  @Test
  void tagSoupNeverFailsTheSitesVerificationAndKeepsEveryAnchor() throws Exception {
    // More with -Drunbook.randomSeeds=N (30 pass, 150 runbooks each; about 4 s a seed).
    for (long seed = 1; seed <= Long.getLong("runbook.randomSeeds", 2); seed++) {
      Random random = new Random(seed);
      Path root = Files.createDirectories(tmp.resolve("runbooks" + seed));
      StringBuilder readme = new StringBuilder("# Home\n\n");
      for (int i = 0; i < RUNBOOKS; i++) {
        Files.writeString(root.resolve("soup" + i + ".md"), runbook(i, random));
        readme.append("- [Soup ").append(i).append("](soup").append(i).append(".md)\n");
      }
      Files.writeString(root.resolve("README.md"), readme.toString());
      Path site = tmp.resolve("site" + seed);
      RunbookSet set = SiteFixtures.load(root, Config.DEFAULT);
      try {
        new SiteBuilder(SiteOptions.of(site, SiteFixtures.TODAY).withThreads(2)).build(set, Config.DEFAULT);
      } catch (SiteException e) {
        fail("seed " + seed + ": " + e.getMessage() + sourcesOf(root, e.getMessage()));
      }
      for (Runbook doc : set.documents()) {
        if (!doc.isRunbook()) {
          continue; // README.md is the home page
        }
        Document page = Jsoup.parse(Files.readString(site.resolve(doc.path().replace(".md", ".html"))));
        for (String id : doc.htmlIds()) {
          assertThat(page.getElementById(id) != null || !page.select("a[name=" + id + "]").isEmpty())
              .as("seed %d, %s: id %s", seed, doc.path(), id).isTrue();
        }
        for (var h : doc.headings()) {
          assertThat(page.getElementById(h.anchor())).as("seed %d, %s: heading %s", seed, doc.path(), h.anchor())
              .isNotNull();
        }
      }
    }
  }

  /** The runbooks whose pages {@code problems} names, for the failure message. */
  private static String sourcesOf(Path root, String problems) throws java.io.IOException {
    StringBuilder out = new StringBuilder();
    for (int i = 0; i < RUNBOOKS; i++) {
      if (problems.contains("soup" + i + ".html")) {
        out.append("\n--- soup").append(i).append(".md\n").append(Files.readString(root.resolve("soup" + i + ".md")));
      }
    }
    return out.toString();
  }

  private static String runbook(int i, Random random) {
    StringBuilder md = new StringBuilder("---\ntitle: Soup ").append(i).append("\nrisk: low\n---\n# Soup ")
        .append(i).append("\n\nIntro.\n\n");
    for (int lines = 1 + random.nextInt(8); lines > 0; lines--) {
      for (int pieces = 1 + random.nextInt(4); pieces > 0; pieces--) {
        md.append(piece(random));
      }
      md.append(random.nextInt(3) == 0 ? "\n" : "\n\n");
    }
    md.append("\n## Overview\n\nWhat it does, see [Steps](#steps).\n\n## Steps\n\n1. Run `true`\n2. Check\n\n"
        + "## Rollback\n\nNothing to undo, [back up](#overview).\n");
    return md.toString();
  }

  private static String piece(Random random) {
    int kind = random.nextInt(10);
    if (kind < 4) {
      return tag(TAGS[random.nextInt(TAGS.length)], random);
    } else if (kind < 6) {
      return "</" + TAGS[random.nextInt(TAGS.length)] + ">";
    } else if (kind < 8) {
      return ODD[random.nextInt(ODD.length)];
    }
    return (random.nextBoolean() ? "\n" : "") + MARKDOWN[random.nextInt(MARKDOWN.length)];
  }

  private static String tag(String name, Random random) {
    StringBuilder t = new StringBuilder("<").append(name);
    if (random.nextInt(3) == 0) {
      t.append(" id=\"r").append(1 + random.nextInt(3)).append('"');
    }
    if (random.nextInt(6) == 0) {
      t.append(" name=\"n").append(1 + random.nextInt(2)).append('"');
    }
    if (name.equals("a") && random.nextBoolean()) {
      t.append(" href=\"#steps\"");
    }
    return t.append(random.nextInt(8) == 0 ? "/>" : ">").toString();
  }
}
