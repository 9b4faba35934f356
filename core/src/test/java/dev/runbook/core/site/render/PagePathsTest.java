package dev.runbook.core.site.render;

import static org.assertj.core.api.Assertions.assertThat;

import dev.runbook.core.parse.RunbookParser;
import dev.runbook.core.parse.RunbookSetLoader;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Every document gets a page of its own: a folder's index pages never share its index.html. */
class PagePathsTest {
  @TempDir Path tmp;

  private Map<String, String> pages(String... files) throws IOException {
    for (String f : files) {
      Path p = tmp.resolve(f);
      Files.createDirectories(p.getParent());
      Files.writeString(p, "# " + f + "\n");
    }
    return PagePaths.of(new RunbookSetLoader(List.of(), List.of(), new RunbookParser(), 1).load(tmp)).all();
  }

  @Test
  void theFirstIndexPageOfAFolderIsItsIndexHtmlAndTheOthersKeepTheirName() throws IOException {
    Map<String, String> pages = pages("_index.md", "run.md", "a/index.md", "a/_index.md", "b/README.md",
        "b/index.md", "b/_index.md", "c/Readme.md", "c/Index.md", "d/_index.md", "d/restart.md");
    assertThat(pages).containsExactlyInAnyOrderEntriesOf(Map.ofEntries(
        Map.entry("_index.md", "index.html"),
        Map.entry("run.md", "run.html"),
        Map.entry("a/index.md", "a/index.html"),
        Map.entry("a/_index.md", "a/_index.md.html"),
        Map.entry("b/README.md", "b/index.html"),
        Map.entry("b/index.md", "b/index.md.html"),
        Map.entry("b/_index.md", "b/_index.md.html"),
        Map.entry("c/Readme.md", "c/index.html"),
        Map.entry("c/Index.md", "c/Index.md.html"),
        Map.entry("d/_index.md", "d/index.html"),
        Map.entry("d/restart.md", "d/restart.html")));
  }

  @Test
  void aRootReadmeInAnyCaseIsTheHomePageAndTheOtherRootIndexPagesAreNot() throws IOException {
    Map<String, String> pages = pages("Readme.md", "index.md", "_index.md");
    assertThat(pages).containsEntry("Readme.md", "index.html").containsEntry("index.md", "index.md.html")
        .containsEntry("_index.md", "_index.md.html");
  }

  @Test
  void noTwoDocumentsShareAPage() throws IOException {
    Map<String, String> pages = pages("README.md", "readme.md", "index.md", "Index.md", "_index.md", "_INDEX.md",
        "x/README.md", "x/readme.md", "x/index.md", "x/_index.md");
    Set<String> seen = new HashSet<>();
    pages.forEach((doc, page) -> assertThat(seen.add(page)).as(doc + " → " + page).isTrue());
  }
}
