package dev.runbook.core.model;

import static org.assertj.core.api.Assertions.assertThat;

import dev.runbook.core.parse.RunbookParser;
import dev.runbook.core.parse.RunbookSetLoader;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Which of a folder's index pages is its page, the home page and what a folder link opens:
 * README.md (any case), else index.md, else Hugo's _index.md.
 */
class IndexPagesTest {
  @TempDir Path tmp;

  private RunbookSet load(String... files) throws IOException {
    for (String f : files) {
      Path p = tmp.resolve(f);
      Files.createDirectories(p.getParent());
      Files.writeString(p, "# " + f + "\n");
    }
    return new RunbookSetLoader(List.of(), List.of(), new RunbookParser(), 1).load(tmp);
  }

  private static Optional<String> indexOf(RunbookSet set, String folder) {
    return set.indexOf(folder).map(Runbook::path);
  }

  @Test
  void readmeComesBeforeIndexBeforeUnderscoreIndexInAnyCase() throws IOException {
    RunbookSet set = load("_index.md", "index.md", "Readme.md", "a/_index.md", "a/INDEX.md", "b/_index.md",
        "c/README.md", "c/readme.md", "c/index.md", "d/x.md", "e/f/_index.md");
    assertThat(indexOf(set, "")).contains("Readme.md");
    assertThat(set.rootIndex().map(Runbook::path)).contains("Readme.md");
    assertThat(indexOf(set, "a")).contains("a/INDEX.md");
    assertThat(indexOf(set, "b")).contains("b/_index.md");
    assertThat(indexOf(set, "c")).as("two spellings: code point order").contains("c/README.md");
    assertThat(indexOf(set, "d")).isEmpty();
    assertThat(indexOf(set, "e")).isEmpty();
    assertThat(indexOf(set, "e/f")).contains("e/f/_index.md");
    assertThat(set.isFolderIndex(set.get("c/README.md").orElseThrow())).isTrue();
    assertThat(set.isFolderIndex(set.get("c/index.md").orElseThrow())).isFalse();
  }

  @Test
  void aHugoRootIndexIsTheHomePage() throws IOException {
    assertThat(load("_index.md", "net/_index.md").rootIndex().map(Runbook::path)).contains("_index.md");
  }

  @Test
  void aFolderLinkOpensTheFoldersIndexPageWhateverItsName() throws IOException {
    RunbookSet set = load("_index.md", "net/_index.md", "net/dns.md", "db/index.md", "db/_index.md", "empty/x.md");
    LinkResolver resolver = new LinkResolver(set);
    Runbook home = set.get("_index.md").orElseThrow();
    for (String link : List.of("net/", "net", "./net/", "/net/", "net/#steps")) {
      LinkTarget t = resolver.resolve(home, link);
      assertThat(t.exists()).as(link).isTrue();
      assertThat(t.path()).as(link).isEqualTo("net/_index.md");
      assertThat(t.document().map(Runbook::path)).as(link).contains("net/_index.md");
    }
    assertThat(resolver.resolve(home, "db/").path()).isEqualTo("db/index.md");
    assertThat(resolver.resolve(set.get("net/dns.md").orElseThrow(), "../").path()).isEqualTo("_index.md");
    assertThat(resolver.resolve(set.get("net/dns.md").orElseThrow(), "./").path()).isEqualTo("net/_index.md");
    LinkTarget listing = resolver.resolve(home, "empty/");
    assertThat(listing.exists()).as("a folder without an index page: GitHub lists its files").isTrue();
    assertThat(listing.path()).isEqualTo("empty");
    assertThat(listing.document()).isEmpty();
    LinkTarget none = resolver.resolve(home, "missing/");
    assertThat(none.exists()).isFalse();
    assertThat(none.document()).isEmpty();
  }

  @Test
  void anIndexPageThatComesOrGoesIsAChangeToItsFoldersLinks() {
    LinkTarget toUnderscore = new LinkTarget(LinkTarget.Kind.INTERNAL, "net/_index.md", "", true, Optional.empty());
    for (String changed : List.of("net/README.md", "net/Readme.md", "net/index.md", "net/_index.md")) {
      assertThat(SetIndex.touches(toUnderscore, changed)).as(changed).isTrue();
    }
    assertThat(SetIndex.touches(toUnderscore, "net/dns.md")).isFalse();
  }
}
