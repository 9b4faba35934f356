package dev.runbook.cli.serve;

import dev.runbook.core.check.CheckFailure;
import dev.runbook.core.check.CheckOptions;
import dev.runbook.core.check.CheckRunner;
import dev.runbook.core.preview.EarlySite;
import dev.runbook.core.preview.FolderWatcher;
import dev.runbook.core.preview.PageFindings;
import dev.runbook.core.preview.PreviewSite;
import dev.runbook.core.preview.PreviewUpdate;
import dev.runbook.core.report.Diagnostic;
import dev.runbook.core.report.Severity;
import dev.runbook.core.site.EarlyPages;
import dev.runbook.core.site.SiteException;
import java.io.IOException;
import java.io.PrintWriter;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.LocalTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Executor;
import java.util.concurrent.TimeUnit;

/**
 * A running {@code runbook serve}: the preview site in a temporary folder, the server over it and
 * the watcher that feeds changes to it. The server answers at once: until the whole site is built
 * (on another thread), each page is made when it is asked for ({@link EarlySite}), and once it is
 * built every open page reloads. Changes are handled on the watcher's thread one batch at a time;
 * open pages hear about the pages of changed documents as soon as those are written, and about
 * listings afterwards. Prints one line per change that changed something. Longer than most
 * classes: it owns both ways of serving (pages made on demand, then the built site), the switch
 * between them and the loop of changes.
 */
public final class LivePreview implements AutoCloseable {
  private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HH:mm:ss");
  /** How long the build waits for the first page to be asked for and answered before it starts. */
  private static final Duration FIRST_PAGE_GRACE = Duration.ofMillis(500);
  /** How long stopping waits for a build under way to end before it deletes the files anyway. */
  private static final Duration CLOSE_WAIT = Duration.ofSeconds(10);

  /**
   * How to serve.
   *
   * @param check which runbooks, which config, which day
   * @param host the address to listen on
   * @param port the port, 0 for any free one
   * @param poll watch by polling instead of change events
   * @param quiet how long a burst of saves must be quiet before the preview follows it
   * @param silent print only errors
   * @param clock for the time of day on each line
   * @param timeouts how long a client may take to send a request and to take its answer
   */
  public record Settings(CheckOptions check, String host, int port, boolean poll, Duration quiet, boolean silent,
      Clock clock, PreviewServer.Timeouts timeouts) {}

  private final Settings settings;
  private final PrintWriter out;
  private final PrintWriter err;
  private final PreviewServer server;
  private final Path work;
  /** What is served until the site is built; null after (it holds a sketch of the whole set). */
  private volatile EarlySite early;
  private final CompletableFuture<Void> built = new CompletableFuture<>();
  /**
   * Counted down when the first request for the site is answered, its bytes sent: the build waits
   * for it, a little, so that on two cores it does not take their time from the first page.
   */
  private final CountDownLatch firstPage = new CountDownLatch(1);
  /** Counted down when a build that started is over; {@link #close} waits for it before deleting its files. */
  private final CountDownLatch buildOver = new CountDownLatch(1);
  private volatile boolean building;
  /** Null until the whole site is built. */
  private volatile PreviewSite preview;
  private FolderWatcher watcher;
  private List<Path> watched;
  private volatile boolean closed;

  private LivePreview(Settings settings, PrintWriter out, PrintWriter err, PreviewServer server, Path work,
      EarlySite early) {
    this.settings = settings;
    this.out = out;
    this.err = err;
    this.server = server;
    this.work = work;
    this.early = early;
  }

  /**
   * Binds the port, starts serving, and builds the site on a thread of its own; watches for
   * changes once it is built.
   *
   * @throws java.net.BindException when the port is in use
   * @throws IOException when the address cannot be used or the temporary folder not made
   * @throws CheckFailure when the config or the runbook folder is broken
   * @throws SiteException when the theme is broken
   */
  public static LivePreview start(Settings settings, PrintWriter out, PrintWriter err)
      throws IOException, CheckFailure, SiteException {
    return start(settings, out, err, job -> {
      Thread t = new Thread(job, "runbook-serve-build");
      t.setDaemon(true);
      t.start();
    });
  }

  /** As {@link #start(Settings, PrintWriter, PrintWriter)}, building the site on {@code builder}. */
  public static LivePreview start(Settings settings, PrintWriter out, PrintWriter err, Executor builder)
      throws IOException, CheckFailure, SiteException {
    long start = System.nanoTime();
    // The port is bound and the work folder made while the home page is read, which on a big set
    // takes longer than listing the set (see EarlySite.open): a port in use is still known before
    // the site is built.
    PreviewServer[] bound = new PreviewServer[1];
    Path[] made = new Path[1];
    try {
      CheckRunner runner = new CheckRunner();
      EarlySite early = EarlySite.open(settings.check(), runner, () -> {
        bound[0] = PreviewServer.bind(settings.host(), settings.port(), settings.timeouts());
        try {
          made[0] = Files.createTempDirectory("runbook-serve-");
        } catch (IOException e) {
          throw new IOException("cannot make a temporary folder in " + System.getProperty("java.io.tmpdir")
              + " (" + e + "); point java.io.tmpdir at a writable folder, e.g. RUNBOOK_JAVA_OPTS=-Djava.io.tmpdir=/var/tmp", e);
        }
        return made[0].resolve("early");
      });
      PreviewServer server = bound[0];
      Path work = made[0];
      LivePreview live = new LivePreview(settings, out, err, server, work, early);
      server.start(live.source());
      if (!settings.silent()) {
        out.printf("runbook: serving %s at %s (Ctrl-C to stop)%n", label(settings, early.root()),
            server.url());
        out.flush();
      }
      builder.execute(() -> live.build(runner, start));
      return live;
    } catch (IOException | CheckFailure | SiteException | RuntimeException e) {
      if (bound[0] != null) {
        bound[0].close();
      }
      if (made[0] != null) {
        deleteTree(made[0]);
      }
      throw e;
    }
  }

  /** What the server shows: the pages made on demand until the site is built, then the site. */
  private PreviewServer.Source source() {
    return new PreviewServer.Source() {
      // Early is read before preview: it is dropped only after preview is set, so one of them is there.
      @Override
      public Path folder() {
        EarlySite e = early;
        PreviewSite p = preview;
        return p == null ? e.folder() : p.folder();
      }

      @Override
      public PageFindings findings(String page) {
        EarlySite e = early;
        PreviewSite p = preview;
        return p == null ? e.findings(page) : p.findings(page);
      }

      @Override
      public Optional<EarlyPages.Page> made(String page) {
        EarlySite e = early;
        PreviewSite p = preview;
        return p == null ? e.page(page) : Optional.empty();
      }

      @Override
      public void answered() {
        firstPage.countDown();
      }
    };
  }

  /** Builds the whole site, serves it, tells every open page to reload and starts watching. */
  private void build(CheckRunner runner, long start) {
    building = true;
    try {
      if (closed) {
        built.complete(null);
        return;
      }
      // On two cores a build started at once would take most of the time the first page needs.
      firstPage.await(FIRST_PAGE_GRACE.toMillis(), TimeUnit.MILLISECONDS);
      PreviewSite site = PreviewSite.open(settings.check(), runner, work);
      synchronized (this) {
        if (closed) {
          site.close();
          built.complete(null);
          return;
        }
        preview = site;
        // Pages served before now (from the early site) come again, with backlinks, listings and findings.
        server.changed(List.of(), true);
        early.close();
        early = null;
        watch();
        Set<Path> missed = site.changedSinceBuilt();
        if (!missed.isEmpty()) {
          changed(missed);
        }
      }
      if (!settings.silent()) {
        out.printf("runbook: checked %d files and built the site in %s: %s%n", site.report().files().size(),
            duration(millis(start)), PreviewSite.summary(site.report().counts()));
        if (watcher.polling()) {
          out.println("runbook: watching for changes by polling"
              + (settings.poll() ? "" : " (the file system sends no change events here)"));
        }
        out.flush();
      }
      built.complete(null);
    } catch (CheckFailure | SiteException | RuntimeException e) {
      built.completeExceptionally(e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      built.completeExceptionally(e);
    } finally {
      buildOver.countDown();
    }
  }

  /**
   * Done when the whole site is built and served (or the preview was closed first); failed with
   * the {@link CheckFailure} or {@link SiteException} that stopped the build.
   */
  public CompletableFuture<Void> built() {
    return built;
  }

  /** The address of the home page. */
  public URI url() {
    return server.url();
  }

  /** The folder the site is served from now (it changes when everything is built again). */
  public Path folder() {
    EarlySite e = early;
    PreviewSite p = preview;
    return p == null ? e.folder() : p.folder();
  }

  private void watch() {
    watched = preview.watched();
    watcher = FolderWatcher.start(watched, settings.quiet(), settings.poll(), this::changed);
  }

  /** One batch of changed files: update, tell the pages, print a line. One batch at a time. */
  private synchronized void changed(Set<Path> paths) {
    PreviewSite preview = this.preview;
    if (closed || preview == null) {
      return;
    }
    Set<String> sent = new java.util.HashSet<>();
    PreviewUpdate update = preview.refresh(paths, ready -> {
      List<String> fresh = ready.pages().stream().filter(sent::add).toList();
      if (!fresh.isEmpty()) {
        server.changed(fresh, false);
      }
    });
    if (update.isEmpty()) {
      return;
    }
    if (update.full()) {
      server.changed(List.of(), true);
    } else {
      List<String> later = new ArrayList<>(update.pages());
      later.removeAll(sent);
      if (!later.isEmpty() || sent.isEmpty()) {
        server.changed(later, false);
      }
    }
    report(update);
    if (!preview.watched().equals(watched)) {
      watcher.close();
      watch();
    }
  }

  private void report(PreviewUpdate u) {
    PreviewSite preview = this.preview;
    String time = LocalTime.now(settings.clock()).format(TIME);
    if (!u.errors().isEmpty()) {
      err.printf("%s not updated: %s (still serving the last version that built)%n", time,
          String.join("; ", u.errors()));
      err.flush();
      return;
    }
    if (settings.silent()) {
      return;
    }
    String all = PreviewSite.summary(preview.report().counts()) + " in all";
    if (u.full()) {
      out.printf("%s rebuilt everything in %s; %s%n", time, duration(u.millis()), all);
    } else {
      Map<Severity, Integer> here = new EnumMap<>(Severity.class);
      Set<String> docs = new TreeSet<>(u.documents());
      for (Diagnostic d : preview.report().diagnostics()) {
        if (docs.contains(d.file())) {
          here.merge(d.severity(), 1, Integer::sum);
        }
      }
      String what = u.documents().isEmpty() ? "linked files"
          : u.documents().get(0) + (u.documents().size() > 1 ? " and " + (u.documents().size() - 1) + " more" : "");
      out.printf("%s %s: %d files in %d ms; %s; %s%n", time, what, u.written().size() + u.removed().size(),
          u.millis(), PreviewSite.summary(here) + (u.documents().size() > 1 ? " in them" : " in it"), all);
    }
    out.flush();
  }

  private static String label(Settings settings, Path root) {
    Path wd = settings.check().workingDir().toAbsolutePath().normalize();
    try {
      wd = wd.toRealPath();
    } catch (IOException e) {
      // The working folder as given.
    }
    if (root.startsWith(wd) && !root.equals(wd)) {
      return wd.relativize(root) + "/";
    }
    return root.toString();
  }

  private static long millis(long start) {
    return (System.nanoTime() - start) / 1_000_000;
  }

  private static String duration(long millis) {
    return millis < 1000 ? millis + " ms" : String.format(java.util.Locale.ROOT, "%.1f s", millis / 1000.0);
  }

  /**
   * Stops watching and serving and deletes the temporary files, once a change being handled is
   * done (stopping the watcher interrupts it). Safe to call twice.
   */
  @Override
  public void close() {
    if (closed) {
      return;
    }
    closed = true;
    if (watcher != null) {
      watcher.close();
    }
    server.close();
    if (building) {
      // A build under way writes into the work folder: let it end first (it stops at once when it
      // sees closed), also when stopping was an interrupt.
      boolean interrupted = Thread.interrupted();
      try {
        buildOver.await(CLOSE_WAIT.toMillis(), TimeUnit.MILLISECONDS);
      } catch (InterruptedException e) {
        interrupted = true;
      } finally {
        if (interrupted) {
          Thread.currentThread().interrupt();
        }
      }
    }
    synchronized (this) {
      if (preview != null) {
        preview.close();
      }
      if (early != null) {
        early.close();
      }
      deleteTree(work);
    }
  }

  private static void deleteTree(Path folder) {
    try (var walk = Files.walk(folder)) {
      for (Path p : walk.sorted(java.util.Comparator.reverseOrder()).toList()) {
        Files.deleteIfExists(p);
      }
    } catch (IOException | java.io.UncheckedIOException e) {
      // Best effort: the system's temporary folder is cleaned eventually.
    }
  }
}
