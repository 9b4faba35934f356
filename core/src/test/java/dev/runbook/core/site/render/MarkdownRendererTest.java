package dev.runbook.core.site.render;

import static org.assertj.core.api.Assertions.assertThat;

import dev.runbook.core.config.Config;
import dev.runbook.core.model.Link;
import dev.runbook.core.model.Runbook;
import dev.runbook.core.model.RunbookSet;
import dev.runbook.core.model.SetIndex;
import dev.runbook.core.parse.RunbookParser;
import dev.runbook.core.parse.RunbookSetLoader;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** Links render the same whether or not the parse's links line up with the renderer's. */
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

  private static Runbook withLinks(Runbook d, List<Link> links) {
    return new Runbook(d.path(), d.file(), d.kind(), d.lines(), d.codeLines(), d.frontMatter(), d.encodingProblems(),
        d.headings(), d.sections(), d.riskLine(), links, d.codeBlocks(), d.htmlIds(), d.suppressions());
  }
}
