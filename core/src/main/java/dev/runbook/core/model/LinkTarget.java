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
 */
public record LinkTarget(
    Kind kind, String path, String fragment, boolean exists, Optional<Runbook> document) {

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
    /** A relative path that leaves the root. */
    OUTSIDE_ROOT,
    /** Nothing to check (an empty destination). */
    EMPTY
  }

  public boolean hasFragment() {
    return !fragment.isEmpty();
  }
}
