package dev.runbook.core.site;

/**
 * Told as pages are written, for a progress line on a terminal. Called from many threads at once:
 * implementations must be thread-safe and cheap.
 */
@FunctionalInterface
public interface SiteProgress {
  /** No progress reports. */
  SiteProgress NONE = (written, planned) -> { };

  /**
   * @param written pages written so far
   * @param planned pages the build expects to write (redirects may add a few)
   */
  void pagesWritten(int written, int planned);
}
