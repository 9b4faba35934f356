package dev.runbook.core.parse;

import dev.runbook.core.model.DocumentKind;
import dev.runbook.core.model.LoadProblem;
import dev.runbook.core.model.PackedLines;
import dev.runbook.core.model.Runbook;
import dev.runbook.core.model.RunbookSet;
import dev.runbook.core.work.Workers;
import java.io.IOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileSystemLoopException;
import java.nio.file.FileSystems;
import java.nio.file.FileVisitOption;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.PathMatcher;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayList;
import java.util.Collection;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.function.Consumer;

/**
 * Walks a root folder and parses every Markdown file in parallel into a {@link RunbookSet}.
 * What {@link IgnoredPaths} leaves out (hidden folders, {@code target/}, {@code build/}, {@code
 * node_modules/}, what {@code .gitignore} ignores) and what the config excludes is not read.
 * Symlinks inside the root are followed; loops and links leaving the root are skipped with a
 * note; unreadable and oversized files are fatal problems (the rest is still checked).
 */
public final class RunbookSetLoader {
  /** Larger files are not parsed: nobody reads a 10 MB runbook during an outage. */
  public static final long MAX_FILE_BYTES = 8L * 1024 * 1024;

  private final RunbookParser parser;
  private final int threads;
  private final List<PathMatcher> excludes = new ArrayList<>();
  private final DocumentKinds kinds;
  private final FileReader reader;
  /** Texts that stand for files (standard input, an editor's buffer), by absolute path. */
  private final Map<Path, byte[]> buffers;
  private final List<String> excludeGlobs;
  private final List<String> documentGlobs;

  /** How file bytes are read; tests substitute failures the file system cannot show to root. */
  @FunctionalInterface
  public interface FileReader {
    byte[] read(Path file) throws IOException;
  }

  /**
   * @param exclude globs of paths (relative to the root) to leave out
   * @param documents globs of reference documents (not runbooks)
   */
  public RunbookSetLoader(List<String> exclude, List<String> documents, RunbookParser parser, int threads) {
    this(exclude, documents, parser, threads, Files::readAllBytes);
  }

  public RunbookSetLoader(List<String> exclude, List<String> documents, RunbookParser parser, int threads,
      FileReader reader) {
    this(exclude, documents, parser, threads, reader, Map.of());
  }

  private RunbookSetLoader(List<String> exclude, List<String> documents, RunbookParser parser, int threads,
      FileReader reader, Map<Path, byte[]> buffers) {
    this.excludeGlobs = List.copyOf(exclude);
    this.documentGlobs = List.copyOf(documents);
    this.buffers = Map.copyOf(buffers);
    this.reader = reader;
    this.parser = parser;
    this.threads = Math.max(1, threads);
    for (String glob : exclude) {
      excludes.add(FileSystems.getDefault().getPathMatcher("glob:" + glob));
    }
    this.kinds = new DocumentKinds(documents);
  }

  /**
   * The same loader, reading each of {@code texts} (by path) instead of the file on disk: the text
   * of standard input, or of an editor's unsaved buffer. A text for a file that does not exist yet
   * joins the set when it lies below the root and would be read there. The rest of the set is still
   * read from disk, so links between files are checked as usual.
   */
  public RunbookSetLoader withBuffers(Map<Path, byte[]> texts) {
    Map<Path, byte[]> byPath = new java.util.HashMap<>();
    texts.forEach((path, bytes) -> byPath.put(canonical(path), bytes));
    return new RunbookSetLoader(excludeGlobs, documentGlobs, parser, threads, reader, byPath);
  }

  /** A path with its folder's symbolic links resolved, as the walk of a real root names it. */
  private static Path canonical(Path p) {
    Path abs = p.toAbsolutePath().normalize();
    try {
      return abs.toRealPath();
    } catch (IOException e) {
      Path parent = abs.getParent();
      try {
        return parent == null ? abs : parent.toRealPath().resolve(abs.getFileName());
      } catch (IOException e2) {
        return abs;
      }
    }
  }

  /** A file to parse: its path relative to the root and on disk. */
  private record Candidate(String path, Path file) {}

  /**
   * @throws IOException when the root itself cannot be read (does not exist, not a folder)
   */
  public RunbookSet load(Path root) throws IOException {
    return load(root, LoadProgress.NONE);
  }

  /** Loads the set, telling {@code progress} as files are parsed. */
  public RunbookSet load(Path root, LoadProgress progress) throws IOException {
    return load(root, progress, doc -> { });
  }

  /**
   * Loads the set, telling {@code progress} as files are parsed and handing each document to
   * {@code loaded} as soon as it is made, on the loader's threads (the linter checks it there).
   */
  public RunbookSet load(Path root, LoadProgress progress, Consumer<Runbook> loaded) throws IOException {
    if (!Files.exists(root)) {
      throw new NoSuchFileException(root.toString(), null, "the runbook folder does not exist");
    }
    if (!Files.isDirectory(root)) {
      throw new IOException(root + ": not a folder");
    }
    Path realRoot = root.toRealPath();
    List<Candidate> candidates = new ArrayList<>();
    ConcurrentLinkedQueue<LoadProblem> problems = new ConcurrentLinkedQueue<>();
    Files.walkFileTree(
        realRoot,
        EnumSet.of(FileVisitOption.FOLLOW_LINKS),
        Integer.MAX_VALUE,
        new Walker(realRoot, IgnoredPaths.of(realRoot), candidates, problems));
    addUnsaved(realRoot, candidates);
    List<Runbook> parsed = parseAll(candidates, problems, counting(progress, candidates.size()), loaded);
    return new RunbookSet(realRoot, parsed, new ArrayList<>(problems));
  }

  /**
   * The paths (relative to the real root, {@code /} separators) of the files {@link #load} would
   * parse, sorted, without reading any: what {@code runbook serve} knows of a set at once.
   *
   * @throws IOException when the root itself cannot be read
   */
  public List<String> paths(Path root) throws IOException {
    if (!Files.isDirectory(root)) {
      throw new NoSuchFileException(root.toString(), null, "the runbook folder does not exist");
    }
    Path realRoot = root.toRealPath();
    List<Candidate> candidates = new ArrayList<>();
    Files.walkFileTree(realRoot, EnumSet.of(FileVisitOption.FOLLOW_LINKS), Integer.MAX_VALUE,
        new Walker(realRoot, IgnoredPaths.of(realRoot), candidates, new ConcurrentLinkedQueue<>()));
    return candidates.stream().map(Candidate::path).sorted().toList();
  }

  /** The kind of the document at {@code path} (relative to the root), as {@link #load} gives it. */
  public DocumentKind kind(String path) {
    return kinds.of(path);
  }

  /**
   * A later version of {@code previous}, which this loader loaded: the files and folders at
   * {@code changedPaths} (relative to the root, {@code /} separators; created, modified or deleted
   * since) are read again, every other document is kept as the same object. Gives the set {@link
   * #load} would give, as long as nothing else changed. {@code ""} stands for the whole root.
   *
   * @throws IOException when the root itself cannot be read any more
   */
  public RunbookSet reload(RunbookSet previous, Collection<String> changedPaths) throws IOException {
    Path root = previous.root();
    if (!Files.isDirectory(root)) {
      throw new NoSuchFileException(root.toString(), null, "the runbook folder does not exist");
    }
    List<String> changes = new ArrayList<>();
    for (String raw : changedPaths) {
      String changed = raw.endsWith("/") ? raw.substring(0, raw.length() - 1) : raw;
      if (changed.isEmpty()) {
        return load(root);
      }
      changes.add(changed);
    }
    // Kept in the previous order, new documents last: the set's sort then has little to do.
    List<Runbook> docs = new ArrayList<>(previous.documents().size() + 8);
    for (Runbook d : previous.documents()) {
      if (!underAny(d.path(), changes)) {
        docs.add(d);
      }
    }
    List<LoadProblem> kept = new ArrayList<>();
    for (LoadProblem p : previous.problems()) {
      if (!underAny(p.path(), changes)) {
        kept.add(p);
      }
    }
    Map<String, Candidate> candidates = new LinkedHashMap<>();
    ConcurrentLinkedQueue<LoadProblem> problems = new ConcurrentLinkedQueue<>();
    IgnoredPaths ignored = IgnoredPaths.of(root);
    for (String changed : changes) {
      Path onDisk = root.resolve(changed);
      if (!Files.exists(onDisk) || !visibleFolders(ignored, changed)) {
        continue;
      }
      List<Candidate> found = new ArrayList<>();
      Files.walkFileTree(onDisk, EnumSet.of(FileVisitOption.FOLLOW_LINKS), Integer.MAX_VALUE,
          new Walker(root, ignored, found, problems));
      found.forEach(c -> candidates.put(c.path(), c));
    }
    docs.addAll(parseAll(new ArrayList<>(candidates.values()), problems, () -> { }, doc -> { }));
    // Overlapping changed paths (a folder and a file in it) walk some files twice.
    problems.stream().distinct().forEach(kept::add);
    return new RunbookSet(root, docs, kept);
  }

  /** Buffers for files below the root that are not on disk (yet) and that the walk would read. */
  private void addUnsaved(Path realRoot, List<Candidate> candidates) {
    for (Path file : buffers.keySet()) {
      if (!file.startsWith(realRoot) || Files.exists(file)) {
        continue;
      }
      String rel = realRoot.relativize(file).toString().replace('\\', '/');
      if (reads(realRoot, rel) && candidates.stream().noneMatch(c -> c.path().equals(rel))) {
        candidates.add(new Candidate(rel, file));
      }
    }
  }

  private static boolean underAny(String path, List<String> changes) {
    for (String c : changes) {
      if (under(path, c)) {
        return true;
      }
    }
    return false;
  }

  private static boolean under(String path, String changed) {
    return path.equals(changed) || path.startsWith(changed + "/");
  }

  /**
   * True when {@link #load} of {@code root} reads the file at {@code path} (relative to the root,
   * {@code /} separators): a Markdown file that {@link IgnoredPaths} does not leave out, in no
   * excluded folder, and not excluded itself. Commands given a list of files skip the others.
   */
  public boolean reads(Path root, String path) {
    IgnoredPaths ignored = IgnoredPaths.of(root);
    return path.toLowerCase(Locale.ROOT).endsWith(".md") && !ignored.ignored(path, false)
        && visibleFolders(ignored, path) && !excluded(Path.of(path));
  }

  /** False when a folder above the path is one {@link #load} skips: ignored or excluded. */
  private boolean visibleFolders(IgnoredPaths ignored, String path) {
    String[] parts = path.split("/");
    StringBuilder folder = new StringBuilder();
    for (int i = 0; i < parts.length - 1; i++) {
      folder.append(i == 0 ? "" : "/").append(parts[i]);
      if (ignored.ignored(folder.toString(), true) || excluded(Path.of(folder.toString()))) {
        return false;
      }
    }
    return true;
  }

  private static Runnable counting(LoadProgress progress, int total) {
    java.util.concurrent.atomic.AtomicInteger done = new java.util.concurrent.atomic.AtomicInteger();
    return () -> progress.filesParsed(done.incrementAndGet(), total);
  }

  private List<Runbook> parseAll(List<Candidate> candidates, ConcurrentLinkedQueue<LoadProblem> problems,
      Runnable parsedOne, Consumer<Runbook> loaded) {
    Runbook[] parsed = new Runbook[candidates.size()];
    Workers.forEach(candidates.size() < 8 ? 1 : threads, candidates.size(), i -> {
      parsed[i] = parseOne(candidates.get(i), problems, loaded);
      parsedOne.run();
    });
    List<Runbook> out = new ArrayList<>(parsed.length);
    for (Runbook r : parsed) {
      if (r != null) {
        out.add(r);
      }
    }
    return out;
  }

  private Runbook parseOne(Candidate c, ConcurrentLinkedQueue<LoadProblem> problems, Consumer<Runbook> loaded) {
    try {
      byte[] buffered = buffers.get(c.file());
      long size = buffered != null ? buffered.length : Files.size(c.file());
      if (size > MAX_FILE_BYTES) {
        problems.add(new LoadProblem(c.path(), "file is " + megabytesUp(size) + " MB, over the "
            + MAX_FILE_BYTES / 1048576 + " MB limit for a runbook: split it, or add it to 'exclude' in runbook.yml",
            true));
        return null;
      }
      byte[] bytes = buffered != null ? buffered : reader.read(c.file());
      Runbook doc = parser.parse(c.path(), c.file(), kindOf(c.path()), bytes);
      loaded.accept(doc);
      // Checked on its own: a site build that drafted its page lets the text go (read back from
      // the file if asked for). Not an editor's unsaved text, which the file does not hold.
      if (buffered == null && doc.lines() instanceof PackedLines text && parser.releasesText(doc)) {
        text.release(new FileText(c.file(), bytes, parser, reader));
      }
      return doc;
    } catch (AccessDeniedException e) {
      problems.add(new LoadProblem(c.path(), "cannot read the file: permission denied", true));
    } catch (IOException e) {
      problems.add(new LoadProblem(c.path(), "cannot read the file: " + e.getMessage(), true));
    }
    return null;
  }

  /**
   * A size in MB with one decimal, rounded up: a file one byte over the limit is "8.1 MB", never
   * "8.0 MB", which would look like the limit itself.
   */
  static String megabytesUp(long bytes) {
    long tenths = (bytes * 10 + 1048575) / 1048576;
    return tenths / 10 + "." + tenths % 10;
  }

  DocumentKind kindOf(String path) {
    return kinds.of(path);
  }

  private boolean excluded(Path relative) {
    for (PathMatcher m : excludes) {
      if (m.matches(relative)) {
        return true;
      }
    }
    return false;
  }

  private final class Walker extends SimpleFileVisitor<Path> {
    private final Path root;
    private final IgnoredPaths ignored;
    private final List<Candidate> out;
    private final ConcurrentLinkedQueue<LoadProblem> problems;

    Walker(Path root, IgnoredPaths ignored, List<Candidate> out, ConcurrentLinkedQueue<LoadProblem> problems) {
      this.root = root;
      this.ignored = ignored;
      this.out = out;
      this.problems = problems;
    }

    private String rel(Path p) {
      return root.relativize(p).toString().replace('\\', '/');
    }

    @Override
    public FileVisitResult preVisitDirectory(Path dir, BasicFileAttributes attrs) throws IOException {
      if (dir.equals(root)) {
        return FileVisitResult.CONTINUE;
      }
      Path relative = root.relativize(dir);
      if (ignored.ignoredEntry(relative.toString().replace('\\', '/'), true) || excluded(relative)) {
        return FileVisitResult.SKIP_SUBTREE;
      }
      if (!insideRoot(dir)) {
        problems.add(new LoadProblem(rel(dir), "skipped: a symbolic link to a folder outside the runbook root", false));
        return FileVisitResult.SKIP_SUBTREE;
      }
      return FileVisitResult.CONTINUE;
    }

    @Override
    public FileVisitResult visitFile(Path file, BasicFileAttributes attrs) throws IOException {
      String name = file.getFileName().toString();
      if (!attrs.isRegularFile() || !name.toLowerCase(Locale.ROOT).endsWith(".md")) {
        return FileVisitResult.CONTINUE;
      }
      Path relative = root.relativize(file);
      String path = relative.toString().replace('\\', '/');
      if (excluded(relative) || ignored.ignoredEntry(path, false)) {
        return FileVisitResult.CONTINUE;
      }
      // Its folder is inside the root (preVisitDirectory), so only a link may lead out.
      if (Files.isSymbolicLink(file) && !insideRoot(file)) {
        problems.add(new LoadProblem(path, "skipped: a symbolic link to a file outside the runbook root", false));
        return FileVisitResult.CONTINUE;
      }
      out.add(new Candidate(path, file));
      return FileVisitResult.CONTINUE;
    }

    @Override
    public FileVisitResult visitFileFailed(Path file, IOException e) {
      if (e instanceof FileSystemLoopException) {
        problems.add(new LoadProblem(rel(file), "skipped: a symbolic link loop", false));
      } else if (e instanceof NoSuchFileException) {
        problems.add(new LoadProblem(rel(file), "skipped: a broken symbolic link", false));
      } else if (e instanceof AccessDeniedException) {
        problems.add(new LoadProblem(rel(file), "cannot read: permission denied", true));
      } else {
        problems.add(new LoadProblem(rel(file), "cannot read: " + e.getMessage(), true));
      }
      return FileVisitResult.CONTINUE;
    }

    private boolean insideRoot(Path p) {
      try {
        return p.toRealPath().startsWith(root);
      } catch (IOException e) {
        return false;
      }
    }
  }
}
