package dev.runbook.core.site;

import dev.runbook.core.config.Config;
import dev.runbook.core.model.Runbook;
import dev.runbook.core.model.RunbookSet;
import dev.runbook.core.model.SetIndex;
import dev.runbook.core.report.Report;
import dev.runbook.core.site.render.Hrefs;
import dev.runbook.core.site.render.LinkRewriter;
import dev.runbook.core.site.render.MarkdownRenderer;
import dev.runbook.core.site.render.PagePaths;
import dev.runbook.core.site.render.PublishedFiles;
import dev.runbook.core.site.render.RenderedBody;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Consumer;
import org.jsoup.nodes.Entities;

/**
 * A site kept up to date while its runbooks change, for {@code runbook serve}. {@link #open}
 * renders every page into a folder the caller owns, with the same pieces and the same bytes as
 * {@link SiteBuilder} (but not verified); each {@link #update} renders again only what the
 * change touched (see {@link SiteChanges}): first the pages of changed documents and of the
 * documents that depend on them, which it reports at once, then the listings, dashboards and data
 * files; it reports the listings as soon as they are written too. Every file is replaced by a rename, so the folder can be served while it changes; files
 * that no longer belong are deleted. A page that fails to render is replaced by a page that says
 * why, and the rest of the site is still written.
 *
 * <p>Not thread-safe: one thread updates; any thread may read the folder, {@link #documentOf}
 * and {@link #renderErrors}. Longer than most classes: it runs the steps of an update in their
 * order; what to render is decided by {@link SiteChanges}, the next version made by {@link
 * SiteState}.
 */
public final class SiteSession {
  private static final int PARALLEL_FROM = 64;

  private final SiteOptions options;
  private final Config config;
  private final Theme theme;
  private final Optional<String> baseUrl;
  private final Optional<Path> themeFolder;
  private final MarkdownRenderer markdown;
  /** The notes of every document's latest rendering. */
  private final BodyNotes bodyNotes = new BodyNotes();
  private final ServedFolder folder;
  private final SiteAlerts alerts;
  private final LinkedFiles linkedFiles = new LinkedFiles();
  private final Map<String, String> renderErrors = new ConcurrentHashMap<>();
  private SearchSlots search;
  private SiteState state;
  private volatile Map<String, String> documentByPage = Map.of();
  private RenderedBody homeBody;
  private Set<String> aliasPages = Set.of();
  /** Notes about redirects and linked files, from the last update that wrote them. */
  private List<String> writtenNotes = List.of();
  private List<String> notes = List.of();

  private SiteSession(SiteOptions options, Config config, Theme theme) {
    this.options = options;
    this.config = config;
    this.theme = theme;
    this.baseUrl = new SiteBuilder(options).baseUrl(config);
    this.themeFolder = new SiteBuilder(options).themeDir(config);
    this.markdown = new MarkdownRenderer(config);
    this.folder = new ServedFolder(options.output());
    this.alerts = new SiteAlerts(options.alerts());
  }

  /**
   * Renders the whole site of {@code set} into {@code options.output()}, an existing empty
   * folder that the caller owns (and deletes in the end). {@code options.report()} gives the
   * findings to show.
   *
   * @throws SiteException when the theme is broken or a file cannot be written
   */
  public static SiteSession open(SiteOptions options, RunbookSet set, SetIndex index, Config config)
      throws SiteException {
    SiteSession session = new SiteSession(options, config, Theme.load(new SiteBuilder(options).themeDir(config)));
    SiteState first = SiteState.first(set, index, config, options, session.theme);
    session.write(first, null, null, Set.of(), update -> { });
    return session;
  }

  /**
   * Brings the folder up to date with {@code set}, a later version of the set last rendered.
   *
   * @param update the index of {@code set}, from {@link SetIndex#update}
   * @param report the findings for {@code set}, if a check ran
   * @param changedPaths the paths that changed, as given to {@link SetIndex#update}
   * @param pagesReady told what was written and deleted so far as soon as pages a browser may
   *     show are ready: once the pages of documents are, before the listings are rewritten, and
   *     again once the listings are, before the data files and redirects
   * @return everything written and deleted
   * @throws SiteException when a file cannot be written (the folder is then partly updated: open
   *     a new session)
   */
  public SiteUpdate update(RunbookSet set, SetIndex.Update update, Optional<Report> report,
      Collection<String> changedPaths, Consumer<SiteUpdate> pagesReady) throws SiteException {
    SiteState next = state.next(set, update, report, config, options, theme);
    return write(next, state, update, Set.copyOf(changedPaths), pagesReady);
  }

  /** The folder the site is in. */
  public Path folder() {
    return options.output();
  }

  /** The theme folder whose files override the default theme, if one is set. */
  public Optional<Path> themeFolder() {
    return themeFolder;
  }

  /** The document (path from the root) whose page is at the site path {@code page}. */
  public Optional<String> documentOf(String page) {
    return Optional.ofNullable(documentByPage.get(page));
  }

  /** The site path of a document's page. */
  public Optional<String> pageOf(String document) {
    return Optional.ofNullable(state.paths().page(document));
  }

  /** Pages that could not be rendered, and why; by site path. */
  public Map<String, String> renderErrors() {
    return Map.copyOf(renderErrors);
  }

  /**
   * As {@link SiteResult#notes()}: the documents published on fallback pages now, and the notes
   * of the last update that wrote redirects or files.
   */
  public List<String> notes() {
    return notes;
  }

  private SiteUpdate write(SiteState next, SiteState before, SetIndex.Update update, Set<String> changedPaths,
      Consumer<SiteUpdate> pagesReady) throws SiteException {
    Set<String> generated = GeneratedPages.paths(next.catalog(), options.rules());
    Set<String> taken = SiteBuilder.takenPaths(next.set(), next.paths(), generated, theme);
    boolean everything = before == null || movedCategoryPages(before, next);
    SiteChanges changes = before == null ? null : SiteChanges.between(before, next, update);
    PublishedFiles files = new PublishedFiles(next.set().root(), taken);
    SiteContext site = new SiteContext(next.set(), next.index(), config,
        options.withChecks(options.rules(), next.report()), baseUrl, theme, next.catalog(),
        new RunbookViews(next.catalog()), next.paths(), new LinkRewriter(next.index(), next.paths(), files),
        markdown, before == null ? folder.firstSink() : folder.sink(), bodyNotes, next.findings(),
        SiteBuilder.configFolder(config), alerts);
    try {
      folder.startRecording();
      Optional<Runbook> home = next.set().rootIndex();
      Set<String> gone = changes == null ? Set.of() : changes.removed;
      if (before == null) {
        search = new SearchSlots(next.set().documents().stream().map(Runbook::path).toList());
      }
      gone.forEach(search::remove);
      gone.forEach(bodyNotes::remove);
      List<Runbook> render = new ArrayList<>();
      for (Runbook doc : next.set().documents()) {
        if (everything || changes.documents.contains(doc.path())) {
          render.add(doc);
          search.slot(doc.path());
        }
      }
      DocumentPages pages = new DocumentPages(site, search.index());
      renderDocuments(render, home, pages, site);
      Set<String> wanted = new TreeSet<>();
      boolean homeChanged = home.isPresent() && render.contains(home.get());
      if (homeChanged) {
        homeBody = pages.homeBody(search.slot(home.get().path()), home.get());
      } else if (home.isEmpty()) {
        homeChanged = homeBody != null;
        homeBody = null;
      }
      if (everything) {
        RenderedBody body = homeBody;
        SiteBuilder.runAll(options.threads(), new GeneratedPages(site).jobs(() -> body, homeTitle(next)));
        wanted.addAll(generated);
      } else if (homeChanged) {
        wanted.add("index.html");
        new GeneratedPages(site).write(wanted, homeBody, homeTitle(next));
      }
      if (changes == null || changes.documentsCameOrWent || changes.pagesMoved) {
        for (String page : stalePages(before, next, generated)) {
          folder.delete(page);
        }
        documentByPage = pagesToDocuments(next.paths());
      }
      state = next;
      pagesReady.accept(folder.recorded());

      if (writeListings(site, everything ? null : changes, generated, wanted, next)) {
        pagesReady.accept(folder.recorded());
      }
      if (everything || changes.aliases || (!alerts.isEmpty() && (changes.documentsCameOrWent || changes.pagesMoved))) {
        List<String> found = new ArrayList<>();
        aliasPages = folder.capturing(() -> found.addAll(SiteBuilder.redirects(site, taken)));
        found.addAll(files.notes());
        writtenNotes = List.copyOf(found);
      }
      List<String> all = new ArrayList<>(next.paths().notes());
      all.addAll(writtenNotes);
      all.addAll(bodyNotes.all());
      all.sort(null);
      notes = List.copyOf(all);
      if (before == null) {
        theme.writeAssets(site.sink());
      }
      boolean filesChanged = publishFiles(render, gone, site, files, changedPaths, everything);
      if (everything || !render.isEmpty() || !gone.isEmpty()) {
        try (OutputStream out = site.sink().open(SiteBuilder.SEARCH_INDEX)) {
          search.index().write(out);
        }
      }
      if (everything || changes.listings || changes.documentsCameOrWent) {
        site.sink().file("runbooks.json", RunbooksJson.of(site).getBytes(StandardCharsets.UTF_8));
        if (baseUrl.isPresent()) {
          site.sink().file("sitemap.xml", Sitemap.of(site, SiteBuilder.sitemapPages(site)).getBytes(StandardCharsets.UTF_8));
        }
      }
      if (changes == null || changes.documentsCameOrWent || changes.aliases || changes.listings || filesChanged) {
        folder.deleteAllBut(belonging(next, generated));
      }
      SiteUpdate done = folder.recorded();
      done.removed().forEach(renderErrors::remove);
      return done;
    } catch (IOException | UncheckedIOException e) {
      throw new SiteException(SiteException.Kind.IO, "cannot write the site: " + e.getMessage(), e);
    }
  }

  /** Writes the listings and dashboards the change touched; true when it wrote any. */
  private boolean writeListings(SiteContext site, SiteChanges changes, Set<String> generated, Set<String> done,
      SiteState next) throws IOException {
    Set<String> wanted = new TreeSet<>();
    if (changes == null) {
      wanted.addAll(generated);
    } else {
      if (changes.listings) {
        wanted.addAll(List.of("index.html", GeneratedPages.REVIEW, GeneratedPages.RISK, GeneratedPages.AUTOMATION));
        for (String category : changes.categories) {
          Optional.ofNullable(next.catalog().categoryPage(category)).ifPresent(wanted::add);
        }
      }
      if (changes.rules) {
        wanted.add(GeneratedPages.RULES);
      }
    }
    wanted.removeAll(done);
    if (!wanted.isEmpty()) {
      new GeneratedPages(site).write(wanted, homeBody, homeTitle(next));
    }
    return !wanted.isEmpty();
  }

  private String homeTitle(SiteState state) {
    return state.set().rootIndex().map(Runbook::title).orElse(config.site().title());
  }

  /** A category page the new catalog gives to another category: every listing link moves. */
  private static boolean movedCategoryPages(SiteState before, SiteState next) {
    for (Map.Entry<String, String> c : before.catalog().categoryPages().entrySet()) {
      String now = next.catalog().categoryPage(c.getKey());
      if (now != null && !now.equals(c.getValue())) {
        return true;
      }
    }
    return false;
  }

  private void renderDocuments(List<Runbook> docs, Optional<Runbook> home, DocumentPages pages, SiteContext site)
      throws IOException {
    List<SiteJob> todo = new ArrayList<>();
    for (Runbook doc : docs) {
      if (home.isEmpty() || doc != home.get()) {
        todo.add(() -> {
          try {
            renderOne(doc, pages, site);
          } catch (IOException e) {
            throw new IOException(doc.path() + ": " + e.getMessage(), e);
          }
        });
      }
    }
    SiteBuilder.runAll(todo.size() < PARALLEL_FROM ? 1 : options.threads(), todo);
  }

  /** Renders a page; a page the renderer cannot make becomes a page that says why. */
  private void renderOne(Runbook doc, DocumentPages pages, SiteContext site) throws IOException {
    int slot = search.slotOf(doc.path());
    String page = site.paths().page(doc);
    search.index().remove(slot);
    try {
      pages.write(slot, doc);
      renderErrors.remove(page);
    } catch (RuntimeException e) {
      String why = doc.path() + " could not be rendered: " + e;
      renderErrors.put(page, why);
      site.sink().page(page, "<!DOCTYPE html>\n<html lang=\"en\" data-root=\"" + Hrefs.rootOf(page) + "\" data-page=\""
          + Entities.escape(page) + "\">\n<head>\n<meta charset=\"utf-8\">\n<title>Cannot render "
          + Entities.escape(doc.path()) + "</title>\n</head>\n<body>\n<h1>This page could not be rendered</h1>\n<p>"
          + Entities.escape(why) + "</p>\n</body>\n</html>\n");
    }
  }

  /** Pages of documents that are gone or moved, unless something else is published there now. */
  private static Set<String> stalePages(SiteState before, SiteState next, Set<String> generated) {
    Set<String> stale = new TreeSet<>();
    if (before == null) {
      return stale;
    }
    Set<String> now = new HashSet<>(next.paths().all().values());
    for (Map.Entry<String, String> p : before.paths().all().entrySet()) {
      if (!p.getValue().equals(next.paths().page(p.getKey())) && !now.contains(p.getValue())
          && !generated.contains(p.getValue())) {
        stale.add(p.getValue());
      }
    }
    return stale;
  }

  /**
   * Copies the files rendered pages link to: new ones, and changed ones again if they are still
   * published; true when the list changed.
   */
  private boolean publishFiles(List<Runbook> rendered, Set<String> gone, SiteContext site, PublishedFiles files,
      Set<String> changedPaths, boolean everything) throws IOException {
    boolean changed = linkedFiles.update(rendered, gone, site.index(), files);
    Set<String> published = new TreeSet<>(files.published());
    published.addAll(linkedFiles.all());
    for (String file : published) {
      boolean touched = changedPaths.stream().anyMatch(c -> c.isEmpty() || file.equals(c) || file.startsWith(c + "/"));
      changed |= touched;
      if (everything || !folder.contains(file) || touched) {
        Path source = site.set().root().resolve(file);
        if (!files.publish(file)) {
          // Decided again on what the file holds now (pages linking to it are rendered again too).
          folder.delete(file);
        } else if (Files.isRegularFile(source)) {
          site.sink().copy(source, file);
        }
      }
    }
    return changed;
  }

  /** Every file the current version publishes. */
  private Set<String> belonging(SiteState next, Set<String> generated) {
    Set<String> belongs = new HashSet<>(next.paths().all().values());
    belongs.addAll(generated);
    belongs.addAll(aliasPages);
    theme.assets().forEach(a -> belongs.add(Theme.ASSETS + a));
    belongs.add(SiteBuilder.SEARCH_INDEX);
    belongs.add("runbooks.json");
    if (baseUrl.isPresent()) {
      belongs.add("sitemap.xml");
    }
    belongs.addAll(linkedFiles.all());
    return belongs;
  }

  private static Map<String, String> pagesToDocuments(PagePaths paths) {
    Map<String, String> byPage = new HashMap<>();
    paths.all().forEach((doc, page) -> byPage.put(page, doc));
    return Map.copyOf(byPage);
  }
}
