package dev.runbook.core.site.render;

import static org.assertj.core.api.Assertions.assertThat;

import dev.runbook.core.parse.RunbookParser;
import dev.runbook.core.parse.RunbookSetLoader;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Every document gets a page of its own: a folder's index pages never share its index.html, and a
 * document whose page the site or another document takes is published under its file name.
 */
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

  private PagePaths reserving(Map<String, String> reserved, String... files) throws IOException {
    pages(files);
    return PagePaths.of(new RunbookSetLoader(List.of(), List.of(), new RunbookParser(), 1).load(tmp), reserved);
  }

  @Test
  void aDocumentWhosePageIsReservedOrTakenIsPublishedUnderItsFileName() throws IOException {
    PagePaths paths = reserving(Map.of("review.html", "the site's Review status page", "a/b.html", "a test page"),
        "README.md", "review.md", "review.md.md", "foo.md", "foo.MD", "a/b.md", "a/B.md.md", "x/README.md",
        "x/index.md", "x/index.md.md", "x/index.md-2.md");
    assertThat(paths.all()).containsExactlyInAnyOrderEntriesOf(Map.ofEntries(
        Map.entry("README.md", "index.html"),
        // review.html is reserved, review.md.html is review.md.md's own page: the next one.
        Map.entry("review.md", "review.md-2.html"),
        Map.entry("review.md.md", "review.md.html"),
        // foo.html is named after foo.md, whatever the order of the files.
        Map.entry("foo.md", "foo.html"),
        Map.entry("foo.MD", "foo.MD.html"),
        // a/b.md.html differs from a/B.md.html in case only: taken where names ignore case.
        Map.entry("a/b.md", "a/b.md-2.html"),
        Map.entry("a/B.md.md", "a/B.md.html"),
        Map.entry("x/README.md", "x/index.html"),
        Map.entry("x/index.md.md", "x/index.md.html"),
        Map.entry("x/index.md-2.md", "x/index.md-2.html"),
        Map.entry("x/index.md", "x/index.md-3.html")));
    assertThat(paths.notes()).containsExactly(
        "a/b.md is published as a/b.md-2.html because a/b.html is a test page;"
            + " rename the file to give it a page named after it",
        "foo.MD is published as foo.MD.html because foo.html is the page of foo.md;"
            + " rename the file to give it a page named after it",
        "review.md is published as review.md-2.html because review.html is the site's Review status page;"
            + " rename the file to give it a page named after it",
        "x/index.md is published as x/index.md-3.html because x/index.md.html is the page of x/index.md.md;"
            + " rename the file to give it a page named after it");
  }

  @Test
  void theHomePageKeepsIndexHtmlAndNoOtherDocumentGetsIt() throws IOException {
    PagePaths paths = reserving(Map.of("index.html", "the site's home page"), "README.md", "Index.md", "INDEX.md");
    assertThat(paths.all()).containsEntry("README.md", "index.html").containsEntry("INDEX.md", "INDEX.md.html")
        .containsEntry("Index.md", "Index.md-2.html");
  }

  @Test
  void noTwoDocumentsShareAPage() throws IOException {
    Map<String, String> pages = pages("README.md", "readme.md", "index.md", "Index.md", "_index.md", "_INDEX.md",
        "x/README.md", "x/readme.md", "x/index.md", "x/_index.md", "y.md", "y.MD", "Y.md", "y.md.md", "Y.MD.md");
    Set<String> seen = new HashSet<>();
    pages.forEach((doc, page) -> assertThat(seen.add(page.toLowerCase(Locale.ROOT))).as(doc + " → " + page).isTrue());
  }
}
