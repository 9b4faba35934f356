package dev.runbook.cli.daemon;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Duration;
import java.util.List;
import java.util.Map;

/**
 * A background process served in this JVM (whose working folder is not the callers'), on a
 * socket in a private folder under {@code tmp}; closing it stops it and waits for its end.
 */
final class RunningDaemon implements AutoCloseable {
  final Path folder;
  final Path socket;
  final Path jar;
  final DaemonServer server;
  final ByteArrayOutputStream log = new ByteArrayOutputStream();
  private final Thread thread;
  private volatile Boolean started;

  RunningDaemon(Path tmp, Duration idle, DaemonServer.Command command) throws IOException {
    folder = Files.createDirectories(tmp.resolve("runtime/runbook"));
    Files.setPosixFilePermissions(folder, PosixFilePermissions.fromString("rwx------"));
    socket = folder.resolve("d-test.sock");
    jar = Files.writeString(tmp.resolve("runbook.jar"), "a stand-in for the jar the server watches");
    PrintStream logStream = new PrintStream(log, true, StandardCharsets.UTF_8);
    server = command == null ? new DaemonServer(socket, jar, idle, logStream)
        : new DaemonServer(socket, jar, idle, logStream, command);
    thread = new Thread(() -> {
      try {
        started = server.run();
      } catch (IOException | InterruptedException e) {
        started = false;
      }
    }, "test-daemon");
    thread.setDaemon(true);
    thread.start();
    for (int i = 0; i < 600 && !Files.exists(socket) && thread.isAlive(); i++) {
      sleep(50);
    }
    if (!Files.exists(socket)) {
      close();
      throw new IllegalStateException("the server did not start: " + log());
    }
  }

  RunningDaemon(Path tmp) throws IOException {
    this(tmp, Duration.ofMinutes(10), null);
  }

  String log() {
    return log.toString(StandardCharsets.UTF_8);
  }

  /** Runs {@code args} as a caller in {@code workingDir} would. */
  Result run(Path workingDir, Map<String, String> variables, String... args) throws IOException {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    ByteArrayOutputStream err = new ByteArrayOutputStream();
    int code = DaemonClient.run(socket, workingDir, List.of(args), variables, out, err);
    return new Result(code, out.toByteArray(), err.toByteArray());
  }

  /** Whether the server ended within {@code limit} (generous: a hang, not a speed, fails a test). */
  boolean endsWithin(Duration limit) throws InterruptedException {
    thread.join(limit.toMillis());
    return !thread.isAlive();
  }

  @Override
  public void close() {
    server.stop("the test ended");
    try {
      thread.join(30_000);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }

  static void sleep(long ms) {
    try {
      Thread.sleep(ms);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }

  /** What a command printed and its exit status. */
  record Result(int exit, byte[] out, byte[] err) {
    String text() {
      return "exit " + exit + "\n--- stdout\n" + new String(out, StandardCharsets.UTF_8) + "--- stderr\n"
          + new String(err, StandardCharsets.UTF_8);
    }
  }
}
