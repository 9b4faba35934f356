package dev.runbook.core.preview;

import java.io.IOException;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;

/**
 * What polling compares: every file and folder below some folders (hidden ones and {@code
 * node_modules} left out, as the watcher leaves them out) with its modification time and size.
 */
final class TreeSnapshot {
  private TreeSnapshot() {}

  /** Modification time and size of every file and folder below the trees, and of the files. */
  static Map<Path, Long> of(List<Path> trees, Set<Path> files) {
    Map<Path, Long> seen = new HashMap<>();
    for (Path tree : trees) {
      try {
        Files.walkFileTree(tree, new SimpleFileVisitor<>() {
          @Override
          public FileVisitResult preVisitDirectory(Path dir, BasicFileAttributes attrs) {
            if (!dir.equals(tree) && FolderWatcher.skipped(dir)) {
              return FileVisitResult.SKIP_SUBTREE;
            }
            seen.put(dir, 0L);
            return FileVisitResult.CONTINUE;
          }

          @Override
          public FileVisitResult visitFile(Path file, BasicFileAttributes attrs) {
            seen.put(file, attrs.lastModifiedTime().toMillis() * 31 + attrs.size());
            return FileVisitResult.CONTINUE;
          }

          @Override
          public FileVisitResult visitFileFailed(Path file, IOException e) {
            return FileVisitResult.CONTINUE;
          }
        });
      } catch (IOException e) {
        // A tree that is gone has no entries: its files count as deleted.
      }
    }
    for (Path file : files) {
      try {
        BasicFileAttributes a = Files.readAttributes(file, BasicFileAttributes.class);
        seen.put(file, a.lastModifiedTime().toMillis() * 31 + a.size());
      } catch (IOException e) {
        // Missing: counts as deleted.
      }
    }
    return seen;
  }

  /** Tells {@code changed} every path that appeared, went or changed between two snapshots. */
  static void diff(Map<Path, Long> before, Map<Path, Long> now, Consumer<Path> changed) {
    for (Map.Entry<Path, Long> e : now.entrySet()) {
      if (!e.getValue().equals(before.get(e.getKey()))) {
        changed.accept(e.getKey());
      }
    }
    for (Path p : before.keySet()) {
      if (!now.containsKey(p)) {
        changed.accept(p);
      }
    }
  }
}
