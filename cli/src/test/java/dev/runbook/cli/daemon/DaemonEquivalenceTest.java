package dev.runbook.cli.daemon;

import static org.assertj.core.api.Assertions.assertThat;

import dev.runbook.cli.release.Subprocess;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.condition.DisabledOnOs;
import org.junit.jupiter.api.condition.OS;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * A command run by the background process prints the same bytes, exits with the same status and
 * writes the same files as the same command run by a new JVM started in the caller's folder.
 * The server runs in this JVM, whose working folder is the module's, and every path on the
 * command lines is relative: a path resolved against the JVM's folder instead of the caller's
 * shows as a difference.
 */
@DisabledOnOs(OS.WINDOWS)
class DaemonEquivalenceTest {
  @TempDir static Path tmp;
  static RunningDaemon daemon;

  @BeforeAll
  static void start() throws IOException {
    daemon = new RunningDaemon(tmp.resolve("daemon"));
  }

  @AfterAll
  static void stop() {
    daemon.close();
  }

  static Stream<Arguments> commands() {
    return Stream.of(
        Arguments.of("repo", 0, List.of("check", "--today", "2026-11-28", "runbooks")),
        Arguments.of("repo", 0, List.of("check", "--today", "2026-11-28", "--format", "json", "runbooks")),
        Arguments.of("repo", 0, List.of("check", "--today", "2026-11-28", "--format", "sarif", "runbooks")),
        Arguments.of("repo", 0, List.of("check", "--today", "2026-11-28", "runbooks/alert-response.md")),
        Arguments.of("repo/runbooks", 0, List.of("check", "--today", "2026-11-28", "--config", "../runbook.yml",
            "--report", "json:../reports/check.json", "--report", "sarif:out.sarif")),
        Arguments.of("bad", 1, List.of("check", "--today", "2026-11-28", "--no-color", ".")),
        Arguments.of("bad", 1, List.of("check", "--today", "2026-11-28", "--write-baseline", "base/line.json", ".", "broken.md")),
        Arguments.of("repo", 2, List.of("check", "--fail-on", "nope", "runbooks")),
        Arguments.of("repo", 2, List.of("check", "--no-such-option")),
        Arguments.of("repo", 0, List.of("build", "--today", "2026-11-28", "runbooks", "-o", "out/site")),
        Arguments.of("repo/runbooks", 0, List.of("build", "--today", "2026-11-28", "--quiet")),
        Arguments.of("team", 0, List.of("alerts", "--alerts", "deploy/*.yaml")),
        Arguments.of("team", 0, List.of("alerts", "--alerts", "deploy/*.yaml", "--format", "json")),
        Arguments.of("team/deploy", 1, List.of("check", "--today", "2026-11-28", "--config", "../runbook.yml",
            "--alerts", "*.yaml", "--report", "sarif:r.sarif")),
        Arguments.of("repo", 0, List.of("rules")),
        Arguments.of("repo", 0, List.of("rules", "RB301")));
  }

  @ParameterizedTest(name = "[{index}] in {0}: {2}")
  @MethodSource("commands")
  void theBackgroundProcessPrintsExitsAndWritesAsANewJvm(String folder, int exit, List<String> args) throws Exception {
    Path cold = fixture(tmp.resolve("cold-" + System.nanoTime()));
    Subprocess reference = newJvm(cold.resolve(folder), args);
    Map<String, String> coldFiles = files(cold);

    Path warm = tmp.resolve("warm-" + System.nanoTime());
    Files.move(cold, warm); // the same absolute paths for both runs, whatever they print
    fixture(cold);
    RunningDaemon.Result served = daemon.run(cold.resolve(folder), variables(), args.toArray(String[]::new));
    Map<String, String> warmFiles = files(cold);

    assertThat(reference.exit()).as(reference.both()).isEqualTo(exit);
    assertThat(served.exit()).as(served.text()).isEqualTo(reference.exit());
    assertThat(new String(served.out(), StandardCharsets.UTF_8)).isEqualTo(reference.out());
    assertThat(new String(served.err(), StandardCharsets.UTF_8)).isEqualTo(reference.err());
    assertThat(warmFiles).isEqualTo(coldFiles);
  }

  @org.junit.jupiter.api.Test
  void helpIsInColourByTheCallersVariablesNotTheBackgroundProcesss() throws Exception {
    Path folder = Files.createDirectories(tmp.resolve("help"));
    Map<String, String> forced = new LinkedHashMap<>(variables());
    forced.put("FORCE_COLOR", "1");
    Subprocess reference = newJvm(folder, List.of("check", "--help"), forced);
    RunningDaemon.Result served = daemon.run(folder, forced, "check", "--help");
    assertThat(reference.out()).contains("\u001B[");
    assertThat(new String(served.out(), StandardCharsets.UTF_8)).isEqualTo(reference.out());
    RunningDaemon.Result plain = daemon.run(folder, variables(), "check", "--help");
    assertThat(new String(plain.out(), StandardCharsets.UTF_8)).isEqualTo(newJvm(folder, List.of("check", "--help")).out())
        .doesNotContain("\u001B[");
  }

  /** The environment both runs get: this JVM's locale and time zone, so both read and print alike. */
  static Map<String, String> variables() {
    Map<String, String> v = new LinkedHashMap<>();
    for (String name : List.of("PATH", "HOME", "LANG", "LC_ALL", "LC_CTYPE", "TZ")) {
      String value = System.getenv(name);
      if (value != null) {
        v.put(name, value);
      }
    }
    return v;
  }

  private static Subprocess newJvm(Path dir, List<String> args) throws Exception {
    return newJvm(dir, args, variables());
  }

  private static Subprocess newJvm(Path dir, List<String> args, Map<String, String> variables) throws Exception {
    List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
        "-Drunbook.tty.out=false", "-Drunbook.tty.err=false", "-XX:TieredStopAtLevel=1", "-XX:+UseSerialGC",
        "-cp", System.getProperty("java.class.path"), "dev.runbook.cli.Main"));
    command.addAll(args);
    return Subprocess.run(dir, env -> {
      env.clear();
      env.putAll(variables);
    }, command);
  }

  /** Three folders: this repository's set and config, a set with a broken link, a team with alert rules. */
  static Path fixture(Path root) throws IOException {
    Path repo = Files.createDirectories(root.resolve("repo"));
    Files.copy(Path.of("../runbook.yml"), repo.resolve("runbook.yml"));
    copyTree(Path.of("../runbooks"), repo.resolve("runbooks"));
    write(root.resolve("bad/README.md"), "# Index\n\n## Logs\n\n- [Broken](broken.md)\n");
    write(root.resolve("bad/broken.md"), "# Broken\n\nSee [the old page](gone.md).\n");
    dev.runbook.cli.AlertsRepository.write(root.resolve("team"));
    return root;
  }

  private static void write(Path file, String text) throws IOException {
    Files.createDirectories(file.getParent());
    Files.writeString(file, text);
  }

  static void copyTree(Path from, Path to) throws IOException {
    try (Stream<Path> all = Files.walk(from)) {
      for (Path p : (Iterable<Path>) all::iterator) {
        Path target = to.resolve(from.relativize(p).toString());
        if (Files.isDirectory(p)) {
          Files.createDirectories(target);
        } else {
          Files.copy(p, target);
        }
      }
    }
  }

  /** Every file under {@code root}: its path and a digest of its bytes. */
  static Map<String, String> files(Path root) throws IOException, NoSuchAlgorithmException {
    Map<String, String> files = new TreeMap<>();
    try (Stream<Path> all = Files.walk(root)) {
      for (Path p : (Iterable<Path>) all.filter(Files::isRegularFile)::iterator) {
        byte[] digest = MessageDigest.getInstance("SHA-256").digest(Files.readAllBytes(p));
        files.put(root.relativize(p).toString(), HexFormat.of().formatHex(digest));
      }
    }
    return files;
  }
}
