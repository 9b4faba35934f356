package dev.runbook.cli.daemon;

import dev.runbook.cli.Main;
import java.io.IOException;
import java.io.PrintStream;
import java.io.PrintWriter;
import java.net.StandardProtocolFamily;
import java.net.UnixDomainSocketAddress;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.ServerSocketChannel;
import java.nio.channels.SocketChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;

/**
 * The background process: listens on a Unix domain socket in the private {@link DaemonFolder}
 * and runs each request on its own thread ({@link DaemonConnection}). It ends by itself when
 * idle for {@code RUNBOOK_DAEMON_IDLE} seconds (default an hour), when the jar it was started
 * from changes (a rebuilt jar gets its own socket name from the client, so nothing would reach
 * this one again), or on a {@code stop} request.
 *
 * <p>Usage: {@code java -cp runbook.jar dev.runbook.cli.daemon.DaemonServer SOCKET}.
 */
public final class DaemonServer {
  /** How long after a start that never came up the client tries again (runbook-client.py's RETRY_AFTER). */
  public static final java.time.Duration RETRY_AFTER = java.time.Duration.ofMinutes(10);

  static final Duration DEFAULT_IDLE = Duration.ofHours(1);

  private final Path socket;
  private final Path jar;
  private final String jarKey;
  private final Duration idle;
  private final PrintStream log;
  private final Instant started = Instant.now();
  private final AtomicInteger running = new AtomicInteger();
  private final AtomicLong served = new AtomicLong();
  private final AtomicLong lastActivity = new AtomicLong(System.nanoTime());
  private final CountDownLatch stopped = new CountDownLatch(1);
  private volatile String stopReason = "";
  private final Command command;

  /** What runs a request's command line: {@link Main#executeFor} (tests give a stand-in). */
  @FunctionalInterface
  interface Command {
    int run(DaemonRequest request, PrintWriter out, PrintWriter err);
  }

  DaemonServer(Path socket, Path jar, Duration idle, PrintStream log) {
    this(socket, jar, idle, log, (r, out, err) -> Main.executeFor(r.workingDir(), r.variables(), r.outTty(),
        r.errTty(), out, err, r.args().toArray(String[]::new)));
  }

  DaemonServer(Path socket, Path jar, Duration idle, PrintStream log, Command command) {
    this.command = command;
    this.socket = socket;
    this.jar = jar;
    this.jarKey = jarKey(jar);
    this.idle = idle;
    this.log = log;
  }

  public static void main(String[] args) throws Exception {
    if (args.length != 1) {
      System.err.println("usage: DaemonServer SOCKET");
      System.exit(2);
    }
    Path jar = Path.of(DaemonServer.class.getProtectionDomain().getCodeSource().getLocation().toURI());
    DaemonServer server = new DaemonServer(Path.of(args[0]).toAbsolutePath(), jar, idle(System.getenv()), System.err);
    System.exit(server.run() ? 0 : 1);
  }

  /** The idle timeout {@code RUNBOOK_DAEMON_IDLE} (seconds) asks for, else an hour. */
  static Duration idle(Map<String, String> variables) {
    try {
      String s = variables.get("RUNBOOK_DAEMON_IDLE");
      return s == null || s.isBlank() ? DEFAULT_IDLE : Duration.ofMillis((long) (Double.parseDouble(s) * 1000));
    } catch (NumberFormatException e) {
      return DEFAULT_IDLE;
    }
  }

  /** What identifies the jar's build: its size and modification time. */
  static String jarKey(Path jar) {
    try {
      return Files.size(jar) + ":" + Files.getLastModifiedTime(jar).toMillis();
    } catch (IOException e) {
      return "missing";
    }
  }

  /**
   * The file the client leaves when it starts a process for {@code socket} ({@code d-KEY.tried}
   * beside {@code d-KEY.sock}); the process removes it once it listens, so one that stays means the
   * start failed, and the client tries again {@link #RETRY_AFTER} later.
   */
  static Path triedMarker(Path socket) {
    String name = socket.getFileName().toString();
    return socket.resolveSibling((name.endsWith(".sock") ? name.substring(0, name.length() - 5) : name) + ".tried");
  }

  /**
   * Serves until stopped; false when it could not start (an unsafe folder, or another server
   * already holding this socket's lock).
   */
  boolean run() throws IOException, InterruptedException {
    Path folder = socket.getParent();
    try {
      DaemonFolder.check(folder);
    } catch (IOException e) {
      log.println("runbook daemon: not started: " + e.getMessage());
      return false;
    }
    Path lockFile = folder.resolve(socket.getFileName() + ".lock");
    try (FileChannel lockChannel = FileChannel.open(lockFile, StandardOpenOption.CREATE, StandardOpenOption.WRITE);
        FileLock lock = lockChannel.tryLock()) {
      if (lock == null) {
        log.println("runbook daemon: not started: another one serves " + socket);
        return false;
      }
      Files.deleteIfExists(socket);
      boolean handedOver = false;
      try (ServerSocketChannel server = ServerSocketChannel.open(StandardProtocolFamily.UNIX)) {
        server.bind(UnixDomainSocketAddress.of(socket));
        Files.setPosixFilePermissions(socket, PosixFilePermissions.fromString("rw-------"));
        // Up: the client's note of a start in progress goes (one left behind means a start failed).
        Files.deleteIfExists(triedMarker(socket));
        log.println("runbook daemon: pid " + ProcessHandle.current().pid() + " serving " + socket + " at " + started);
        log.flush();
        Thread acceptor = thread("runbook-daemon-accept", () -> accept(server));
        acceptor.start();
        Thread watchdog = thread("runbook-daemon-watchdog", this::watch);
        watchdog.start();
        stopped.await();
        log.println("runbook daemon: stopping: " + stopReason);
        log.flush();
        // No new connections, and the socket and lock given up, so that a new process can serve the
        // next calls while the commands running here finish and send their output (a serve runs
        // until its writer stops it: it is not cut off).
        server.close();
        Files.deleteIfExists(socket);
        lock.release();
        handedOver = true;
        while (running.get() > 0) {
          Thread.sleep(100);
        }
      } finally {
        if (!handedOver) {
          Files.deleteIfExists(socket);
        }
      }
    }
    return true;
  }

  private void accept(ServerSocketChannel server) {
    while (stopped.getCount() > 0) {
      try {
        SocketChannel ch = server.accept();
        thread("runbook-daemon-request", () -> new DaemonConnection(this, ch).serve()).start();
      } catch (IOException e) {
        stop("the socket failed: " + e.getMessage());
        return;
      }
    }
  }

  private void watch() {
    long step = Math.max(100, Math.min(10_000, idle.toMillis() / 4));
    while (stopped.getCount() > 0) {
      try {
        Thread.sleep(step);
      } catch (InterruptedException e) {
        return;
      }
      if (!jarKey.equals(jarKey(jar))) {
        stop("the jar " + jar + " changed");
      } else if (!Files.exists(socket)) {
        stop("the socket " + socket + " was removed");
      } else if (running.get() == 0 && System.nanoTime() - lastActivity.get() > idle.toNanos()) {
        stop("idle for " + idle.toSeconds() + " s");
      }
    }
  }

  /** Whether a run may start: false once the jar changed (the client then runs the command itself). */
  boolean begin() {
    if (!jarKey.equals(jarKey(jar))) {
      stop("the jar " + jar + " changed");
      return false;
    }
    running.incrementAndGet();
    lastActivity.set(System.nanoTime());
    return true;
  }

  void end() {
    served.incrementAndGet();
    lastActivity.set(System.nanoTime());
    running.decrementAndGet();
  }

  void stop(String reason) {
    if (stopped.getCount() > 0) {
      stopReason = reason;
      stopped.countDown();
    }
  }

  String status() {
    Runtime rt = Runtime.getRuntime();
    long mb = 1024 * 1024;
    return "runbook daemon: pid " + ProcessHandle.current().pid() + ", socket " + socket
        + "\n  jar " + jar + ", Java " + System.getProperty("java.version")
        + "\n  up " + Duration.between(started, Instant.now()).toSeconds() + " s, " + served.get() + " commands served, "
        + running.get() + " running; stops after " + idle.toSeconds() + " s idle"
        + "\n  heap " + (rt.totalMemory() - rt.freeMemory()) / mb + " MB used of " + rt.totalMemory() / mb
        + " MB committed (max " + rt.maxMemory() / mb + " MB)\n";
  }

  Command command() {
    return command;
  }

  static Thread thread(String name, Runnable body) {
    // Deep Markdown nests deeply: the same stack as the launcher gives the main thread.
    Thread t = new Thread(null, body, name, 8L * 1024 * 1024);
    t.setDaemon(true);
    return t;
  }
}
