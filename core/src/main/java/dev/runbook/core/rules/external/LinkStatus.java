package dev.runbook.core.rules.external;

import java.util.Objects;

/**
 * What checking one external link found.
 *
 * @param url the link exactly as it was handed to {@link ExternalLinkChecker#check}, fragment
 *     included
 * @param ok whether the link answered 2xx or 3xx
 * @param status the last HTTP status seen, or 0 when there was no HTTP answer at all
 * @param problem a short sentence saying what went wrong (such as {@code answered 404 Not Found}
 *     or {@code timed out after 10 s (3 attempts)}); empty when {@code ok}
 * @param fromCache whether the result came from the cache file instead of a request
 */
public record LinkStatus(String url, boolean ok, int status, String problem, boolean fromCache) {
  /** @throws IllegalArgumentException for a status outside 0..999, or an ok link with a problem */
  public LinkStatus {
    Objects.requireNonNull(url, "url");
    Objects.requireNonNull(problem, "problem");
    if (status < 0 || status > 999) {
      throw new IllegalArgumentException("status must be 0..999, got " + status);
    }
    if (ok && !problem.isEmpty()) {
      throw new IllegalArgumentException("a link that is ok has no problem: " + problem);
    }
  }

  /** The same finding for another spelling of the link (such as one with a fragment). */
  LinkStatus forUrl(String otherUrl) {
    return new LinkStatus(otherUrl, ok, status, problem, fromCache);
  }
}
