package dev.runbook.core.site.render;

import static org.assertj.core.api.Assertions.assertThat;

import dev.runbook.core.config.Config;
import dev.runbook.core.model.Link;
import dev.runbook.core.model.Runbook;
import dev.runbook.core.model.RunbookSet;
import dev.runbook.core.model.SetIndex;
import dev.runbook.core.parse.RunbookParser;
import dev.runbook.core.parse.RunbookSetLoader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Links render the same whether or not the parse's links line up with the renderer's, drafted or not. */
class MarkdownRendererTest {
  @Test
  void linksTheParseFoundDifferentlyAreResolvedAfresh() throws Exception {
    RunbookSet set = new RunbookSetLoader(Config.DEFAULT.exclude(), Config.DEFAULT.documents(), new RunbookParser(), 1)
        .load(LinkRewriterTest.ROOT);
    PagePaths pages = PagePaths.of(set);
    LinkRewriter links = new LinkRewriter(new SetIndex(set), pages,
        new PublishedFiles(set.root(), Set.copyOf(pages.all().values())));
    MarkdownRenderer renderer = new MarkdownRenderer(Config.DEFAULT);
    int linked = 0;
    for (Runbook doc : set.documents()) {
      String html = renderer.render(doc, links).html();
      List<Link> reversed = new ArrayList<>(doc.links());
      Collections.reverse(reversed);
      for (List<Link> other : List.of(reversed, List.<Link>of(), doc.links().subList(0, doc.links().size() / 2))) {
        assertThat(renderer.render(withLinks(doc, other), links).html()).as(doc.path()).isEqualTo(html);
      }
      linked += doc.links().size() > 1 ? 1 : 0;
    }
    assertThat(linked).isPositive();
  }

  /**
   * A body drafted from the loader's tree renders exactly as one parsed again; where drafting
   * cannot be trusted (raw HTML) or a link is not published, the body is
   * rendered the ordinary way.
   */
  @Test
  void bodiesDraftedFromTheLoadersTreesRenderAsBodiesParsedAgain(@TempDir Path root) throws Exception {
    String sections = "\n## Prerequisites\n\n- none\n\n## Steps\n\n1. Run `x`.\n2. Check [ok](#validation).\n"
        + "\n## Validation\n\nOK\n\n## Rollback\n\nN/A\n\n## References\n\n- [Other](other.md)\n";
    Files.writeString(root.resolve("other.md"), "# Other\n\n## Overview\n\nThe other one. See [links](links.md#steps).\n" + sections);
    Files.createDirectories(root.resolve("img"));
    Files.writeString(root.resolve("img/pic.png"), "png");
    Map<String, String> bodies = Map.of(
        "links.md", "# Links & more\n\n## Overview\n\nSee [other](other.md \"a \\\"title\\\"\"),"
            + " [a query](https://example.com/?a=1&b=\"2\"<x>), [mail](mailto:ops@example.com),"
            + " [the steps](#steps), [other's steps](./other.md#steps) and"
            + " [![a *picture*](img/pic.png \"pic\")](other.md).\n\n[ref]: other.md#overview\n\nBy [reference][ref].\n" + sections,
        "dead.md", "# Dead\n\n## Overview\n\nA [missing](nowhere.md), [unsafe](javascript:alert(1)) and [fine](other.md) link,"
            + " and ![a missing picture](img/none.png).\n" + sections,
        "raw.md", "# Raw\n\n## Overview\n\n<b>bold</b> and [other](other.md).\n" + sections,
        "nul.md", "# Nul\n\n## Overview\n\nA \u0000 in the text and [other](other.md).\n" + sections,
        "plain.md", "# Plain\n\n## Overview\n\nNo links at all.\n" + sections);
    for (Map.Entry<String, String> b : bodies.entrySet()) {
      Files.writeString(root.resolve(b.getKey()), b.getValue());
    }
    RunbookSet parsedTwice = load(root, new RunbookParser());
    MarkdownRenderer drafting = new MarkdownRenderer(Config.DEFAULT);
    RunbookSet parsedOnce = load(root, new RunbookParser(drafting));

    assertThat(drafting.hasDraft("links.md")).isTrue();
    assertThat(drafting.hasDraft("dead.md")).as("drafted; its dead links show when it is finished").isTrue();
    assertThat(drafting.hasDraft("plain.md")).isTrue();
    assertThat(drafting.hasDraft("raw.md")).as("cleaning raw HTML rewrites links: rendered later").isFalse();
    assertThat(drafting.hasDraft("nul.md")).as("a NUL, which marks a slot, makes the file binary: no tree").isFalse();
    MarkdownRenderer ordinary = new MarkdownRenderer(Config.DEFAULT);
    for (String path : bodies.keySet()) {
      RenderedBody expected = ordinary.render(parsedTwice.get(path).orElseThrow(), rewriter(parsedTwice));
      RenderedBody actual = drafting.render(parsedOnce.get(path).orElseThrow(), rewriter(parsedOnce));
      assertThat(actual.html()).as(path).isEqualTo(expected.html());
      assertThat(actual.titleId()).as(path).isEqualTo(expected.titleId());
      assertThat(actual.words().words()).as(path).isEqualTo(expected.words().words());
      assertThat(drafting.hasDraft(path)).as("a draft is used once").isFalse();
    }
    assertThat(ordinary.render(parsedTwice.get("links.md").orElseThrow(), rewriter(parsedTwice)).html())
        .contains("href=\"other.html\" title=\"a &quot;title&quot;\"", "href=\"https://example.com/?a=1&amp;b=",
            "href=\"#steps\"", "href=\"other.html#steps\"", "<img src=\"img/pic.png\" alt=\"a picture\"",
            "href=\"other.html#overview\"");
    assertThat(ordinary.render(parsedTwice.get("dead.md").orElseThrow(), rewriter(parsedTwice)).html())
        .contains("class=\"unpublished\"").doesNotContain("javascript:");
  }

  /** A keyboard can reach, and so scroll, every code block: fenced, indented and raw HTML alike. */
  @Test
  void everyCodeBlockIsInTheTabOrder(@TempDir Path root) throws Exception {
    Files.writeString(root.resolve("md.md"), "# Md\n\n```bash\nsystemctl stop x\n```\n\n    indented\n");
    Files.writeString(root.resolve("raw.md"), "# Raw\n\n<pre>raw</pre>\n\n```\nfenced\n```\n");
    MarkdownRenderer drafting = new MarkdownRenderer(Config.DEFAULT);
    RunbookSet set = load(root, new RunbookParser(drafting));
    for (String path : List.of("md.md", "raw.md")) {
      String html = drafting.render(set.get(path).orElseThrow(), rewriter(set)).html();
      assertThat(html).as(path).contains("<pre tabindex=\"0\">").doesNotContain("<pre>");
      assertThat(html.split("<pre", -1)).as(path).hasSize(3);
    }
  }

  /** A document drafted from one load is not finished for another load's document of the same path. */
  @Test
  void aDraftServesOnlyTheDocumentItWasDraftedFrom(@TempDir Path root) throws Exception {
    Files.writeString(root.resolve("a.md"), "# A\n\nSee [b](b.md).\n");
    Files.writeString(root.resolve("b.md"), "# B\n");
    MarkdownRenderer drafting = new MarkdownRenderer(Config.DEFAULT);
    load(root, new RunbookParser(drafting));
    Files.writeString(root.resolve("a.md"), "# A\n\nNow [missing](c.md).\n");
    RunbookSet changed = load(root, new RunbookParser());

    assertThat(drafting.hasDraft("a.md")).isTrue();
    assertThat(drafting.render(changed.get("a.md").orElseThrow(), rewriter(changed)).html())
        .contains("missing").doesNotContain("b.html");
  }

  /**
   * Only drafts that still wait count towards the bytes kept as they are: {@code serve} drafts
   * again on every save, and a count that only grew would deflate every draft after enough edits.
   */
  @Test
  void renderedAndReplacedDraftsNoLongerCount(@TempDir Path root) throws Exception {
    Files.writeString(root.resolve("a.md"), "# A\n\nSee [b](b.md).\n");
    Files.writeString(root.resolve("b.md"), "# B\n\nText.\n");
    MarkdownRenderer drafting = new MarkdownRenderer(Config.DEFAULT);
    load(root, new RunbookParser(drafting));
    long both = drafting.waitingBytes();
    assertThat(both).isPositive();
    RunbookSet again = load(root, new RunbookParser(drafting));
    assertThat(drafting.waitingBytes()).as("drafted again, replaced").isEqualTo(both);
    for (String path : List.of("a.md", "b.md")) {
      drafting.render(again.get(path).orElseThrow(), rewriter(again));
    }
    assertThat(drafting.waitingBytes()).isZero();
  }

  private static RunbookSet load(Path root, RunbookParser parser) throws Exception {
    return new RunbookSetLoader(Config.DEFAULT.exclude(), Config.DEFAULT.documents(), parser, 1).load(root);
  }

  private static LinkRewriter rewriter(RunbookSet set) {
    PagePaths pages = PagePaths.of(set);
    return new LinkRewriter(new SetIndex(set), pages, new PublishedFiles(set.root(), Set.copyOf(pages.all().values())));
  }

  private static Runbook withLinks(Runbook d, List<Link> links) {
    return new Runbook(d.path(), d.file(), d.kind(), d.lines(), d.codeLines(), d.frontMatter(), d.encodingProblems(),
        d.headings(), d.sections(), d.riskLine(), links, d.codeBlocks(), d.htmlIds(), d.suppressions());
  }
}
