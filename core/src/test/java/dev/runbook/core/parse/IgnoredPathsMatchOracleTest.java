package dev.runbook.core.parse;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@link IgnoredPaths} keeps the ignore files of each folder in a chain so a file's question is
 * one lookup; it must answer every question as the walk up the folders did
 * ({@link IgnoredPathsOracle}): random trees, random {@code .gitignore} files at every level
 * (above the root too, and {@code .git/info/exclude}), every entry asked as file and as folder.
 */
class IgnoredPathsMatchOracleTest {
  private static final List<String> PATTERNS = List.of("*.md", "!keep.md", "drafts/", "/top.md", "a/**/b.md",
      "*.tmp.md", "sub/", "!sub/", "!sub/x.md", "x.md", "/a/", "b/*.md", "**/deep/", "!**/deep/keep.md", "runbooks/a/",
      "/runbooks/private/", "[ab].md", "?.md", "c", "!c/");
  private static final List<String> NAMES = List.of("a", "b", "c", "sub", "drafts", "deep", "private");
  private static final List<String> FILES = List.of("a.md", "b.md", "keep.md", "x.md", "top.md", "n.tmp.md", "c");

  @TempDir Path tmp;

  @Test
  void answersAsTheWalkUpTheFoldersDid() throws IOException {
    Random random = new Random(7);
    for (int round = 0; round < 60; round++) {
      Path repo = Files.createDirectories(tmp.resolve("r" + round));
      Files.createDirectories(repo.resolve(".git/info"));
      if (random.nextBoolean()) {
        Files.writeString(repo.resolve(".git/info/exclude"), rules(random));
      }
      Path root = random.nextBoolean() ? repo : Files.createDirectories(repo.resolve("runbooks"));
      if (!root.equals(repo) && random.nextBoolean()) {
        Files.writeString(repo.resolve(".gitignore"), rules(random));
      }
      List<String> entries = new ArrayList<>();
      tree(random, root, "", 0, entries);
      IgnoredPaths fast = IgnoredPaths.of(root);
      IgnoredPathsOracle slow = IgnoredPathsOracle.of(root);
      for (String entry : entries) {
        for (boolean directory : new boolean[] {false, true}) {
          assertThat(fast.ignoredEntry(entry, directory)).as("round %d: %s (folder: %s)", round, entry, directory)
              .isEqualTo(slow.ignoredEntry(entry, directory));
          assertThat(fast.ignored(entry, directory)).as("round %d: %s (folder: %s), with its folders", round, entry, directory)
              .isEqualTo(slow.ignored(entry, directory));
        }
      }
    }
  }

  private static String rules(Random random) {
    StringBuilder b = new StringBuilder();
    for (int i = random.nextInt(4); i >= 0; i--) {
      b.append(PATTERNS.get(random.nextInt(PATTERNS.size()))).append('\n');
    }
    return b.toString();
  }

  private static void tree(Random random, Path folder, String path, int depth, List<String> entries) throws IOException {
    if (random.nextInt(3) == 0) {
      Files.writeString(folder.resolve(".gitignore"), rules(random));
    }
    for (String f : FILES) {
      if (random.nextInt(3) == 0) {
        Files.writeString(folder.resolve(f), "# x\n");
        entries.add(path + f);
      }
    }
    if (depth < 3) {
      for (String n : NAMES) {
        if (random.nextInt(4) == 0 && !Files.exists(folder.resolve(n))) {
          tree(random, Files.createDirectories(folder.resolve(n)), path + n + "/", depth + 1, entries);
          entries.add(path + n);
        }
      }
    }
  }
}
