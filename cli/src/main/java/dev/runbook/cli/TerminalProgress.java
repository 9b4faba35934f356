package dev.runbook.cli;

import dev.runbook.core.parse.LoadProgress;
import java.io.PrintWriter;
import java.util.concurrent.TimeUnit;

/**
 * One updating line on a terminal ("parsed 4,210 of 10,000 files"), shown only once the work
 * has taken a second, redrawn at most ten times a second, and erased when done. Used only when
 * stderr is a terminal and {@code --quiet} is off.
 */
final class TerminalProgress implements LoadProgress {
  private static final long SHOW_AFTER = TimeUnit.SECONDS.toNanos(1);
  private static final long REDRAW_EVERY = TimeUnit.MILLISECONDS.toNanos(100);

  private final PrintWriter err;
  private final java.util.function.LongSupplier nanoTime;
  private final long started;
  private long lastDrawn;
  private boolean shown;

  TerminalProgress(PrintWriter err) {
    this(err, System::nanoTime);
  }

  TerminalProgress(PrintWriter err, java.util.function.LongSupplier nanoTime) {
    this.err = err;
    this.nanoTime = nanoTime;
    this.started = nanoTime.getAsLong();
  }

  @Override
  public synchronized void filesParsed(int done, int total) {
    long now = nanoTime.getAsLong();
    if (now - started < SHOW_AFTER || (now - lastDrawn < REDRAW_EVERY && done < total)) {
      return;
    }
    lastDrawn = now;
    shown = true;
    err.printf("\rparsed %,d of %,d files\u001b[K", done, total);
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
