package dev.runbook.cli.lsp;

import dev.runbook.core.config.Config;
import dev.runbook.core.model.LoadProblem;
import dev.runbook.core.model.Runbook;
import dev.runbook.core.model.RunbookSet;
import dev.runbook.core.model.SetIndex;
import dev.runbook.core.parse.DocumentKinds;
import dev.runbook.core.parse.RunbookParser;
import dev.runbook.core.parse.RunbookSetLoader;
import dev.runbook.core.report.Diagnostic;
import dev.runbook.core.rules.Linter;
import dev.runbook.core.rules.Rule;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Predicate;

/**
 * A runbook set as an editor sees it: the files on disk, with the text of each open buffer in
 * place of its file (saved or not, and files not yet on disk too). Loaded once; an edit parses
 * only the edited buffer again and updates the set's index ({@link SetIndex#update}), as {@code
 * runbook serve} does on a save. Not thread-safe: the server calls it from one thread.
 */
final class OpenSet {
  private final Path root;
  private final Config config;
  private final Linter linter;
  private final RunbookSetLoader loader;
  private final RunbookParser parser;
  private final DocumentKinds kinds;
  /** Open buffers by path relative to the root. */
  private final Map<String, String> buffers = new HashMap<>();
  private RunbookSet disk;
  private RunbookSet current;
  private SetIndex index;

  private OpenSet(Path root, Config config, List<Rule> rules, Clock clock, RunbookSet disk) {
    this.root = root;
    this.config = config;
    this.parser = config.parser();
    this.linter = new Linter(rules, config, clock, 1);
    this.loader = new RunbookSetLoader(config.exclude(), config.documents(), parser, 1);
    this.kinds = new DocumentKinds(config.documents());
    this.disk = disk;
    this.current = disk;
    this.index = new SetIndex(disk, config.site().urls(), 1);
  }

  /**
   * Loads the set below {@code location}'s root.
   *
   * @throws IOException when the root cannot be read
   */
  static OpenSet load(SetLocation location, List<Rule> rules, Clock clock, int threads) throws IOException {
    Config config = location.config();
    RunbookSet disk = new RunbookSetLoader(config.exclude(), config.documents(), config.parser(), threads)
        .load(location.root());
    return new OpenSet(disk.root(), config, rules, clock, disk);
  }

  Path root() {
    return root;
  }

  Config config() {
    return config;
  }

  SetIndex index() {
    return index;
  }

  /**
   * The path relative to the root of a file the set would read (a Markdown file below the root,
   * in no hidden or excluded folder), else empty: such files get no findings.
   */
  Optional<String> pathOf(Path file) {
    return below(file).filter(p -> loader.reads(root, p));
  }

  /** The path relative to the root of any file or folder below it (a change on disk to read again). */
  Optional<String> below(Path file) {
    Path abs = real(file.toAbsolutePath().normalize());
    if (!abs.startsWith(root) || abs.equals(root)) {
      return Optional.empty();
    }
    return Optional.of(root.relativize(abs).toString().replace('\\', '/'));
  }

  /** The file on disk of a path relative to the root. */
  Path fileOf(String path) {
    return root.resolve(path);
  }

  Optional<Runbook> document(String path) {
    return current.get(path);
  }

  List<Runbook> documents() {
    return current.documents();
  }

  Optional<String> buffer(String path) {
    return Optional.ofNullable(buffers.get(path));
  }

  Set<String> openPaths() {
    return new TreeSet<>(buffers.keySet());
  }

  /** A buffer was opened or edited: its text now stands for the file. */
  void edit(String path, String text) {
    buffers.put(path, text);
    byte[] bytes = text.getBytes(StandardCharsets.UTF_8);
    replace(Set.of(path), d -> d.equals(path), List.of(parser.parse(path, fileOf(path), kinds.of(path), bytes)));
  }

  /** A buffer was closed: the file on disk (if any) stands for it again. */
  void close(String path) {
    if (buffers.remove(path) != null) {
      filesChanged(List.of(path));
    }
  }

  /**
   * Files changed on disk (saved, created, deleted, or changed by another program): read again,
   * except where an open buffer stands for them.
   */
  void filesChanged(Collection<String> paths) {
    try {
      disk = loader.reload(disk, paths);
    } catch (IOException e) {
      return; // The root went away: keep what we have; the editor shows the last findings.
    }
    Set<String> changed = new TreeSet<>();
    for (String p : paths) {
      if (!buffers.containsKey(p)) {
        changed.add(p);
      }
    }
    // An open buffer stands for its file even when the folder around it changed.
    Predicate<String> fromDisk = d -> under(d, changed) && !buffers.containsKey(d);
    List<Runbook> fresh = disk.documents().stream().filter(d -> fromDisk.test(d.path())).toList();
    replace(changed, fromDisk, fresh);
  }

  /** Findings of one document of the set, in report order; none for a file the set does not read. */
  List<Diagnostic> findings(String path) {
    Optional<Runbook> doc = current.get(path);
    if (doc.isEmpty()) {
      return List.of();
    }
    List<Diagnostic> found = new ArrayList<>(linter.check(List.of(doc.get()), index, Map.of()));
    found.sort(Diagnostic.ORDER);
    return found;
  }

  /**
   * Swaps the documents {@code drop} names for {@code fresh} and updates the index, told that the
   * files and folders at {@code changed} changed.
   */
  private void replace(Set<String> changed, Predicate<String> drop, List<Runbook> fresh) {
    if (changed.isEmpty()) {
      return;
    }
    List<Runbook> docs = new ArrayList<>(current.documents().size() + fresh.size());
    for (Runbook d : current.documents()) {
      if (!drop.test(d.path())) {
        docs.add(d);
      }
    }
    docs.addAll(fresh);
    List<LoadProblem> problems = new ArrayList<>();
    for (LoadProblem p : disk.problems()) {
      if (!buffers.containsKey(p.path())) {
        problems.add(p);
      }
    }
    RunbookSet next = new RunbookSet(root, docs, problems);
    index = index.update(next, changed).index();
    current = next;
  }

  private static boolean under(String path, Set<String> changed) {
    for (String c : changed) {
      if (path.equals(c) || path.startsWith(c + "/")) {
        return true;
      }
    }
    return false;
  }

  /** The real path of a file, or of its nearest existing folder (a buffer not yet saved). */
  private static Path real(Path abs) {
    Path existing = abs;
    while (existing != null && !Files.exists(existing)) {
      existing = existing.getParent();
    }
    if (existing == null) {
      return abs;
    }
    try {
      return existing.toRealPath().resolve(existing.relativize(abs));
    } catch (IOException e) {
      return abs;
    }
  }
}
