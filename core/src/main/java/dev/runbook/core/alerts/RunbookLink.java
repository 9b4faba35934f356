package dev.runbook.core.alerts;

import dev.runbook.core.model.Runbook;
import java.util.Optional;

/**
 * Where an alert's runbook URL leads.
 *
 * @param status what became of it
 * @param url the annotation's value
 * @param runbook the runbook it names, when {@link Status#RESOLVED} or {@link Status#BROKEN_FRAGMENT}
 * @param wanted for {@link Status#BROKEN_PATH}: the path relative to the root it looked for
 * @param fragment the decoded {@code #fragment}, or ""
 */
public record RunbookLink(Status status, String url, Optional<Runbook> runbook, String wanted, String fragment) {

  /** What became of a runbook URL. */
  public enum Status {
    /** It names a runbook (or another file of the set), fragment included. */
    RESOLVED,
    /** It matches a pattern (or is a file path) but names no runbook. */
    BROKEN_PATH,
    /** It names a runbook whose anchors do not hold its fragment. */
    BROKEN_FRAGMENT,
    /** A template in its path ({@code {{ $labels.x }}}): it cannot be followed offline. */
    UNRESOLVABLE,
    /** It matches no pattern: left to {@code --external}. */
    UNMATCHED
  }

  static RunbookLink of(Status s, String url) {
    return new RunbookLink(s, url, Optional.empty(), "", "");
  }
}
