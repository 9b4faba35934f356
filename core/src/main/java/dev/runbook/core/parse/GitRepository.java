package dev.runbook.core.parse;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;

/** Where a Git repository's top folder is: the folder that holds {@code .git} (a folder, or a file in worktrees). */
public final class GitRepository {
  private GitRepository() {}

  /** True when {@code folder} is a repository's top folder. */
  public static boolean isRoot(Path folder) {
    return Files.exists(folder.resolve(".git"));
  }

  /** The repository's top folder at or above {@code start}, if it lies in one. */
  public static Optional<Path> rootOf(Path start) {
    for (Path dir = start.toAbsolutePath().normalize(); dir != null; dir = dir.getParent()) {
      if (isRoot(dir)) {
        return Optional.of(dir);
      }
    }
    return Optional.empty();
  }
}
