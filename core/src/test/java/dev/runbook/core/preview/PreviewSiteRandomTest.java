package dev.runbook.core.preview;

import static org.assertj.core.api.Assertions.assertThat;

import dev.runbook.core.check.CheckOptions;
import dev.runbook.core.check.CheckRunner;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Random;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Random edits (runbooks and index pages written, deleted, moved into new folders; links,
 * anchors, pictures, categories, aliases, moved stubs; names whose page the site or another
 * document takes) leave the preview with the findings of a
 * fresh check and the files of a fresh preview, step after step.
 */
class PreviewSiteRandomTest {
  private static final List<String> FILES = List.of("README.md", "a.md", "b.md", "db/c.md", "db/README.md",
      "db/index.md", "net/d.md", "net/sub/e.md", "net/sub/index.md", "img/x.png", "net/old.md", "_index.md",
      "net/_index.md", "db/_index.md", "net/sub/Readme.md",
      // Names whose natural page the site or another document takes: they publish on fallback pages.
      "review.md", "categories/alpha.md", "a.MD", "db/index.md.md", "rules/index.md");
  private static final List<String> FOLDERS = List.of("db", "net", "net/sub", "img", "categories", "rules");
  private static final List<String> TARGETS = List.of("a.md", "b.md", "db/c.md", "db/", "net/d.md", "net/sub/", "net/", "net",
      "net/sub/e.md", "img/x.png", "missing.md", "db/cc.md", "a.md#overview", "b.md#steps", "db/c.md#nothing",
      "#overview", "https://example.org/", "../outside.md", "net/old.md", "review.md", "a.MD#steps",
      "categories/alpha.md", "db/index.md.md", "rules/");

  @TempDir Path tmp;
  final CheckRunner runner = new CheckRunner();

  @Test
  void randomEditsKeepThePreviewAsAFreshOneWouldBe() throws Exception {
    // More with -Drunbook.randomSeeds=N (14 pass; each takes about 1.5 s).
    for (long seed = 1; seed <= Long.getLong("runbook.randomSeeds", 4); seed++) {
      Path repo = tmp.resolve("repo" + seed);
      Path root = Files.createDirectories(repo.resolve("runbooks"));
      Random random = new Random(seed);
      for (String f : FILES) {
        write(root, f, random);
      }
      Clock clock = Clock.fixed(PreviewSiteTest.TODAY.atStartOfDay(ZoneOffset.UTC).toInstant(), ZoneOffset.UTC);
      CheckOptions options = new CheckOptions(repo, java.util.Optional.of(root), List.of(), java.util.Optional.empty(),
          clock, false, java.util.Optional.empty(), java.util.Optional.empty(), 1);
      try (PreviewSite preview = PreviewSite.open(options, runner, Files.createDirectories(repo.resolve("work")))) {
        for (int step = 0; step < 14; step++) {
          List<Path> changed = new ArrayList<>();
          for (int edits = 1 + random.nextInt(2); edits > 0; edits--) {
            changed.add(root.resolve(edit(root, random)));
          }
          PreviewUpdate done = preview.refresh(changed, u -> { });
          String when = "seed " + seed + " step " + step + " " + changed;
          assertThat(done.errors()).as(when).isEmpty();
          assertThat(preview.report().diagnostics()).as(when)
              .containsExactlyElementsOf(runner.run(options).all().diagnostics());
          Path other = Files.createDirectories(repo.resolve("fresh" + step));
          try (PreviewSite fresh = PreviewSite.open(options, runner, other)) {
            PreviewSiteTest.assertSameSite(when, preview.folder(), fresh.folder());
          }
        }
      }
    }
  }

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
      Files.write(file, new byte[] {(byte) 0x89, 'P', 'N', 'G', (byte) random.nextInt()});
      return;
    }
    StringBuilder md = new StringBuilder("---\n");
    if (random.nextBoolean()) {
      md.append("category: ").append(random.nextBoolean() ? "Alpha" : "Beta").append('\n');
    }
    if (random.nextInt(4) == 0) {
      md.append("aliases: [old/").append(path).append("]\n");
    }
    if (path.equals("net/old.md") && random.nextBoolean()) {
      md.append("moved_to: d.md\n");
    }
    md.append("risk: ").append(random.nextBoolean() ? "low" : "high").append("\nowner: ops\nlast_reviewed: 2026-")
        .append(random.nextBoolean() ? "10-01" : "05-01").append("\n---\n");
    md.append("# ").append(path).append(' ').append(random.nextInt(3)).append("\n\n");
    for (String heading : List.of("Overview", "Prerequisites", "Steps", "Validation", "Rollback", "References")) {
      if (random.nextInt(4) > 0) {
        md.append("## ").append(heading).append("\n\n");
      }
      md.append(random.nextInt(5) == 0 ? "TODO\n" : "Text.\n");
      for (int n = random.nextInt(3); n > 0; n--) {
        md.append("- [link](").append(TARGETS.get(random.nextInt(TARGETS.size()))).append(")\n");
      }
      if (random.nextInt(5) == 0) {
        md.append("![pic](").append(path.contains("/") ? "../".repeat(path.split("/").length - 1) : "")
            .append("img/x.png)\n");
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
}
