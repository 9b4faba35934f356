package dev.runbook.core.site.render;

import dev.runbook.core.model.Link;
import dev.runbook.core.model.LinkTarget;
import dev.runbook.core.model.Runbook;
import dev.runbook.core.model.SetIndex;
import java.util.Locale;
import java.util.Optional;

/**
 * Turns a link destination written in a document into an href on its page. Links resolve exactly
 * as the linter resolves them ({@link SetIndex}); {@code .md} targets become their pages, anchors
 * are kept when the target has them, linked files are published, and only http, https, mailto and
 * relative URLs survive. Thread-safe.
 */
public final class LinkRewriter {
  private final SetIndex index;
  private final PagePaths pages;
  private final PublishedFiles files;

  public LinkRewriter(SetIndex index, PagePaths pages, PublishedFiles files) {
    this.index = index;
    this.pages = pages;
    this.files = files;
  }

  /** The href for {@code destination} written in {@code from}. */
  public Href rewrite(Runbook from, String destination) {
    return rewrite(from, destination, index.resolve(from, destination));
  }

  /** The href for {@code link}, one of {@code from}'s links: the index resolved it already. */
  public Href rewrite(Runbook from, Link link) {
    return rewrite(from, link.destination(), index.resolve(from, link));
  }

  private Href rewrite(Runbook from, String destination, LinkTarget t) {
    String dest = destination == null ? "" : destination.strip();
    switch (t.kind()) {
      case EXTERNAL:
        return Href.of(dest);
      case OTHER_SCHEME:
        return dest.toLowerCase(Locale.ROOT).startsWith("mailto:")
            ? Href.of(dest) : Href.dropped("only http, https and mailto links are published");
      case UNSAFE:
        return Href.dropped("unsafe link removed");
      case OUTSIDE_ROOT:
        return Href.dropped("not published: the target is outside the runbook folder");
      case EMPTY:
        return Href.dropped("empty link");
      case INTERNAL:
        return internal(from, t);
      default:
        throw new IllegalStateException("unknown link kind " + t.kind());
    }
  }

  private Href internal(Runbook from, LinkTarget t) {
    String fromPage = pages.page(from);
    if (t.document().isPresent()) {
      Runbook target = t.document().get();
      String page = pages.page(target);
      boolean anchor = t.hasFragment() && !target.isMovedStub() && target.hasAnchor(t.fragment());
      String fragment = anchor ? "#" + Hrefs.encode(t.fragment()) : "";
      if (target.path().equals(from.path())) {
        return Href.of(anchor ? fragment : Hrefs.relative(fromPage, page));
      }
      return Href.of(Hrefs.relative(fromPage, page) + fragment);
    }
    if (!t.exists()) {
      return Href.dropped("not published: the link target does not exist");
    }
    Optional<String> refusal = files.refusal(t.path());
    if (refusal.isPresent()) {
      return Href.dropped("not published: " + refusal.get());
    }
    return Href.of(Hrefs.relative(fromPage, t.path()));
  }
}
