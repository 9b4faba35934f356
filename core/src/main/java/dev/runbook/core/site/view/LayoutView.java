package dev.runbook.core.site.view;

import java.util.List;

/**
 * The frame of every page.
 *
 * @param siteTitle the site's name
 * @param pageTitle this page's title
 * @param root the relative way from this page to the site root ({@code ""} or {@code "../"}…)
 * @param own the relative way from this page to the folder of the site's own pages and assets
 *     ({@code "-/"}, {@code "../-/"}…)
 * @param pagePath this page's path in the site; the key of its ticked steps
 * @param canonical the page's public address when a base URL is set, else null
 * @param nav the site's main links, the current one marked
 * @param base an absolute base URL for pages served at any depth (the 404 page), or null
 * @param today the day the review states were computed for, {@code YYYY-MM-DD}
 * @param pending true on a page {@code runbook serve} shows before it has read the whole set:
 *     what depends on the other files (the pages that link here, the listings) is not shown
 */
public record LayoutView(
    String siteTitle,
    String pageTitle,
    String root,
    String own,
    String pagePath,
    String canonical,
    List<NavLink> nav,
    String base,
    String today,
    boolean pending) {

  /** The frame of a page made from the whole set. */
  public LayoutView(String siteTitle, String pageTitle, String root, String own, String pagePath, String canonical,
      List<NavLink> nav, String base, String today) {
    this(siteTitle, pageTitle, root, own, pagePath, canonical, nav, base, today, false);
  }

  /** The same frame on a page made before the whole set is read. */
  public LayoutView asPending() {
    return new LayoutView(siteTitle, pageTitle, root, own, pagePath, canonical, nav, base, today, true);
  }

  /** What the browser's title bar shows: the page, then the site unless they are the same. */
  public String documentTitle() {
    return pageTitle.equals(siteTitle) ? siteTitle : pageTitle + " · " + siteTitle;
  }
}
