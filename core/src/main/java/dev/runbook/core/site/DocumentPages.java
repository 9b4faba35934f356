package dev.runbook.core.site;

import dev.runbook.core.model.Heading;
import dev.runbook.core.model.LinkTarget;
import dev.runbook.core.model.RiskLevel;
import dev.runbook.core.model.Runbook;
import dev.runbook.core.report.Diagnostic;
import dev.runbook.core.site.data.SearchIndex;
import dev.runbook.core.site.data.SearchWords;
import dev.runbook.core.site.render.Hrefs;
import dev.runbook.core.site.render.RenderedBody;
import dev.runbook.core.site.view.DocumentPageView;
import dev.runbook.core.site.view.FindingView;
import dev.runbook.core.site.view.LinkView;
import dev.runbook.core.site.view.RedirectPageView;
import dev.runbook.core.site.view.RunbookPageView;
import dev.runbook.core.site.view.TocEntry;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * The page of each document: a runbook page, an index or reference page, or, for a {@code
 * moved_to} stub, a redirect. Called from many threads at once; holds no state of its own.
 */
final class DocumentPages {
  private final SiteContext site;
  private final SearchIndex search;

  DocumentPages(SiteContext site, SearchIndex search) {
    this.site = site;
    this.search = search;
  }

  /** Writes the page of {@code doc}, which is slot {@code slot} of the search index. */
  void write(int slot, Runbook doc) throws IOException {
    String page = site.paths().page(doc);
    if (doc.isMovedStub()) {
      Optional<Runbook> target = movedTo(doc);
      if (target.isPresent()) {
        site.bodyNotes().remove(doc.path());
        redirect(site, page, target.get().title(), site.paths().page(target.get()));
        return;
      }
    }
    RenderedBody body = render(doc);
    Optional<SiteCatalog.Entry> entry = site.catalog().entry(doc.path());
    byte[] html;
    if (entry.isPresent()) {
      html = site.theme().render("runbook", site.layout(page, doc.title(), ""),
          bodyHtml -> runbookView(entry.get(), page, body, bodyHtml), body);
    } else {
      html = site.theme().render("document", site.layout(page, doc.title(), ""),
          bodyHtml -> documentView(doc, page, body, bodyHtml), body);
    }
    site.sink().page(page, html);
    if (!doc.isMovedStub()) {
      index(slot, doc, page, entry, body);
    }
  }

  /** Renders the root index page's body for the home page and indexes it. */
  RenderedBody homeBody(int slot, Runbook doc) {
    RenderedBody body = render(doc);
    index(slot, doc, site.paths().page(doc), Optional.empty(), body);
    return body;
  }

  /** The body of {@code doc}, its notes recorded. */
  private RenderedBody render(Runbook doc) {
    RenderedBody body = site.markdown().render(doc, site.links());
    site.bodyNotes().put(doc.path(), body.notes());
    return body;
  }

  private Optional<Runbook> movedTo(Runbook doc) {
    Optional<String> dest = doc.frontMatter().string("moved_to");
    if (dest.isEmpty()) {
      return Optional.empty();
    }
    LinkTarget t = site.index().resolve(doc, dest.get());
    return t.kind() == LinkTarget.Kind.INTERNAL ? t.document().filter(d -> d != doc) : Optional.empty();
  }

  static void redirect(SiteContext site, String page, String title, String targetPage) throws IOException {
    redirect(site, page, "Moved: " + title, "This page has moved to", title, targetPage, "");
  }

  /**
   * A page that sends the reader on to {@code targetPage}, titled {@code pageTitle}; its body
   * reads "{@code lead} <a>{@code title}</a>." {@code fragment} (decoded, or "") is the anchor
   * on the target page to open at.
   */
  static void redirect(SiteContext site, String page, String pageTitle, String lead, String title, String targetPage,
      String fragment) throws IOException {
    String href = Hrefs.relative(page, targetPage) + (fragment.isEmpty() ? "" : "#" + Hrefs.encode(fragment));
    String html = site.theme().render("redirect", site.layout(page, pageTitle, ""),
        new RedirectPageView(href, title, lead));
    site.sink().page(page, html);
  }

  private RunbookPageView runbookView(SiteCatalog.Entry e, String page, RenderedBody body, String bodyHtml) {
    Runbook doc = e.doc();
    return new RunbookPageView(
        e.title(),
        body.titleId(),
        e.risk().map(RunbookViews::risk).orElse(null),
        e.owner(),
        site.views().review(e),
        e.category(),
        Hrefs.relative(page, site.catalog().categoryPage(e.category())),
        RunbookViews.automationLabel(e.automation()),
        e.tags(),
        toc(doc),
        bodyHtml,
        backlinks(doc, page),
        editUrl(doc),
        doc.path(),
        findings(doc, page),
        AlertViews.of(site.alerts().of(doc.path())));
  }

  private DocumentPageView documentView(Runbook doc, String page, RenderedBody body, String bodyHtml) {
    return new DocumentPageView(doc.title(), body.titleId(), toc(doc), bodyHtml,
        backlinks(doc, page), editUrl(doc), doc.path());
  }

  static List<TocEntry> toc(Runbook doc) {
    List<TocEntry> toc = new ArrayList<>();
    for (Heading h : doc.headings()) {
      if (h.level() == 2 || h.level() == 3) {
        toc.add(new TocEntry(h.anchor(), h.text(), h.level() == 3));
      }
    }
    return toc;
  }

  private List<LinkView> backlinks(Runbook doc, String page) {
    List<LinkView> links = new ArrayList<>();
    for (String from : site.index().backlinks(doc.path())) {
      site.set().get(from).ifPresent(r -> links.add(new LinkView(r.title(), Hrefs.relative(page, site.paths().page(r)))));
    }
    return links;
  }

  /**
   * {@code site.edit_url} with {@code {path}} replaced by the file's path from the folder of
   * {@code runbook.yml} (usually the repository root), else from the runbook root.
   */
  private String editUrl(Runbook doc) {
    return editUrl(site, doc);
  }

  /** As {@link #editUrl(Runbook)}, for any page of {@code site} (serve's early pages too). */
  static String editUrl(SiteContext site, Runbook doc) {
    return site.config().site().editUrl().map(u -> u.replace("{path}", Hrefs.encodePath(sourcePath(site, doc))))
        .orElse(null);
  }

  private static String sourcePath(SiteContext site, Runbook doc) {
    Optional<Path> base = site.configFolder();
    Path file = doc.file();
    if (base.isPresent() && file.startsWith(base.get())) {
      return base.get().relativize(file).toString().replace('\\', '/');
    }
    return doc.path();
  }

  private List<FindingView> findings(Runbook doc, String page) {
    List<FindingView> out = new ArrayList<>();
    for (Diagnostic d : site.findings().getOrDefault(doc.path(), List.of())) {
      boolean documented = site.options().rules().stream().anyMatch(r -> r.id().equals(d.rule()));
      out.add(new FindingView(d.line(), d.rule(), d.name(), d.severity().id(), d.message(),
          documented ? Hrefs.relative(page, GeneratedPages.rulePage(d.rule())) : null));
    }
    return out;
  }

  private static SearchIndex.Page searchPage(Runbook doc, String page, Optional<SiteCatalog.Entry> entry,
      List<String> alerts) {
    StringBuilder keywords = new StringBuilder(doc.title());
    entry.ifPresent(e -> e.tags().forEach(t -> keywords.append(' ').append(t)));
    alerts.forEach(a -> keywords.append(' ').append(a));
    StringBuilder anchors = new StringBuilder();
    boolean named = false;
    int n = 0;
    for (Heading h : doc.headings()) {
      if (h.level() >= 2 && h.anchor() != null && !h.anchor().isEmpty()) {
        String text = h.text().replace('\u00b7', ' ');
        keywords.append(" \u00b7 ").append(text);
        boolean implicit = SearchIndex.implicitAnchor(text).equals(h.anchor());
        anchors.append(n++ == 0 ? "" : " ").append(implicit ? "" : h.anchor());
        named |= !implicit;
      }
    }
    return new SearchIndex.Page(page, doc.title(),
        entry.map(SiteCatalog.Entry::category).orElse(""),
        entry.flatMap(SiteCatalog.Entry::risk).map(RiskLevel::id).orElse(""),
        keywords.toString(), named ? anchors.toString() : "");
  }

  /**
   * Indexes the page: the body's words plus the title, tags and the names of the alerts that link
   * to it, which are not in the body.
   */
  private void index(int slot, Runbook doc, String page, Optional<SiteCatalog.Entry> entry, RenderedBody body) {
    SearchWords words = body.words();
    words.add(doc.title());
    entry.ifPresent(e -> e.tags().forEach(words::add));
    List<String> alerts = site.alerts().namesOf(doc.path());
    alerts.forEach(words::add);
    search.add(slot, searchPage(doc, page, entry, alerts), words.words());
  }
}
