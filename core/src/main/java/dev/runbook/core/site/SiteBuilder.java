package dev.runbook.core.site;

import dev.runbook.core.config.Config;
import dev.runbook.core.model.Runbook;
import dev.runbook.core.model.RunbookSet;
import dev.runbook.core.model.SetIndex;
import dev.runbook.core.report.Diagnostic;
import dev.runbook.core.site.data.SearchIndex;
import dev.runbook.core.site.output.OutputFolder;
import dev.runbook.core.site.output.PageSink;
import dev.runbook.core.site.output.SiteVerifier;
import dev.runbook.core.site.render.LinkRewriter;
import dev.runbook.core.site.render.MarkdownRenderer;
import dev.runbook.core.site.render.PagePaths;
import dev.runbook.core.site.render.PublishedFiles;
import dev.runbook.core.site.render.RenderedBody;
import dev.runbook.core.work.Workers;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.CancellationException;

/**
 * Builds the static site of a runbook set (SPEC §6): renders every page in parallel with
 * templates compiled once, streams pages into a staging folder, writes the search index,
 * {@code runbooks.json} and {@code sitemap.xml}, verifies every internal link of the output and
 * only then swaps the new site in. The same input gives the same bytes. One builder serves one
 * build at a time; it keeps no state between builds.
 */
public final class SiteBuilder {
  /** The search index script, beside the site's own pages. */
  static final String SEARCH_INDEX = PagePaths.OWN + "search-index.js";

  /** Files the site writes besides the pages: the search index, and at the top the files tools look for. */
  static final Set<String> DATA_FILES =
      Set.of(SEARCH_INDEX, "runbooks.json", "sitemap.xml", OutputFolder.MARKER);

  private final SiteOptions options;

  public SiteBuilder(SiteOptions options) {
    this.options = options;
  }

  /**
   * Builds the site of {@code set} into {@code options.output()}.
   *
   * @throws SiteException when the output folder may not be replaced, the theme is broken, a
   *     file cannot be written, or the output fails verification; the previous site then stays
   */
  public SiteResult build(RunbookSet set, Config config) throws SiteException {
    return build(set, config, new SetIndex(set, config.site().urls(), 1));
  }

  /**
   * As {@link #build(RunbookSet, Config)}, with the index of {@code set} built already (by the
   * check the site publishes).
   */
  public SiteResult build(RunbookSet set, Config config, SetIndex index) throws SiteException {
    Theme theme = Theme.load(themeDir(config));
    PagePaths paths = PagePaths.of(set, ReservedPaths.of(set, index, options.rules(), theme), index.urls().style());
    SiteCatalog catalog = new SiteCatalog(set, index, paths, config, options.today());
    Set<String> generated = GeneratedPages.paths(catalog, options.rules());
    Set<String> taken = takenPaths(set, paths, generated, theme);
    OutputFolder folder = OutputFolder.prepare(options.output(), set.root());
    try {
      return write(set, config, index, paths, catalog, theme, taken, folder).withNotes(paths.notes());
    } catch (SiteException e) {
      folder.abandon();
      throw e;
    } catch (IOException | UncheckedIOException e) {
      folder.abandon();
      throw new SiteException(SiteException.Kind.IO, "cannot write the site: " + e.getMessage(), e);
    } catch (RuntimeException | Error e) {
      folder.abandon();
      throw e;
    }
  }

  private SiteResult write(RunbookSet set, Config config, SetIndex index, PagePaths paths, SiteCatalog catalog,
      Theme theme, Set<String> taken, OutputFolder folder) throws IOException, SiteException {
    SiteVerifier verifier = new SiteVerifier();
    int planned = set.documents().size() + GeneratedPages.paths(catalog, options.rules()).size()
        - (set.rootIndex().isPresent() ? 1 : 0);
    PageSink sink = new PageSink(folder.staging(), verifier, n -> options.progress().pagesWritten(n, planned));
    PublishedFiles files = new PublishedFiles(set.root(), taken);
    BodyNotes bodyNotes = new BodyNotes();
    SiteContext site = new SiteContext(set, index, config, options, baseUrl(config), theme, catalog,
        new RunbookViews(catalog), paths, new LinkRewriter(index, paths, files), renderer(config),
        sink, bodyNotes, findings(), configFolder(config), new SiteAlerts(options.alerts()));
    List<Runbook> docs = set.documents();
    SearchIndex search = new SearchIndex(docs.size());
    DocumentPages pages = new DocumentPages(site, search);
    Optional<Runbook> home = set.rootIndex();
    RenderedBody[] homeBody = new RenderedBody[1];
    List<SiteJob> first = new ArrayList<>(docs.size());
    for (int i : acrossFolders(docs.stream().map(paths::page).toList())) {
      int slot = i;
      Runbook doc = docs.get(i);
      if (home.isPresent() && home.get() == doc) {
        first.add(() -> homeBody[0] = pages.homeBody(slot, doc));
      } else {
        first.add(() -> pages.write(slot, doc));
      }
    }
    List<String> notes = new ArrayList<>();
    runAll(options.threads(), first);
    // The two longest jobs first, the search index and the redirects with the alert pages (one
    // thread's job: they share one folder); the other threads make the generated pages meanwhile.
    List<SiteJob> second = new ArrayList<>();
    second.add(() -> {
      try (OutputStream out = sink.open(SEARCH_INDEX)) {
        search.write(out);
      }
    });
    second.add(() -> notes.addAll(redirects(site, taken)));
    second.addAll(new GeneratedPages(site)
        .jobs(() -> homeBody[0], home.map(Runbook::title).orElse(config.site().title())));
    second.add(() -> sink.file("runbooks.json", RunbooksJson.of(site).getBytes(StandardCharsets.UTF_8)));
    if (site.baseUrl().isPresent()) {
      second.add(() -> sink.file("sitemap.xml", Sitemap.of(site, sitemapPages(site)).getBytes(StandardCharsets.UTF_8)));
    }
    second.add(() -> theme.writeAssets(sink));
    second.add(() -> {
      for (String file : files.published()) {
        sink.copy(set.root().resolve(file), file);
      }
    });
    runAll(options.threads(), second);
    notes.addAll(files.notes());
    notes.addAll(bodyNotes.all());
    // The site read back once: the verifier checks every link against it, and the marker lists it.
    Set<String> staged = folder.staged();
    verifier.verify(staged);
    folder.commit(staged);
    notes.sort(null);
    return new SiteResult(folder.target(), sink.pages(), sink.files(), notes);
  }

  /**
   * Writes the alias redirects, then the alert pages around them and {@code taken} and the Alert
   * coverage page; returns
   * the notes about the ones skipped.
   */
  static List<String> redirects(SiteContext site, Set<String> taken) throws IOException {
    Set<String> all = new HashSet<>(taken);
    List<String> notes = new ArrayList<>(AliasPages.write(site, taken, all::add));
    notes.addAll(AlertPages.write(site, all));
    if (!site.alerts().isEmpty()) {
      CoveragePage.write(site);
    }
    return notes;
  }

  /**
   * The indexes of {@code pages} (site paths) in the order they are best written: one page from
   * each folder in turn. Creating a file holds its folder's lock while the file system finds it an inode,
   * which on ext4 without a journal means stepping over every inode freed in the last minute
   * (a site deleted just before): threads writing into different folders do not wait for each
   * other.
   */
  static int[] acrossFolders(List<String> pages) {
    Map<String, List<Integer>> byFolder = new LinkedHashMap<>();
    for (int i = 0; i < pages.size(); i++) {
      String page = pages.get(i);
      byFolder.computeIfAbsent(page.substring(0, page.lastIndexOf('/') + 1), f -> new ArrayList<>()).add(i);
    }
    int[] order = new int[pages.size()];
    int n = 0;
    List<List<Integer>> folders = new ArrayList<>(byFolder.values());
    for (int round = 0; n < order.length; round++) {
      for (List<Integer> folder : folders) {
        if (round < folder.size()) {
          order[n++] = folder.get(round);
        }
      }
    }
    return order;
  }

  /** Runs the jobs on {@code threads} threads; the first failure stops the build. */
  static void runAll(int threads, List<SiteJob> jobs) throws IOException {
    try {
      Workers.forEach(threads, jobs.size(), i -> {
        try {
          jobs.get(i).run();
        } catch (IOException e) {
          throw new UncheckedIOException(e.getMessage(), e);
        }
      });
    } catch (UncheckedIOException e) {
      throw e.getCause();
    } catch (CancellationException e) {
      throw new IOException("the build was interrupted", e);
    }
  }

  /**
   * Pages, generated paths, assets and data files. {@code paths} were chosen around the others
   * ({@link ReservedPaths}), so no two are the same.
   */
  static Set<String> takenPaths(RunbookSet set, PagePaths paths, Set<String> generated, Theme theme) {
    Set<String> taken = new HashSet<>(generated);
    taken.addAll(DATA_FILES);
    taken.add(CoveragePage.PAGE);
    theme.assets().forEach(a -> taken.add(Theme.ASSETS + a));
    Optional<Runbook> home = set.rootIndex();
    for (Map.Entry<String, String> p : paths.all().entrySet()) {
      boolean isHome = home.isPresent() && home.get().path().equals(p.getKey());
      if (!isHome && !taken.add(p.getValue())) {
        throw new IllegalStateException(p.getKey() + " was given the page " + p.getValue()
            + ", which the site uses already: the page paths were not chosen around the site's own files");
      }
    }
    return taken;
  }

  /** The renderer that drafted the bodies of this config's set, else a new one. */
  private MarkdownRenderer renderer(Config config) {
    return options.renderer().filter(r -> r.config() == config).orElseGet(() -> new MarkdownRenderer(config));
  }

  Optional<Path> themeDir(Config config) {
    if (options.themeDir().isPresent()) {
      return options.themeDir();
    }
    return config.site().themeDir().map(dir -> config.source()
        .map(src -> src.toAbsolutePath().getParent().resolve(dir))
        .orElse(Path.of(dir)));
  }

  static Optional<Path> configFolder(Config config) {
    return config.source().map(f -> {
      Path folder = f.toAbsolutePath().normalize().getParent();
      try {
        return folder.toRealPath();
      } catch (IOException e) {
        return folder;
      }
    });
  }

  Optional<String> baseUrl(Config config) {
    return options.baseUrl().or(() -> config.site().baseUrl()).map(u -> u.endsWith("/") ? u : u + "/");
  }

  Map<String, List<Diagnostic>> findings() {
    Map<String, List<Diagnostic>> byFile = new HashMap<>();
    options.report().ifPresent(r -> {
      for (Diagnostic d : r.diagnostics()) {
        byFile.computeIfAbsent(d.file(), k -> new ArrayList<>()).add(d);
      }
    });
    return byFile;
  }

  static TreeMap<String, String> sitemapPages(SiteContext site) {
    TreeMap<String, String> pages = new TreeMap<>();
    for (Runbook doc : site.set().documents()) {
      if (!doc.isMovedStub()) {
        pages.put(site.paths().page(doc), site.catalog().entry(doc.path())
            .flatMap(e -> e.review().lastReviewed()).map(Object::toString).orElse(null));
      }
    }
    if (!site.alerts().isEmpty()) {
      pages.putIfAbsent(CoveragePage.PAGE, null);
    }
    for (String p : GeneratedPages.paths(site.catalog(), site.options().rules())) {
      if (!p.equals(GeneratedPages.NOT_FOUND)) {
        pages.putIfAbsent(p, null);
      }
    }
    return pages;
  }
}
