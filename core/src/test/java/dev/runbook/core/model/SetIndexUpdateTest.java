package dev.runbook.core.model;

import static org.assertj.core.api.Assertions.assertThat;

import dev.runbook.core.model.url.SiteUrls;
import dev.runbook.core.model.url.UrlStyle;
import dev.runbook.core.parse.RunbookParser;
import dev.runbook.core.parse.RunbookSetLoader;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Random;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@link RunbookSetLoader#reload} and {@link SetIndex#update} after random edits answer exactly
 * as a fresh load and a fresh index of the same files.
 */
class SetIndexUpdateTest {
  private static final List<String> FILES = List.of("README.md", "a.md", "b.md", "db/c.md", "db/README.md",
      "db/index.md", "net/d.md", "net/sub/e.md", "net/sub/index.md", "img/x.png", ".hidden/h.md", "drafts/f.md",
      "_index.md", "db/_index.md", "net/_index.md", "net/sub/Readme.md");
  private static final List<String> FOLDERS = List.of("db", "net", "net/sub", "img");
  private static final List<String> TARGETS = List.of("a.md", "b.md", "db/c.md", "db/", "db", "net/d.md",
      "net/sub/", "net/sub/e.md", "net/", "net", "img/x.png", "missing.md", "db/cc.md", "a.md#overview", "b.md#steps",
      "db/c.md#missing", "#overview", "https://example.org/", "../outside.md", "/net/d.md",
      // URLs as Hugo writes them: pages that come and go change what they name anywhere in the set.
      "../a/", "a/", "/db/c/", "../db/c/#steps", "/net/sub/e", "/net/", "b/#overview");

  @TempDir Path tmp;

  private final RunbookSetLoader loader = new RunbookSetLoader(List.of("drafts/**"), List.of(), new RunbookParser(), 2);

  @Test
  void randomEditsGiveTheSameAnswersAsAFreshIndex() throws IOException {
    randomEdits(SiteUrls.DEFAULT, 16);
  }

  @Test
  void randomEditsInHugosUrlStyleGiveTheSameAnswersAsAFreshIndex() throws IOException {
    randomEdits(new SiteUrls(UrlStyle.named("hugo").orElseThrow(), "/"), 8);
  }

  private void randomEdits(SiteUrls urls, int seeds) throws IOException {
    for (long seed = 1; seed <= seeds; seed++) {
      Path root = Files.createDirectories(tmp.resolve(urls.style().name() + seed));
      Random random = new Random(seed);
      for (String f : FILES) {
        write(root, f, random);
      }
      RunbookSet set = loader.load(root);
      SetIndex index = new SetIndex(set, urls, 1);
      for (int step = 0; step < 30; step++) {
        Set<String> changed = new TreeSet<>();
        for (int edits = 1 + random.nextInt(3); edits > 0; edits--) {
          changed.add(edit(root, random));
        }
        RunbookSet reloaded = loader.reload(set, changed);
        SetIndex.Update update = index.update(reloaded, changed);
        RunbookSet fresh = loader.load(root);
        assertSame("seed " + seed + " step " + step + " after " + changed, reloaded, update.index(), fresh,
            new SetIndex(fresh, urls, 1));
        for (Runbook doc : reloaded.documents()) {
          if (set.get(doc.path()).orElse(null) != doc) {
            assertThat(update.relinked()).contains(doc.path());
          }
        }
        set = reloaded;
        index = update.index();
      }
    }
  }

  @Test
  void anIndexBuiltOnSeveralThreadsAnswersAsOneBuiltOnOne() throws IOException {
    Path root = tmp.resolve("many");
    Random random = new Random(11);
    for (int i = 0; i < 240; i++) {
      write(root, FILES.get(i % FILES.size()).replace(".md", "-" + i + ".md"), random);
    }
    for (String f : FILES) {
      write(root, f, random);
    }
    RunbookSet set = loader.load(root);
    assertThat(set.documents()).as("enough documents to resolve in parallel").hasSizeGreaterThan(64);
    assertSame("4 threads", set, new SetIndex(set, 4), set, new SetIndex(set));
  }

  @Test
  void unchangedDocumentsAreKeptAndNotRelinked() throws IOException {
    Path root = tmp.resolve("calm");
    Random random = new Random(7);
    for (String f : FILES) {
      write(root, f, random);
    }
    RunbookSet set = loader.load(root);
    SetIndex index = new SetIndex(set);
    Files.writeString(root.resolve("net/sub/e.md"), "# E\n\nNo links.\n");
    RunbookSet next = loader.reload(set, List.of("net/sub/e.md"));
    SetIndex.Update update = index.update(next, List.of("net/sub/e.md"));
    for (Runbook doc : next.documents()) {
      if (!doc.path().equals("net/sub/e.md")) {
        assertThat(doc).isSameAs(set.get(doc.path()).orElseThrow());
      }
    }
    for (String path : update.relinked()) {
      boolean linksToIt = next.get(path).orElseThrow().links().stream()
          .anyMatch(l -> SetIndex.touches(update.index().resolve(next.get(path).get(), l), "net/sub/e.md"));
      assertThat(path.equals("net/sub/e.md") || linksToIt).as(path).isTrue();
    }
  }

  /** One random change; returns the changed path. */
  private static String edit(Path root, Random random) throws IOException {
    int what = random.nextInt(10);
    if (what < 6) {
      String f = FILES.get(random.nextInt(FILES.size()));
      write(root, f, random);
      return f;
    }
    if (what < 8) {
      String f = FILES.get(random.nextInt(FILES.size()));
      Files.deleteIfExists(root.resolve(f));
      return f;
    }
    String folder = FOLDERS.get(random.nextInt(FOLDERS.size()));
    if (what == 8) {
      delete(root.resolve(folder));
    } else {
      for (String f : FILES) {
        if (f.startsWith(folder + "/")) {
          write(root, f, random);
        }
      }
    }
    return folder;
  }

  private static void write(Path root, String path, Random random) throws IOException {
    Path file = root.resolve(path);
    Files.createDirectories(file.getParent());
    if (!path.endsWith(".md")) {
      Files.write(file, new byte[] {(byte) random.nextInt()});
      return;
    }
    StringBuilder md = new StringBuilder();
    if (random.nextBoolean()) {
      md.append("---\ncategory: ").append(random.nextBoolean() ? "Alpha" : "Beta").append("\n---\n");
    }
    md.append("# ").append(path).append(' ').append(random.nextInt(3)).append("\n\n");
    for (String heading : List.of("Overview", "Steps", "Rollback")) {
      if (random.nextInt(3) > 0) {
        md.append("## ").append(heading).append("\n\n");
      }
      for (int n = random.nextInt(4); n > 0; n--) {
        md.append("- [link](").append(TARGETS.get(random.nextInt(TARGETS.size()))).append(")\n");
      }
      if (random.nextInt(4) == 0) {
        md.append("![pic](img/x.png)\n");
      }
      md.append('\n');
    }
    Files.writeString(file, md);
  }

  private static void delete(Path folder) throws IOException {
    if (!Files.exists(folder)) {
      return;
    }
    try (Stream<Path> s = Files.walk(folder)) {
      for (Path p : s.sorted(Comparator.reverseOrder()).toList()) {
        Files.delete(p);
      }
    }
  }

  private static void assertSame(String when, RunbookSet set, SetIndex index, RunbookSet freshSet, SetIndex fresh) {
    assertThat(paths(set)).as(when).containsExactlyElementsOf(paths(freshSet));
    assertThat(set.problems()).as(when).containsExactlyElementsOf(freshSet.problems());
    Set<String> targets = new TreeSet<>(paths(set));
    Set<String> folders = new TreeSet<>();
    for (Runbook doc : set.documents()) {
      Runbook other = freshSet.get(doc.path()).orElseThrow();
      assertThat(doc.lines()).as(when + " " + doc.path()).isEqualTo(other.lines());
      folders.add(doc.folder());
      for (int i = 0; i < doc.links().size(); i++) {
        LinkTarget a = index.resolve(doc, doc.links().get(i));
        LinkTarget b = fresh.resolve(other, other.links().get(i));
        assertThat(describe(a)).as(when + " " + doc.path() + " link " + doc.links().get(i)).isEqualTo(describe(b));
        targets.add(a.path());
      }
      assertThat(index.isLinkedFromIndex(doc)).as(when + " reachable " + doc.path()).isEqualTo(fresh.isLinkedFromIndex(other));
      assertThat(index.category(doc)).as(when + " category " + doc.path()).isEqualTo(fresh.category(other));
      assertThat(index.reachedIndexOf(doc.folder()).map(Runbook::path)).as(when + " reached index of " + doc.folder())
          .isEqualTo(fresh.reachedIndexOf(other.folder()).map(Runbook::path));
    }
    for (String t : targets) {
      assertThat(index.backlinks(t)).as(when + " backlinks " + t).isEqualTo(fresh.backlinks(t));
    }
    for (String f : folders) {
      assertThat(index.pathsIn(f)).as(when + " folder " + f).isEqualTo(fresh.pathsIn(f));
    }
  }

  private static List<String> paths(RunbookSet set) {
    List<String> paths = new ArrayList<>();
    set.documents().forEach(d -> paths.add(d.path()));
    return paths;
  }

  private static String describe(LinkTarget t) {
    return t.kind() + " " + t.path() + " #" + t.fragment() + " " + t.exists() + " "
        + t.document().map(Runbook::path).orElse("-") + " " + t.siteUrl();
  }
}
