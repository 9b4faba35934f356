package dev.runbook.core.site;

import java.util.List;

/**
 * What one step of a {@link SiteSession} changed in its folder.
 *
 * @param written site paths written (pages and other files), sorted
 * @param removed site paths deleted, sorted
 */
public record SiteUpdate(List<String> written, List<String> removed) {
  public SiteUpdate {
    written = written.stream().sorted().toList();
    removed = removed.stream().sorted().toList();
  }

  /** True when nothing was written or deleted. */
  public boolean isEmpty() {
    return written.isEmpty() && removed.isEmpty();
  }
}
