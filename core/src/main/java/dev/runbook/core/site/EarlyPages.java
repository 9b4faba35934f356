package dev.runbook.core.site;

import dev.runbook.core.config.Config;
import dev.runbook.core.model.DocumentKind;
import dev.runbook.core.model.FrontMatter;
import dev.runbook.core.model.Link;
import dev.runbook.core.model.LinkTarget;
import dev.runbook.core.model.Runbook;
import dev.runbook.core.model.RunbookSet;
import dev.runbook.core.model.SetIndex;
import dev.runbook.core.site.output.PageSink;
import dev.runbook.core.site.render.Hrefs;
import dev.runbook.core.site.render.LinkRewriter;
import dev.runbook.core.site.render.MarkdownRenderer;
import dev.runbook.core.site.render.PagePaths;
import dev.runbook.core.site.render.PublishedFiles;
import dev.runbook.core.site.render.RenderedBody;
import dev.runbook.core.site.view.DocumentPageView;
import dev.runbook.core.site.view.HomePageView;
import dev.runbook.core.site.view.LayoutView;
import dev.runbook.core.site.view.RedirectPageView;
import dev.runbook.core.site.view.RunbookPageView;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import org.jsoup.nodes.Entities;

/**
 * The pages of a set that is not read in full yet, each made when it is asked for: what {@code
 * runbook serve} answers while it builds the whole site behind them. A sketch of the set knows
 * every document by its path, has read the index pages (which give categories and the home page)
 * and reads a document when its page is asked for, with the documents whose anchors its links
 * name. So a document's page is at the same path, and shows the same body, facts and category,
 * as in the whole site. What depends on every file is left out and the page says so ({@link
 * LayoutView#pending()}): the pages that link here, findings, alerts, the listings. The site's own
 * pages (dashboards, categories, rules) say that they come once the set is read. Thread-safe.
 * Longer than most classes: it makes each kind of page a document can have, as {@link
 * DocumentPages} and {@link GeneratedPages} do for the whole site, from what is known so far.
 */
public final class EarlyPages {
  /** A page made on demand: the HTTP status to answer with and the bytes. */
  public record Page(int status, byte[] bytes) {}

  /** Reads a document of the set by its path from the root; empty when it cannot be read. */
  @FunctionalInterface
  public interface Documents {
    Optional<Runbook> read(String path);
  }

  /**
   * What is known of the set: every document, read or a stand-in with its path alone.
   *
   * @param read the paths of the documents read
   */
  private record Sketch(RunbookSet set, SetIndex index, PagePaths paths, Map<String, String> documentByPage,
      Set<String> read) {}

  private final SiteOptions options;
  private final Config config;
  private final Theme theme;
  private final MarkdownRenderer markdown;
  private final Optional<String> baseUrl;
  private final Documents documents;
  private final Sketch sketch;
  /** What the site writes itself and the documents' pages: no linked file is published there. */
  private final PublishedFiles files;
  /**
   * The files (paths from the root) that a page made so far links to. As in the whole site, a
   * file is served only when a page links to it: a text file lying in the runbook folder is not
   * published because it is there.
   */
  private final Set<String> linked = java.util.concurrent.ConcurrentHashMap.newKeySet();

  private EarlyPages(SiteOptions options, Config config, Theme theme, Documents documents, Sketch sketch,
      Set<String> reserved) {
    this.options = options;
    this.config = config;
    this.theme = theme;
    this.markdown = options.renderer().filter(r -> r.config() == config).orElseGet(() -> new MarkdownRenderer(config));
    this.baseUrl = new SiteBuilder(options).baseUrl(config);
    this.documents = documents;
    this.sketch = sketch;
    Set<String> taken = new HashSet<>(reserved);
    taken.addAll(sketch.paths().all().values());
    this.files = new PublishedFiles(sketch.set().root(), taken);
  }

  /** The site's options, config and theme, loaded before the set is known. */
  public static final class Setup {
    private final SiteOptions options;
    private final Config config;
    private final Theme theme;

    private Setup(SiteOptions options, Config config, Theme theme) {
      this.options = options;
      this.config = config;
      this.theme = theme;
    }
  }

  /**
   * Loads the theme: what needs no document, so it can be done while the set is still being listed and read.
   *
   * @throws SiteException when the theme is broken
   */
  public static Setup setup(SiteOptions options, Config config) throws SiteException {
    return new Setup(options, config, Theme.load(new SiteBuilder(options).themeDir(config)));
  }

  /**
   * Writes the theme's assets and a page-not-found page into the options' output folder, and
   * reads the index pages.
   *
   * @param setup the site's options and theme
   * @param root the runbook folder, a real path
   * @param paths every document of the set (paths from the root), as the set's loader would read them
   * @param kinds the kind of a document by its path
   * @throws SiteException when the folder cannot be written
   */
  public static EarlyPages open(Setup setup, Path root, List<String> paths, Function<String, DocumentKind> kinds,
      Documents documents) throws SiteException {
    SiteOptions options = setup.options;
    Config config = setup.config;
    Theme theme = setup.theme;
    // Every document by its path first, then the index pages read: reading may wait for a reader
    // still busy with the home page (see EarlySite), and the stand-ins need not.
    List<Runbook> docs = new ArrayList<>(paths.size());
    List<Integer> indexPages = new ArrayList<>();
    for (String path : paths) {
      DocumentKind kind = kinds.apply(path);
      if (kind == DocumentKind.INDEX) {
        indexPages.add(docs.size());
      }
      docs.add(standIn(root, path, kind));
    }
    Set<String> read = new HashSet<>();
    for (int i : indexPages) {
      String path = paths.get(i);
      Optional<Runbook> doc = documents.read(path);
      if (doc.isPresent()) {
        read.add(path);
        docs.set(i, doc.get());
      }
    }
    RunbookSet set = new RunbookSet(root, docs, List.of());
    SetIndex index = new SetIndex(set, config.site().urls(), 1);
    Map<String, String> reserved = ReservedPaths.of(set, index, options.rules(), theme);
    PagePaths pages = PagePaths.of(set, reserved, index.urls().style());
    Map<String, String> byPage = new HashMap<>();
    pages.all().forEach((doc, page) -> byPage.put(page, doc));
    EarlyPages early = new EarlyPages(options, config, theme, documents, new Sketch(set, index, pages, byPage, read),
        reserved.keySet());
    try {
      PageSink sink = PageSink.recording(options.output(), p -> { });
      theme.writeAssets(sink);
      sink.page(GeneratedPages.NOT_FOUND, early.notFound());
    } catch (IOException e) {
      throw new SiteException(SiteException.Kind.IO, "cannot write the site: " + e.getMessage(), e);
    }
    return early;
  }

  /** A document known by its path alone, until it is read. */
  private static Runbook standIn(Path root, String path, DocumentKind kind) {
    return new Runbook(path, root.resolve(path), kind, List.of(), new BitSet(), FrontMatter.NONE, List.of(), List.of(),
        List.of(), Optional.empty(), List.of(), List.of(), Set.of(), List.of());
  }

  /** How many documents the set has. */
  public int documents() {
    return sketch.set().documents().size();
  }

  /** The document (path from the root) whose page is at {@code page}, if one is. */
  public Optional<String> documentOf(String page) {
    return Optional.ofNullable(sketch.documentByPage().get(page));
  }

  /**
   * The page at the site path {@code page}, made now: a document's page, the home page, a page
   * that says a page of the site's own comes later, a file a page may link to, or the
   * page-not-found page (status 404) for an HTML page nothing will be at. Empty for other files:
   * the theme's assets are in the folder.
   */
  public Optional<Page> page(String page) {
    String doc = sketch.documentByPage().get(page);
    if (doc != null) {
      Optional<Runbook> read = documents.read(doc);
      if (read.isPresent()) {
        return Optional.of(new Page(200, documentPage(read.get(), page)));
      }
    }
    if (page.equals("index.html")) {
      return Optional.of(new Page(200, home(page, config.site().title())));
    }
    if (page.startsWith(PagePaths.OWN) && page.endsWith(".html")) {
      return Optional.of(new Page(200, later(page)));
    }
    if (page.endsWith(".html")) {
      return Optional.of(new Page(404, notFound()));
    }
    Path file = sketch.set().root().resolve(page);
    if (!page.startsWith(PagePaths.OWN) && linked.contains(page) && Files.isRegularFile(file) && files.publish(page)) {
      try {
        return Optional.of(new Page(200, Files.readAllBytes(file)));
      } catch (IOException e) {
        return Optional.empty();
      }
    }
    return Optional.empty();
  }

  private byte[] documentPage(Runbook doc, String page) {
    Sketch s = withRead(doc);
    for (Link link : doc.links()) {
      LinkTarget t = s.index().resolve(doc, link);
      if (t.kind() == LinkTarget.Kind.INTERNAL && t.document().isEmpty()) {
        linked.add(t.path());
      }
    }
    SiteContext site = context(s, doc);
    Runbook home = s.set().rootIndex().orElse(null);
    if (home != null && home.path().equals(doc.path())) {
      RenderedBody body = markdown.render(doc, site.links());
      String title = doc.title();
      return theme.render("home", layout(site, page, title),
          html -> new HomePageView(title, body.titleId(), html, 0, 0, 0, null), body);
    }
    if (doc.isMovedStub()) {
      Optional<Runbook> target = doc.frontMatter().string("moved_to").map(d -> s.index().resolve(doc, d))
          .filter(t -> t.kind() == LinkTarget.Kind.INTERNAL).flatMap(LinkTarget::document).filter(d -> d != doc);
      if (target.isPresent()) {
        String title = target.get().title();
        String href = Hrefs.relative(page, s.paths().page(target.get()));
        return theme.render("redirect", layout(site, page, "Moved: " + title),
            new RedirectPageView(href, title, "This page has moved to")).getBytes(StandardCharsets.UTF_8);
      }
    }
    RenderedBody body = markdown.render(doc, site.links());
    Optional<SiteCatalog.Entry> entry = site.catalog().entry(doc.path());
    LayoutView layout = layout(site, page, doc.title());
    if (entry.isPresent()) {
      SiteCatalog.Entry e = entry.get();
      return theme.render("runbook", layout, html -> new RunbookPageView(e.title(), body.titleId(),
          e.risk().map(RunbookViews::risk).orElse(null), e.owner(), site.views().review(e), e.category(),
          Hrefs.relative(page, site.catalog().categoryPage(e.category())),
          RunbookViews.automationLabel(e.automation()), e.tags(), DocumentPages.toc(doc), html, List.of(),
          DocumentPages.editUrl(site, doc), doc.path(), List.of(), List.of()), body);
    }
    return theme.render("document", layout, html -> new DocumentPageView(doc.title(), body.titleId(),
        DocumentPages.toc(doc), html, List.of(), DocumentPages.editUrl(site, doc), doc.path()), body);
  }

  /**
   * The sketch with the documents read that {@code doc}'s links' anchors and its {@code moved_to}
   * name: its page shows whether those anchors hold, and where a stub leads. {@code doc} itself
   * need not be in it: a link to its own page is known by its path.
   */
  private Sketch withRead(Runbook doc) {
    Sketch s = sketch;
    Map<String, Runbook> read = new LinkedHashMap<>();
    List<String> wanted = new ArrayList<>();
    for (Link link : doc.links()) {
      LinkTarget t = s.index().resolve(doc, link);
      if (t.kind() == LinkTarget.Kind.INTERNAL && t.hasFragment()) {
        t.document().ifPresent(d -> wanted.add(d.path()));
      }
    }
    doc.frontMatter().string("moved_to").map(d -> s.index().resolve(doc, d)).flatMap(LinkTarget::document)
        .ifPresent(d -> wanted.add(d.path()));
    for (String path : wanted) {
      if (!s.read().contains(path) && !read.containsKey(path)) {
        documents.read(path).ifPresent(d -> read.put(path, d));
      }
    }
    if (read.isEmpty()) {
      return s;
    }
    List<Runbook> docs = new ArrayList<>(s.set().documents().size());
    for (Runbook r : s.set().documents()) {
      docs.add(read.getOrDefault(r.path(), r));
    }
    RunbookSet set = new RunbookSet(s.set().root(), docs, List.of());
    Set<String> all = new HashSet<>(s.read());
    all.addAll(read.keySet());
    return new Sketch(set, s.index().update(set, read.keySet()).index(), s.paths(), s.documentByPage(), all);
  }

  /** The site as far as it is known: the catalog has the documents read and {@code doc}, if given. */
  private SiteContext context(Sketch s, Runbook doc) {
    Map<String, Runbook> byPath = new HashMap<>();
    for (String path : s.read()) {
      s.set().get(path).ifPresent(r -> byPath.put(path, r));
    }
    if (doc != null) {
      byPath.put(doc.path(), doc);
    }
    List<Runbook> read = new ArrayList<>(byPath.values());
    SiteCatalog catalog = new SiteCatalog(new RunbookSet(s.set().root(), read, List.of()), s.index(), s.paths(),
        config, options.today());
    return new SiteContext(s.set(), s.index(), config, options, baseUrl, theme, catalog, new RunbookViews(catalog),
        s.paths(), new LinkRewriter(s.index(), s.paths(), files), markdown, null, new BodyNotes(), Map.of(),
        SiteBuilder.configFolder(config), new SiteAlerts(List.of()));
  }

  private SiteContext context() {
    return context(sketch, null);
  }

  private static LayoutView layout(SiteContext site, String page, String title) {
    return site.layout(page, title, page.equals("index.html") ? "home" : "").asPending();
  }

  /** The home page of a set without a root index page; its listing comes later. */
  private byte[] home(String page, String title) {
    return theme.render("home", layout(context(), page, title), new HomePageView(title, null, null, 0, 0, 0, null))
        .getBytes(StandardCharsets.UTF_8);
  }

  /** A page of the site's own, which lists or counts every runbook: it comes once all are read. */
  private byte[] later(String page) {
    SiteContext site = context();
    String what = GeneratedPages.described(site.catalog().categoryPages(), options.rules())
        .getOrDefault(page, "this page of the site");
    String body = "<p>" + Entities.escape(capitalised(what)) + " is made from every runbook: it appears here once all "
        + sketch.set().documents().size() + " files are read, and this page then reloads by itself.</p>";
    return theme.render("home", layout(site, page, "Reading the runbooks"),
        new HomePageView("Reading the runbooks", null, body, 0, 0, 0, null)).getBytes(StandardCharsets.UTF_8);
  }

  private byte[] notFound() {
    SiteContext site = context();
    return theme.render("404", site.layout(GeneratedPages.NOT_FOUND, "Page not found", ""), null)
        .getBytes(StandardCharsets.UTF_8);
  }

  private static String capitalised(String text) {
    return text.isEmpty() ? text : text.substring(0, 1).toUpperCase(Locale.ROOT) + text.substring(1);
  }
}
