package dev.runbook.core.model;

import java.util.Optional;

/**
 * Where a link leads, once resolved against its file and the set.
 *
 * @param kind what sort of target
 * @param path for {@link Kind#INTERNAL}: the target's path relative to the root (a folder link
 *     names the folder's index page); for {@link Kind#OUTSIDE_ROOT}: the path as resolved
 * @param fragment the decoded {@code #fragment}, or empty
 * @param exists whether the target file exists
 * @param document the target when it is a parsed Markdown file of the set
 * @param siteUrl when the link was read as a URL of the set's own site ({@code site.url_style},
 *     {@code site.base_path}): that URL as a path from the host's root, base path included
 *     ({@code /manual/x.html}); else empty
 */
public record LinkTarget(
    Kind kind, String path, String fragment, boolean exists, Optional<Runbook> document, String siteUrl) {

  /** A target found as a file of the set, not as a URL of its site. */
  public LinkTarget(Kind kind, String path, String fragment, boolean exists, Optional<Runbook> document) {
    this(kind, path, fragment, exists, document, "");
  }

  /** True when the link was read as a URL of the set's own site. */
  public boolean viaSiteUrl() {
    return !siteUrl.isEmpty();
  }

  /** The sorts of link target. */
  public enum Kind {
    /** http or https. */
    EXTERNAL,
    /** javascript:, data: or vbscript:. */
    UNSAFE,
    /** mailto:, tel: and other schemes not checked. */
    OTHER_SCHEME,
    /** A file or anchor below the root (a bare {@code #anchor} targets its own file). */
    INTERNAL,
    /** A relative path that leaves the root, or a site path outside the set's own site. */
    OUTSIDE_ROOT,
    /** Nothing to check (an empty destination). */
    EMPTY
  }

  public boolean hasFragment() {
    return !fragment.isEmpty();
  }
}
