package dev.runbook.core.parse;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import org.eclipse.jgit.ignore.IgnoreNode;

/**
 * The test oracle: {@link IgnoredPaths} as it was before it kept a chain of ignore files per
 * folder, walking up the folders for every entry. The new one must answer as this one does.
 */
final class IgnoredPathsOracle {
  /** Folder names never walked into below a root: build output and package caches. */
  public static final Set<String> SKIPPED_FOLDERS = Set.of("target", "build", "node_modules");

  private final Path root;
  /** The ignore files that apply above the root, outermost first: folder and rules. */
  private final List<Rules> above;
  private final Map<Path, Optional<IgnoreNode>> below = new ConcurrentHashMap<>();

  private record Rules(Path folder, IgnoreNode node) {}

  private IgnoredPathsOracle(Path root, List<Rules> above) {
    this.root = root;
    this.above = above;
  }

  /** The rules for the walk of {@code root} (absolute, real). */
  static IgnoredPathsOracle of(Path root) {
    Path r = root.toAbsolutePath().normalize();
    List<Rules> above = new ArrayList<>();
    Optional<Path> repo = GitRepository.rootOf(r);
    if (repo.isPresent()) {
      read(repo.get().resolve(".git").resolve("info").resolve("exclude"))
          .ifPresent(n -> above.add(new Rules(repo.get(), n)));
      List<Path> folders = new ArrayList<>();
      for (Path dir = r.getParent(); dir != null && dir.startsWith(repo.get()); dir = dir.getParent()) {
        folders.add(0, dir);
      }
      for (Path dir : folders) {
        read(dir.resolve(".gitignore")).ifPresent(n -> above.add(new Rules(dir, n)));
      }
    }
    return new IgnoredPathsOracle(r, List.copyOf(above));
  }

  /**
   * True when the walk leaves out {@code path} (relative to the root, {@code /} separators): it or
   * a folder above it below the root is skipped or ignored.
   */
  public boolean ignored(String path, boolean directory) {
    String[] parts = path.split("/");
    StringBuilder prefix = new StringBuilder();
    for (int i = 0; i < parts.length; i++) {
      prefix.append(i == 0 ? "" : "/").append(parts[i]);
      boolean folder = i < parts.length - 1 || directory;
      if (ignoredEntry(prefix.toString(), folder)) {
        return true;
      }
    }
    return false;
  }

  /**
   * True when the walk leaves out the entry {@code path} itself, its folders being walked (the
   * walker asks folder by folder, so it need not ask again for each file's parents).
   */
  public boolean ignoredEntry(String path, boolean directory) {
    if (path.isEmpty()) {
      return false;
    }
    String name = path.substring(path.lastIndexOf('/') + 1);
    if (directory && (name.startsWith(".") || SKIPPED_FOLDERS.contains(name))) {
      return true;
    }
    Path abs = root.resolve(path);
    // The deepest .gitignore that has a say wins: from the entry's folder up to the root, then above it.
    for (Path dir = abs.getParent(); dir != null && dir.startsWith(root); dir = dir.getParent()) {
      Optional<IgnoreNode> node = below.computeIfAbsent(dir, d -> read(d.resolve(".gitignore")));
      Boolean verdict = node.isPresent() ? node.get().checkIgnored(relative(dir, abs), directory) : null;
      if (verdict != null) {
        return verdict;
      }
    }
    for (int i = above.size() - 1; i >= 0; i--) {
      Rules rules = above.get(i);
      Boolean verdict = rules.node().checkIgnored(relative(rules.folder(), abs), directory);
      if (verdict != null) {
        return verdict;
      }
    }
    return false;
  }

  private static String relative(Path folder, Path file) {
    return folder.relativize(file).toString().replace('\\', '/');
  }

  /** The rules of one ignore file; none when it is missing or unreadable (Git skips those too). */
  private static Optional<IgnoreNode> read(Path file) {
    if (!Files.isRegularFile(file)) {
      return Optional.empty();
    }
    IgnoreNode node = new IgnoreNode();
    try (InputStream in = Files.newInputStream(file)) {
      node.parse(file.toString(), in);
    } catch (IOException e) {
      return Optional.empty();
    }
    return node.getRules().isEmpty() ? Optional.empty() : Optional.of(node);
  }
}
