package dev.runbook.cli;

import dev.runbook.core.site.SiteProgress;
import java.io.PrintWriter;

/**
 * The one updating line a long build shows on a terminal: it appears after the first second and
 * is redrawn at most ten times a second; {@link #finish} clears it. Thread-safe.
 */
final class TerminalProgress implements SiteProgress {
  private static final long DELAY_NANOS = 1_000_000_000L;
  private static final long EVERY_NANOS = 100_000_000L;

  private final PrintWriter err;
  private final long start = System.nanoTime();
  private long last;
  private boolean shown;

  TerminalProgress(PrintWriter err) {
    this.err = err;
  }

  @Override
  public synchronized void pagesWritten(int written, int planned) {
    long now = System.nanoTime();
    if (now - start < DELAY_NANOS || now - last < EVERY_NANOS) {
      return;
    }
    last = now;
    shown = true;
    err.print("\rWriting pages: " + written + " of " + planned + " ");
    err.flush();
  }

  /** Clears the line, if one was drawn. */
  synchronized void finish() {
    if (shown) {
      err.print("\r" + " ".repeat(40) + "\r");
      err.flush();
      shown = false;
    }
  }
}
