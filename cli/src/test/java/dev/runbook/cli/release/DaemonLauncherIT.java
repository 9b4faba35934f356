package dev.runbook.cli.release;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import dev.runbook.cli.daemon.DaemonClient;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.DisabledOnOs;
import org.junit.jupiter.api.condition.OS;
import org.junit.jupiter.api.io.TempDir;

/**
 * The repository's {@code ./runbook} with the jar {@code package} made: the first call starts a
 * background process, later calls go through it and print what a new JVM prints, and
 * {@code runbook daemon stop} ends it (as this test always does, so nothing is left running).
 * Skipped without Python 3, unless RUNBOOK_REQUIRE_PYTHON=1.
 */
@DisabledOnOs(OS.WINDOWS)
class DaemonLauncherIT {
  @TempDir Path tmp;

  /** Skips the test when no python3 is installed, unless RUNBOOK_REQUIRE_PYTHON=1. */
  static void assumePython() {
    boolean present = Files.isExecutable(Path.of("/usr/bin/python3")) || Subprocess.onPath("python3").isPresent();
    if ("1".equals(System.getenv("RUNBOOK_REQUIRE_PYTHON"))) {
      assertThat(present).as("python3 must be installed when RUNBOOK_REQUIRE_PYTHON=1").isTrue();
    }
    assumeTrue(present, "python3 is not installed: the launcher runs without a background process");
  }

  @Test
  void laterCallsGoThroughTheBackgroundProcessAndPrintTheSame() throws Exception {
    assumePython();
    Path launcher = WorkflowFiles.REPO.toAbsolutePath().normalize().resolve("runbook");
    Path rt = Files.createDirectories(tmp.resolve("xdg-runtime"));
    Files.setPosixFilePermissions(rt, PosixFilePermissions.fromString("rwx------"));
    Path work = Files.createDirectories(tmp.resolve("work"));
    Files.copy(WorkflowFiles.REPO.resolve("runbook.yml"), work.resolve("runbook.yml"));
    ReleaseArchive.copyTree(WorkflowFiles.REPO.resolve("runbooks"), work.resolve("runbooks"));
    Consumer<Map<String, String>> env = e -> {
      e.remove("CI");
      e.remove("RUNBOOK_DAEMON");
      e.put("XDG_RUNTIME_DIR", rt.toString());
      e.put("RUNBOOK_DAEMON_IDLE", "300");
    };
    List<String> check = List.of(launcher.toString(), "check", "--today", "2026-11-28", "runbooks/alert-response.md",
        "runbooks/README.md");
    List<String> build = List.of(launcher.toString(), "build", "--today", "2026-11-28", "runbooks", "-o", "site");
    Path folder = rt.resolve("runbook");
    try {
      Subprocess cold = Subprocess.run(work, e -> e.put("RUNBOOK_DAEMON", "0"), check);
      assertThat(folder).as("RUNBOOK_DAEMON=0 starts none").doesNotExist();
      Subprocess first = Subprocess.run(work, env, check);
      assertThat(first).usingRecursiveComparison().isEqualTo(cold);
      for (int i = 0; i < 1200 && sockets(folder).isEmpty(); i++) {
        Thread.sleep(100); // it starts detached; a hang, not a speed, fails this
      }
      assertThat(sockets(folder)).as(log(folder)).hasSize(1);

      Subprocess warm = Subprocess.run(work, env, check);
      assertThat(warm).usingRecursiveComparison().isEqualTo(cold);
      Subprocess warmBuild = Subprocess.run(work, env, build);
      Map<String, String> warmSite = DaemonEquivalenceFiles.of(work.resolve("site"));
      Subprocess coldBuild = Subprocess.run(work, e -> e.put("RUNBOOK_DAEMON", "0"), build);
      assertThat(warmBuild).usingRecursiveComparison().isEqualTo(coldBuild);
      assertThat(warmSite).isEqualTo(DaemonEquivalenceFiles.of(work.resolve("site")));

      Subprocess status = Subprocess.run(work, env, List.of(launcher.toString(), "daemon", "status"));
      assertThat(status.out()).as(status.both()).contains("2 commands served");
    } finally {
      Subprocess stop = Subprocess.run(work, env, List.of(launcher.toString(), "daemon", "stop"));
      for (int i = 0; i < 300 && !sockets(folder).isEmpty(); i++) {
        Thread.sleep(100);
      }
      killLeftOvers(stop.out() + log(folder));
    }
    assertThat(sockets(folder)).as("stopped").isEmpty();
  }

  static List<Path> sockets(Path folder) throws Exception {
    return DaemonClient.sockets(folder);
  }

  static String log(Path folder) throws Exception {
    Path log = folder.resolve("daemon.log");
    return Files.exists(log) ? Files.readString(log) : "";
  }

  /** Ends any process the log names that is still alive: no test leaves one behind. */
  static void killLeftOvers(String text) {
    Matcher m = Pattern.compile("pid (\\d+)").matcher(text);
    List<Long> pids = new ArrayList<>();
    while (m.find()) {
      pids.add(Long.parseLong(m.group(1)));
    }
    pids.stream().distinct().forEach(pid -> ProcessHandle.of(pid)
        .filter(p -> p.info().commandLine().map(c -> c.contains("DaemonServer")).orElse(false))
        .ifPresent(ProcessHandle::destroy));
  }

  /** Every file of a folder with a digest of its bytes. */
  static final class DaemonEquivalenceFiles {
    static Map<String, String> of(Path root) throws Exception {
      Map<String, String> files = new java.util.TreeMap<>();
      try (Stream<Path> all = Files.walk(root)) {
        for (Path p : (Iterable<Path>) all.filter(Files::isRegularFile)::iterator) {
          byte[] d = java.security.MessageDigest.getInstance("SHA-256").digest(Files.readAllBytes(p));
          files.put(root.relativize(p).toString(), java.util.HexFormat.of().formatHex(d));
        }
      }
      return files;
    }
  }
}
