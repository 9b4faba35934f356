package dev.runbook.core.preview;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.io.TempDir;

/** Change events and polling both see edits, new folders and deletions, in debounced batches. */
class FolderWatcherTest {
  @TempDir Path tmp;

  private final LinkedBlockingQueue<Set<Path>> batches = new LinkedBlockingQueue<>();

  @ParameterizedTest(name = "polling={0}")
  @ValueSource(booleans = {false, true})
  void seesEditsNewFoldersAndDeletionsAndIgnoresOtherFiles(boolean poll) throws Exception {
    Path root = Files.createDirectories(tmp.resolve("runbooks/db"));
    Files.writeString(root.resolve("a.md"), "# A\n");
    Path config = Files.writeString(tmp.resolve("runbook.yml"), "root: runbooks\n");
    Files.writeString(tmp.resolve("other.txt"), "x");
    try (FolderWatcher w = FolderWatcher.start(List.of(tmp.resolve("runbooks"), config), Duration.ofMillis(60), poll,
        batches::add)) {
      assertThat(w.polling()).isEqualTo(poll);
      pause(poll);
      Files.writeString(root.resolve("a.md"), "# A changed\n");
      assertThat(next()).contains(root.resolve("a.md"));

      Path deep = tmp.resolve("runbooks/new/deeper");
      Files.createDirectories(deep);
      Files.writeString(deep.resolve("b.md"), "# B\n");
      assertThat(until(deep.resolve("b.md"))).isTrue();
      pause(poll);
      Files.writeString(deep.resolve("b.md"), "# B again\n");
      assertThat(until(deep.resolve("b.md"))).as("a folder made after the start is watched too").isTrue();

      Files.writeString(tmp.resolve("other.txt"), "y");
      Files.writeString(config, "root: runbooks\n# changed\n");
      Set<Path> got = next();
      assertThat(got).contains(config).doesNotContain(tmp.resolve("other.txt"));

      Files.delete(root.resolve("a.md"));
      assertThat(until(root.resolve("a.md"))).isTrue();
    }
  }

  @Test
  void aBurstOfSavesIsOneBatch() throws Exception {
    Path root = Files.createDirectories(tmp.resolve("runbooks"));
    try (FolderWatcher w = FolderWatcher.start(List.of(root), Duration.ofMillis(150), false, batches::add)) {
      for (int i = 0; i < 5; i++) {
        Files.writeString(root.resolve("a.md"), "# A " + i + "\n");
        Files.writeString(root.resolve(".a.md.swp"), "swap " + i);
        Thread.sleep(10);
      }
      Set<Path> got = next();
      assertThat(got).contains(root.resolve("a.md"));
      assertThat(batches.poll(500, TimeUnit.MILLISECONDS)).isNull();
    }
  }

  private Set<Path> next() throws InterruptedException {
    Set<Path> got = batches.poll(5, TimeUnit.SECONDS);
    assertThat(got).as("a batch within 5 s").isNotNull();
    return got;
  }

  /** Collects batches until one holds the path. */
  private boolean until(Path path) throws InterruptedException {
    List<Set<Path>> seen = new ArrayList<>();
    long end = System.nanoTime() + TimeUnit.SECONDS.toNanos(5);
    while (System.nanoTime() < end) {
      Set<Path> got = batches.poll(100, TimeUnit.MILLISECONDS);
      if (got != null) {
        seen.add(got);
        if (got.contains(path)) {
          return true;
        }
      }
    }
    Set<Path> all = new TreeSet<>();
    seen.forEach(all::addAll);
    throw new AssertionError(path + " not reported; got " + all);
  }

  /** Polling compares modification times: let the clock move past the last snapshot. */
  private static void pause(boolean poll) throws InterruptedException {
    Thread.sleep(poll ? 400 : 50);
  }
}
