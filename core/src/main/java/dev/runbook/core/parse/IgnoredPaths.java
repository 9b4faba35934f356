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
 * What the walk of a runbook root leaves out: hidden folders, the build and package folders
 * {@code target/}, {@code build/} and {@code node_modules/}, and whatever Git ignores. Git's rules
 * are JGit's ({@link IgnoreNode}): every {@code .gitignore} from the repository root down to the
 * file, and the repository's {@code .git/info/exclude}; a deeper file's rule wins, and nothing
 * below an ignored folder comes back. Only paths below the root are judged: a root that itself
 * lies in an ignored folder is still read. Thread-safe; {@code .gitignore} files are read once.
 */
public final class IgnoredPaths {
  /** Folder names never walked into below a root: build output and package caches. */
  public static final Set<String> SKIPPED_FOLDERS = Set.of("target", "build", "node_modules");

  private final Path root;
  /** The ignore files that apply above the root, innermost first. */
  private final List<Rules> above;
  /**
   * For each folder below the root walked so far ({@code ""} the root itself), the ignore files
   * that have a say on its entries, deepest first: its own, its parents' up to the root, then
   * those above. Each folder's {@code .gitignore} is read once, and a file's question costs a
   * lookup of its folder instead of a walk up the folders with a path made at each step.
   */
  private final Map<String, List<Rules>> chains = new ConcurrentHashMap<>();

  /**
   * The rules of one ignore file, asked about paths relative to the root: {@code below} is its
   * folder relative to the root when it lies there (then an entry's path relative to the file's
   * folder is the rest of the path), else {@code prefix} (the root's path from the file's
   * folder, with a final {@code /}) is put before the path.
   */
  private record Rules(IgnoreNode node, String below, String prefix) {
    Boolean verdict(String path, boolean directory) {
      String relative = below == null ? prefix + path : below.isEmpty() ? path : path.substring(below.length() + 1);
      return node.checkIgnored(relative, directory);
    }
  }

  private IgnoredPaths(Path root, List<Rules> above) {
    this.root = root;
    this.above = above;
  }

  /** The rules for the walk of {@code root} (absolute, real). */
  public static IgnoredPaths of(Path root) {
    Path r = root.toAbsolutePath().normalize();
    List<Rules> above = new ArrayList<>();
    Optional<Path> repo = GitRepository.rootOf(r);
    if (repo.isPresent()) {
      List<Path> folders = new ArrayList<>();
      for (Path dir = r.getParent(); dir != null && dir.startsWith(repo.get()); dir = dir.getParent()) {
        folders.add(dir);
      }
      for (Path dir : folders) {
        read(dir.resolve(".gitignore")).ifPresent(n -> above.add(new Rules(n, null, prefix(dir, r))));
      }
      read(repo.get().resolve(".git").resolve("info").resolve("exclude"))
          .ifPresent(n -> above.add(new Rules(n, null, prefix(repo.get(), r))));
    }
    return new IgnoredPaths(r, List.copyOf(above));
  }

  private static String prefix(Path folder, Path root) {
    String path = relative(folder, root);
    return path.isEmpty() ? "" : path + "/";
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
    int slash = path.lastIndexOf('/');
    if (directory) {
      String name = path.substring(slash + 1);
      if (name.startsWith(".") || SKIPPED_FOLDERS.contains(name)) {
        return true;
      }
    }
    // The deepest ignore file that has a say wins: from the entry's folder up to the root, then above it.
    for (Rules rules : chain(slash < 0 ? "" : path.substring(0, slash))) {
      Boolean verdict = rules.verdict(path, directory);
      if (verdict != null) {
        return verdict;
      }
    }
    return false;
  }

  /** The ignore files with a say on the entries of {@code folder} (relative to the root), deepest first. */
  private List<Rules> chain(String folder) {
    List<Rules> known = chains.get(folder);
    if (known != null) {
      return known;
    }
    List<Rules> outer = folder.isEmpty() ? above : chain(folder.substring(0, Math.max(0, folder.lastIndexOf('/'))));
    Optional<IgnoreNode> own = read((folder.isEmpty() ? root : root.resolve(folder)).resolve(".gitignore"));
    List<Rules> chain = outer;
    if (own.isPresent()) {
      List<Rules> mine = new ArrayList<>(outer.size() + 1);
      mine.add(new Rules(own.get(), folder, null));
      mine.addAll(outer);
      chain = List.copyOf(mine);
    }
    List<Rules> raced = chains.putIfAbsent(folder, chain);
    return raced != null ? raced : chain;
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
