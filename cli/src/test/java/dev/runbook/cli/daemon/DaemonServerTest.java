package dev.runbook.cli.daemon;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.ByteArrayOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.net.StandardProtocolFamily;
import java.net.URI;
import java.net.UnixDomainSocketAddress;
import java.nio.channels.SocketChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.DisabledOnOs;
import org.junit.jupiter.api.condition.OS;
import org.junit.jupiter.api.io.TempDir;

/** The background process's own behaviour: requests at once, its folder, when it ends. */
@DisabledOnOs(OS.WINDOWS)
class DaemonServerTest {
  static final Duration HANG = Duration.ofSeconds(60);

  @TempDir Path tmp;

  @Test
  void requestsAtOnceFromDifferentFoldersEachGetTheirOwnOutput() throws Exception {
    Path clean = DaemonEquivalenceTest.fixture(tmp.resolve("one")).resolve("repo");
    Path broken = DaemonEquivalenceTest.fixture(tmp.resolve("two")).resolve("bad");
    Map<String, String> variables = DaemonEquivalenceTest.variables();
    try (RunningDaemon daemon = new RunningDaemon(tmp.resolve("daemon"))) {
      RunningDaemon.Result cleanAlone = daemon.run(clean, variables, "check", "--today", "2026-11-28", "--format", "json");
      RunningDaemon.Result brokenAlone = daemon.run(broken, variables, "check", "--today", "2026-11-28", "--format", "json", ".");
      assertThat(cleanAlone.exit()).as(cleanAlone.text()).isZero();
      assertThat(brokenAlone.exit()).as(brokenAlone.text()).isEqualTo(1);

      int rounds = 6;
      CyclicBarrier together = new CyclicBarrier(2 * rounds);
      ExecutorService pool = Executors.newFixedThreadPool(2 * rounds);
      try {
        List<Future<RunningDaemon.Result>> cleanRuns = new ArrayList<>();
        List<Future<RunningDaemon.Result>> brokenRuns = new ArrayList<>();
        for (int i = 0; i < rounds; i++) {
          cleanRuns.add(pool.submit(() -> {
            together.await();
            return daemon.run(clean, variables, "check", "--today", "2026-11-28", "--format", "json");
          }));
          brokenRuns.add(pool.submit(() -> {
            together.await();
            return daemon.run(broken, variables, "check", "--today", "2026-11-28", "--format", "json", ".");
          }));
        }
        for (Future<RunningDaemon.Result> f : cleanRuns) {
          assertThat(f.get(2, TimeUnit.MINUTES)).usingRecursiveComparison().isEqualTo(cleanAlone);
        }
        for (Future<RunningDaemon.Result> f : brokenRuns) {
          assertThat(f.get(2, TimeUnit.MINUTES)).usingRecursiveComparison().isEqualTo(brokenAlone);
        }
      } finally {
        pool.shutdownNow();
      }
    }
  }

  @Test
  void refusesAFolderOpenToOthers() throws Exception {
    Path folder = Files.createDirectories(tmp.resolve("runtime/runbook"));
    Files.setPosixFilePermissions(folder, PosixFilePermissions.fromString("rwxr-x---"));
    assertThatThrownBy(() -> DaemonFolder.check(folder)).hasMessageContaining("open to other users");

    ByteArrayOutputStream log = new ByteArrayOutputStream();
    DaemonServer server = new DaemonServer(folder.resolve("d-x.sock"), tmp.resolve("jar"), HANG,
        new PrintStream(log, true, StandardCharsets.UTF_8));
    assertThat(server.run()).isFalse();
    assertThat(folder.resolve("d-x.sock")).doesNotExist();
    assertThat(log.toString(StandardCharsets.UTF_8)).contains("not started").contains("open to other users");
  }

  @Test
  void refusesALinkAndAFolderOfAnotherUser() throws Exception {
    Path real = Files.createDirectories(tmp.resolve("real"));
    Files.setPosixFilePermissions(real, PosixFilePermissions.fromString("rwx------"));
    Path link = Files.createSymbolicLink(tmp.resolve("link"), real);
    assertThatThrownBy(() -> DaemonFolder.check(link)).hasMessageContaining("not a folder");

    // Only root can give a folder away; elsewhere this half is skipped.
    assumeTrue(DaemonFolder.currentUid() == 0, "not root: cannot make a folder owned by another user");
    Files.setAttribute(real, "unix:uid", 4242);
    assertThatThrownBy(() -> DaemonFolder.check(real)).hasMessageContaining("belongs to another user");
  }

  @Test
  void makesItsFolderPrivateAndItsSocketTheOwnersOnly() throws Exception {
    Path folder = tmp.resolve("home/.cache/runbook");
    assertThat(DaemonFolder.locate(Map.of("HOME", tmp.resolve("home").toString()))).contains(folder);
    assertThat(DaemonFolder.locate(Map.of("XDG_RUNTIME_DIR", "/run/user/7", "HOME", "/home/x")))
        .contains(Path.of("/run/user/7/runbook"));
    assertThat(DaemonFolder.locate(Map.of("HOME", "relative"))).isEmpty();
    DaemonFolder.prepare(folder);
    assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(folder))).isEqualTo("rwx------");

    try (RunningDaemon daemon = new RunningDaemon(tmp.resolve("daemon"))) {
      assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(daemon.socket))).isEqualTo("rw-------");
    }
  }

  @Test
  void onceListeningItRemovesTheClientsNoteOfItsStart() throws Exception {
    Path folder = Files.createDirectories(tmp.resolve("daemon/runtime/runbook"));
    Files.setPosixFilePermissions(folder, PosixFilePermissions.fromString("rwx------"));
    Path tried = Files.writeString(folder.resolve("d-test.tried"), "");
    assertThat(DaemonServer.triedMarker(folder.resolve("d-test.sock"))).isEqualTo(tried);
    try (RunningDaemon daemon = new RunningDaemon(tmp.resolve("daemon"))) {
      for (int i = 0; i < 600 && Files.exists(tried); i++) {
        Thread.sleep(50);
      }
      assertThat(tried).doesNotExist();
    }
  }

  @Test
  void endsWhenItsJarChangesAndRefusesToRunMeanwhile() throws Exception {
    CountDownLatch ran = new CountDownLatch(1);
    try (RunningDaemon daemon = new RunningDaemon(tmp, HANG, (r, out, err) -> {
      ran.countDown();
      return 0;
    })) {
      Files.writeString(daemon.jar, "rebuilt", StandardOpenOption.APPEND);
      assertThatThrownBy(() -> daemon.run(tmp, Map.of(), "check")).isInstanceOf(IOException.class);
      assertThat(ran.getCount()).as("no command ran on the old jar").isEqualTo(1);
      assertThat(daemon.endsWithin(HANG)).isTrue();
      assertThat(daemon.log()).contains("changed");
      assertThat(daemon.socket).doesNotExist();
    }
  }

  @Test
  void endsWhenIdle() throws Exception {
    assertThat(DaemonServer.idle(Map.of("RUNBOOK_DAEMON_IDLE", "0.3"))).isEqualTo(Duration.ofMillis(300));
    assertThat(DaemonServer.idle(Map.of())).isEqualTo(Duration.ofHours(1));
    try (RunningDaemon daemon = new RunningDaemon(tmp, DaemonServer.idle(Map.of("RUNBOOK_DAEMON_IDLE", "0.3")),
        (r, out, err) -> 0)) {
      assertThat(daemon.endsWithin(HANG)).isTrue();
      assertThat(daemon.log()).contains("idle");
      assertThat(daemon.socket).doesNotExist();
    }
  }

  @Test
  void aClientThatGoesAwayInterruptsItsCommand() throws Exception {
    CountDownLatch started = new CountDownLatch(1);
    CountDownLatch interrupted = new CountDownLatch(1);
    try (RunningDaemon daemon = new RunningDaemon(tmp, HANG, (r, out, err) -> {
      out.println("working");
      started.countDown();
      try {
        Thread.sleep(HANG.toMillis());
      } catch (InterruptedException e) {
        interrupted.countDown();
      }
      return 0;
    })) {
      try (SocketChannel ch = SocketChannel.open(StandardProtocolFamily.UNIX)) {
        ch.connect(UnixDomainSocketAddress.of(daemon.socket));
        new DaemonRequest(DaemonRequest.RUN, tmp, List.of("build"), Map.of(), false, false)
            .write(new DataOutputStream(SocketStreams.output(ch)));
        assertThat(started.await(HANG.toSeconds(), TimeUnit.SECONDS)).isTrue();
      } // Ctrl-C: the client's end closes
      assertThat(interrupted.await(HANG.toSeconds(), TimeUnit.SECONDS)).as("the command was interrupted").isTrue();
    }
  }

  @Test
  void statusAndStop() throws Exception {
    try (RunningDaemon daemon = new RunningDaemon(tmp, HANG, (r, out, err) -> {
      out.print("out ");
      err.print("err ");
      return 1;
    })) {
      RunningDaemon.Result r = daemon.run(tmp, Map.of(), "check");
      assertThat(r.exit()).isEqualTo(1);
      assertThat(new String(r.out(), StandardCharsets.UTF_8)).isEqualTo("out ");
      assertThat(new String(r.err(), StandardCharsets.UTF_8)).isEqualTo("err ");
      assertThat(DaemonClient.control(daemon.socket, "status")).contains("pid " + ProcessHandle.current().pid())
          .contains("1 commands served");
      assertThat(DaemonClient.sockets(daemon.folder)).containsExactly(daemon.socket);
      assertThat(DaemonClient.control(daemon.socket, "stop")).contains("stopped");
      assertThat(daemon.endsWithin(HANG)).isTrue();
      assertThat(DaemonClient.sockets(daemon.folder)).isEmpty();
    }
  }

  @Test
  void runningOutOfMemoryBeforeAnyOutputHandsTheCommandBackAndEnds() throws Exception {
    try (RunningDaemon daemon = new RunningDaemon(tmp, HANG, (r, out, err) -> {
      throw new OutOfMemoryError("Java heap space");
    })) {
      assertThatThrownBy(() -> daemon.run(tmp, Map.of(), "build"))
          .as("no frame: the client runs the command in a JVM of its own").isInstanceOf(IOException.class);
      assertThat(daemon.endsWithin(HANG)).as("a process that ran out of memory is not trusted again").isTrue();
      assertThat(daemon.log()).contains("out of memory");
    }
  }

  @Test
  void runningOutOfMemoryAfterOutputSaysHowToRunTheCommand() throws Exception {
    try (RunningDaemon daemon = new RunningDaemon(tmp, HANG, (r, out, err) -> {
      out.println("found 3 problems");
      out.flush();
      throw new OutOfMemoryError("Java heap space");
    })) {
      RunningDaemon.Result r = daemon.run(tmp, Map.of(), "build");
      assertThat(r.exit()).isEqualTo(3);
      assertThat(new String(r.out(), StandardCharsets.UTF_8)).isEqualTo("found 3 problems\n");
      assertThat(new String(r.err(), StandardCharsets.UTF_8)).contains("ran out of memory").contains("RUNBOOK_DAEMON=0");
      assertThat(daemon.endsWithin(HANG)).isTrue();
    }
  }

  @Test
  void servesASetUntilTheClientGoesAway() throws Exception {
    Path repo = DaemonEquivalenceTest.fixture(tmp.resolve("set")).resolve("repo");
    try (RunningDaemon daemon = new RunningDaemon(tmp)) {
      URI site;
      try (SocketChannel ch = SocketChannel.open(StandardProtocolFamily.UNIX)) {
        ch.connect(UnixDomainSocketAddress.of(daemon.socket));
        new DaemonRequest(DaemonRequest.RUN, repo, List.of("serve", "--port", "0", "--today", "2026-12-01"), Map.of(),
            false, false).write(new DataOutputStream(SocketStreams.output(ch)));
        DataInputStream in = new DataInputStream(SocketStreams.input(ch));
        StringBuilder out = new StringBuilder();
        Matcher url = null;
        while (url == null) {
          int kind = in.readByte();
          byte[] data = new byte[in.readInt()];
          in.readFully(data);
          assertThat(kind).as("output until the address is printed: %s", out).isIn(Frames.OUT, Frames.ERR);
          out.append(new String(data, StandardCharsets.UTF_8));
          Matcher m = Pattern.compile("at (http://\\S+) \\(Ctrl-C").matcher(out);
          url = m.find() ? m : null;
        }
        site = URI.create(url.group(1));
        assertThat(status(site)).as("the home page, served by the background process").isEqualTo(200);
      } // Ctrl-C: the client's end closes, and the command ends
      for (int i = 0; i < 600 && status(site) > 0; i++) {
        RunningDaemon.sleep(50);
      }
      assertThat(status(site)).as("nothing serves the set once its client went away").isEqualTo(-1);
      assertThat(daemon.run(tmp, Map.of(), "rules").exit()).as("the process serves the next command").isZero();
    }
  }

  /** The status of a GET of {@code site}, or -1 when nothing answers there. */
  private static int status(URI site) {
    try (java.net.Socket s = new java.net.Socket(site.getHost(), site.getPort())) {
      s.setSoTimeout(10_000);
      s.getOutputStream().write(("GET / HTTP/1.1\r\nHost: " + site.getHost() + ":" + site.getPort()
          + "\r\nConnection: close\r\n\r\n").getBytes(StandardCharsets.US_ASCII));
      String head = new String(s.getInputStream().readNBytes(12), StandardCharsets.US_ASCII);
      return head.length() == 12 ? Integer.parseInt(head.substring(9, 12)) : -1;
    } catch (IOException e) {
      return -1;
    }
  }

  @Test
  void aStoppingProcessGivesUpItsSocketAndLetsItsRunningCommandFinish() throws Exception {
    CountDownLatch started = new CountDownLatch(1);
    CountDownLatch release = new CountDownLatch(1);
    try (RunningDaemon daemon = new RunningDaemon(tmp, HANG, (r, out, err) -> {
      started.countDown();
      try {
        release.await();
      } catch (InterruptedException e) {
        return 130;
      }
      out.print("finished");
      return 0;
    })) {
      ExecutorService pool = Executors.newSingleThreadExecutor();
      try {
        Future<RunningDaemon.Result> running = pool.submit(() -> daemon.run(tmp, Map.of(), "serve"));
        assertThat(started.await(HANG.toSeconds(), TimeUnit.SECONDS)).isTrue();
        assertThat(DaemonClient.control(daemon.socket, "stop")).contains("stopped");
        for (int i = 0; i < 600 && Files.exists(daemon.socket); i++) {
          RunningDaemon.sleep(50);
        }
        assertThat(daemon.socket).as("given up at once, for a new process to take").doesNotExist();
        assertThat(running).isNotDone();
        release.countDown();
        RunningDaemon.Result r = running.get(HANG.toSeconds(), TimeUnit.SECONDS);
        assertThat(r.exit()).isZero();
        assertThat(new String(r.out(), StandardCharsets.UTF_8)).isEqualTo("finished");
        assertThat(daemon.endsWithin(HANG)).isTrue();
      } finally {
        release.countDown();
        pool.shutdownNow();
      }
    }
  }
}
