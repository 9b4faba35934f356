package dev.runbook.core.preview;

import dev.runbook.core.check.CheckFailure;
import dev.runbook.core.check.CheckOptions;
import dev.runbook.core.check.CheckRunner;
import dev.runbook.core.config.Config;
import dev.runbook.core.config.ProjectLocation;
import dev.runbook.core.model.Runbook;
import dev.runbook.core.model.DocumentKind;
import dev.runbook.core.parse.RunbookParser;
import dev.runbook.core.parse.RunbookSetLoader;
import dev.runbook.core.rules.Rule;
import dev.runbook.core.site.EarlyPages;
import dev.runbook.core.site.SiteException;
import dev.runbook.core.site.SiteOptions;
import dev.runbook.core.site.render.MarkdownRenderer;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * What {@code runbook serve} shows before its first {@link PreviewSite} is built: every page made
 * when it is asked for ({@link EarlyPages}), from the files as they are at that moment. It lists
 * the set's files and reads its index pages when it opens, nothing more, so it answers within a
 * fraction of the time the whole set takes to check and build. The overlay says that findings
 * come once the set is checked. Thread-safe.
 */
public final class EarlySite implements AutoCloseable {
  private final Path folder;
  private final Path root;
  private final EarlyPages pages;

  /** A document read, with the time and size of the file it was read from. */
  private record Read(long modified, long size, Runbook doc) {}

  private EarlySite(Path folder, Path root, EarlyPages pages) {
    this.folder = folder;
    this.root = root;
    this.pages = pages;
  }

  /**
   * Work the caller has to do before the pages are served that needs no document, such as
   * binding a port: done on the opening thread while another reads the index pages (the longest
   * part on a big set), so it costs no time before the first page.
   */
  @FunctionalInterface
  public interface Meanwhile {
    /** Does the work and returns a new folder, outside the runbook folder, for the early site's files. */
    Path run() throws IOException;
  }

  /**
   * Finds the config and the runbook folder as the full build will, lists the runbooks, reads
   * the index pages and writes the theme's files into the folder {@code meanwhile} returns (the
   * caller owns it); runs {@code meanwhile} once the set is listed, while the index pages are
   * still being read.
   *
   * @throws CheckFailure when the config is broken or the runbook folder cannot be read
   * @throws SiteException when the theme is broken or the folder cannot be made or written
   * @throws IOException when {@code meanwhile} throws it
   */
  public static EarlySite open(CheckOptions options, CheckRunner runner, Meanwhile meanwhile)
      throws CheckFailure, SiteException, IOException {
    CheckOptions whole = options.withFiles(List.of()).withBaseline(Optional.empty()).withExternal(false, Optional.empty());
    ProjectLocation where = runner.locate(whole);
    Config config = where.config();
    // Bodies are drafted as they are parsed, so the first render of a page does not parse it again.
    MarkdownRenderer markdown = new MarkdownRenderer(config);
    RunbookParser parser = config.parser(markdown);
    RunbookSetLoader loader = new RunbookSetLoader(config.exclude(), config.documents(), parser, 1);
    Map<String, Read> cache = new ConcurrentHashMap<>();
    Path root;
    List<String> paths;
    Thread home;
    try {
      root = where.root().toRealPath();
      // The home page, read while the folder is walked: on two cores that halves the wait.
      home = new Thread(() -> topIndexPages(loader, root).forEach(p -> read(parser, loader, root, p, cache)),
          "runbook-serve-home");
      home.setDaemon(true);
      home.start();
      paths = loader.paths(root);
    } catch (IOException e) {
      throw new CheckFailure("cannot read the runbook folder " + where.root() + ": " + e.getMessage(), e);
    }
    // A big set's home page takes longer to read than the set to list: the rest waits meanwhile.
    Path folder = meanwhile.run();
    try {
      Files.createDirectories(folder);
    } catch (IOException e) {
      throw new SiteException(SiteException.Kind.IO, "cannot make the preview's folder " + folder + ": "
          + e.getMessage() + "; check that the temporary folder (java.io.tmpdir) is writable", e);
    }
    SiteOptions site = SiteOptions.of(folder, LocalDate.now(options.clock()))
        .withChecks(runner.rules().stream().map(Rule::info).toList(), Optional.empty())
        .withRenderer(markdown);
    EarlyPages.Setup setup = EarlyPages.setup(site, config);
    // Documents are read once the home page is: the early pages' sketch of the set begins before.
    EarlyPages pages = EarlyPages.open(setup, root, paths, loader::kind, path -> {
      awaitHome(home);
      return read(parser, loader, root, path, cache);
    });
    if (Thread.currentThread().isInterrupted()) {
      throw new CheckFailure("interrupted while reading the runbook folder " + where.root());
    }
    return new EarlySite(folder, root, pages);
  }

  /** Waits for the thread reading the home page; an interrupt is kept for the caller to see. */
  private static void awaitHome(Thread home) {
    try {
      home.join();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }

  /** The index pages directly in the root, which the loader reads: the home page among them. */
  private static List<String> topIndexPages(RunbookSetLoader loader, Path root) {
    try (var files = Files.list(root)) {
      return files.map(f -> f.getFileName().toString())
          .filter(name -> loader.kind(name) == DocumentKind.INDEX && loader.reads(root, name)).sorted().toList();
    } catch (IOException | java.io.UncheckedIOException e) {
      return List.of();
    }
  }

  /** The document at {@code path} as the file holds it now; the last reading while the file is the same. */
  private static Optional<Runbook> read(RunbookParser parser, RunbookSetLoader loader, Path root, String path,
      Map<String, Read> cache) {
    Path file = root.resolve(path);
    try {
      BasicFileAttributes attrs = Files.readAttributes(file, BasicFileAttributes.class);
      long modified = attrs.lastModifiedTime().toMillis();
      Read was = cache.get(path);
      if (was != null && was.modified() == modified && was.size() == attrs.size()) {
        return Optional.of(was.doc());
      }
      if (!attrs.isRegularFile() || attrs.size() > RunbookSetLoader.MAX_FILE_BYTES) {
        return Optional.empty();
      }
      Runbook doc = parser.parse(path, file, loader.kind(path), Files.readAllBytes(file));
      cache.put(path, new Read(modified, attrs.size(), doc));
      return Optional.of(doc);
    } catch (IOException | RuntimeException e) {
      return Optional.empty();
    }
  }

  /** The folder of the theme's files and the page-not-found page. */
  public Path folder() {
    return folder;
  }

  /** The runbook folder. */
  public Path root() {
    return root;
  }

  /** The page at a site path, made now; empty for the files in {@link #folder()}. */
  public Optional<EarlyPages.Page> page(String page) {
    return pages.page(page);
  }

  /** What the overlay shows meanwhile: the page's document, no findings yet, and why. */
  public PageFindings findings(String page) {
    return new PageFindings(page, pages.documentOf(page).orElse(null), List.of(), List.of(), Map.of(), 0,
        "checking " + pages.documents() + " files");
  }

  /** Deletes the folder. */
  @Override
  public void close() {
    PreviewSite.deleteTree(folder);
  }
}
