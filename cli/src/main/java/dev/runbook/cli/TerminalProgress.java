package dev.runbook.cli;

import dev.runbook.core.parse.LoadProgress;
import dev.runbook.core.site.SiteProgress;
import java.io.PrintWriter;
import java.util.concurrent.TimeUnit;
import java.util.function.LongSupplier;

/**
 * One updating line on a terminal ("parsed 4,210 of 10,000 files", then "wrote 812 of 10,070
 * pages"), shown only once the work has taken a second, redrawn at most ten times a second, and
 * erased when done. Used only when stderr is a terminal and {@code --quiet} is off. Thread-safe.
 */
final class TerminalProgress implements LoadProgress, SiteProgress {
  private static final long SHOW_AFTER = TimeUnit.SECONDS.toNanos(1);
  private static final long REDRAW_EVERY = TimeUnit.MILLISECONDS.toNanos(100);

  private final PrintWriter err;
  private final LongSupplier nanoTime;
  private final long started;
  private long lastDrawn;
  private boolean shown;

  TerminalProgress(PrintWriter err) {
    this(err, System::nanoTime);
  }

  TerminalProgress(PrintWriter err, LongSupplier nanoTime) {
    this.err = err;
    this.nanoTime = nanoTime;
    this.started = nanoTime.getAsLong();
  }

  @Override
  public void filesParsed(int done, int total) {
    draw("parsed", done, total, "files");
  }

  @Override
  public void pagesWritten(int written, int planned) {
    draw("wrote", written, planned, "pages");
  }

  private synchronized void draw(String verb, int done, int total, String what) {
    long now = nanoTime.getAsLong();
    if (now - started < SHOW_AFTER || (now - lastDrawn < REDRAW_EVERY && done < total)) {
      return;
    }
    lastDrawn = now;
    shown = true;
    err.printf("\r%s %,d of %,d %s\u001b[K", verb, done, total, what);
    err.flush();
  }

  /** Erases the line, if it was drawn. */
  synchronized void clear() {
    if (shown) {
      err.print("\r\u001b[K");
      err.flush();
      shown = false;
    }
  }
}
