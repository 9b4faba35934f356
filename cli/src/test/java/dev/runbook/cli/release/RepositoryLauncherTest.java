package dev.runbook.cli.release;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.DisabledOnOs;
import org.junit.jupiter.api.condition.OS;
import org.junit.jupiter.api.io.TempDir;

/**
 * The repository's own {@code ./runbook} (which the pre-commit hooks run) takes Java from
 * {@code JAVA_HOME} as Maven does. A copy of it beside a stand-in jar runs a stand-in java that
 * prints how it was called, so no build is needed.
 */
@DisabledOnOs(OS.WINDOWS)
class RepositoryLauncherTest {
  @TempDir Path tmp;

  /** The environment of the tests of the cold path: no background process. */
  private static java.util.Map<String, String> noDaemon(java.util.Map<String, String> env) {
    env.put("RUNBOOK_DAEMON", "0");
    return env;
  }

  private Path launcher() throws Exception {
    Path repo = Files.createDirectories(tmp.resolve("repo"));
    Path copy = Files.copy(WorkflowFiles.REPO.resolve("runbook"), repo.resolve("runbook"), StandardCopyOption.COPY_ATTRIBUTES);
    Files.copy(WorkflowFiles.REPO.resolve("runbook-client.py"), repo.resolve("runbook-client.py"));
    Files.writeString(Files.createDirectories(repo.resolve("cli/target")).resolve("runbook.jar"), "stand-in");
    return copy;
  }

  @Test
  void runsTheJavaOfJavaHome() throws Exception {
    Path launcher = launcher();
    Path javaHome = Files.createDirectories(tmp.resolve("jdk/bin")).getParent();
    Path java = javaHome.resolve("bin/java");
    Files.writeString(java, "#!/bin/sh\necho \"java of JAVA_HOME: $*\"\n");
    java.toFile().setExecutable(true);
    Path elsewhere = Files.createDirectories(tmp.resolve("elsewhere"));

    Subprocess r = Subprocess.run(elsewhere, env -> noDaemon(env).put("JAVA_HOME", javaHome.toString()),
        List.of(launcher.toString(), "check", "runbooks"));

    assertThat(r.exit()).as(r.both()).isZero();
    assertThat(r.out()).startsWith("java of JAVA_HOME: ")
        .contains("-jar " + launcher.getParent().resolve("cli/target/runbook.jar") + " check runbooks");
  }

  @Test
  void aJavaHomeWithoutJavaIsExitTwoSayingWhatToDo() throws Exception {
    Path launcher = launcher();
    Subprocess r = Subprocess.run(tmp, env -> noDaemon(env).put("JAVA_HOME", tmp.resolve("no-jdk").toString()),
        List.of(launcher.toString(), "check"));

    assertThat(r.exit()).as(r.both()).isEqualTo(2);
    assertThat(r.err()).contains("JAVA_HOME is " + tmp.resolve("no-jdk"))
        .contains("point JAVA_HOME at a Java 17 or newer installation, or unset it");
  }

  /** A stand-in JDK of {@code version} whose java logs each call and writes the archive it is asked for. */
  private Path standInJdk(String version) throws Exception {
    Path home = Files.createDirectories(tmp.resolve("jdk-" + version + "/bin")).getParent();
    Files.writeString(home.resolve("release"), "IMPLEMENTOR=\"Test\"\nJAVA_VERSION=\"" + version + "\"\n");
    Path java = home.resolve("bin/java");
    Files.writeString(java, """
        #!/bin/sh
        echo "$*" >> "$(dirname "$0")/../calls"
        for a in "$@"; do
          case "$a" in
            -XX:ArchiveClassesAtExit=*) echo archive > "${a#*=}" ;;
            -XX:AOTConfiguration=*) [ -f "${a#*=}" ] || echo config > "${a#*=}" ;;
            -XX:AOTCache=*) case "$*" in *AOTMode=create*) echo cache > "${a#*=}" ;; esac ;;
          esac
        done
        """);
    java.toFile().setExecutable(true);
    return home;
  }

  private List<String> calls(Path jdk) throws Exception {
    Path log = jdk.resolve("calls");
    List<String> calls = Files.exists(log) ? Files.readAllLines(log) : List.of();
    Files.deleteIfExists(log);
    return calls;
  }

  @Test
  void onJdk17TrainsAClassDataArchiveAfterTheFirstRunAndUsesItAfter() throws Exception {
    Path launcher = launcher();
    Path jdk = standInJdk("17.0.99");
    Path archive = launcher.getParent().resolve("cli/target/runbook-17.0.99.jsa");

    Subprocess first = Subprocess.run(tmp, env -> noDaemon(env).put("JAVA_HOME", jdk.toString()), List.of(launcher.toString(), "check", "runbooks"));
    assertThat(first.exit()).as(first.both()).isZero();
    List<String> firstCalls = calls(jdk);
    assertThat(firstCalls).hasSize(2);
    assertThat(firstCalls.get(0)).endsWith("check runbooks").doesNotContain("Archive");
    assertThat(firstCalls.get(1)).contains("-XX:ArchiveClassesAtExit=" + archive + ".").endsWith("dev.runbook.cli.StartupTraining");
    assertThat(archive).isRegularFile();
    try (var target = Files.list(archive.getParent())) {
      assertThat(target.map(p -> p.getFileName().toString())).containsExactlyInAnyOrder("runbook.jar", "runbook-17.0.99.jsa");
    }

    Subprocess second = Subprocess.run(tmp, env -> noDaemon(env).put("JAVA_HOME", jdk.toString()), List.of(launcher.toString(), "check", "runbooks"));
    assertThat(second.exit()).as(second.both()).isZero();
    assertThat(calls(jdk)).singleElement().asString().contains("-XX:SharedArchiveFile=" + archive).endsWith("check runbooks");
  }

  @Test
  void onJdk25RecordsThenCreatesAnAotCache() throws Exception {
    Path launcher = launcher();
    Path jdk = standInJdk("25.0.7");
    Path cache = launcher.getParent().resolve("cli/target/runbook-25.0.7.aot");

    Subprocess first = Subprocess.run(tmp, env -> noDaemon(env).put("JAVA_HOME", jdk.toString()), List.of(launcher.toString(), "build", "runbooks"));
    assertThat(first.exit()).as(first.both()).isZero();
    List<String> firstCalls = calls(jdk);
    assertThat(firstCalls).hasSize(3);
    assertThat(firstCalls.get(1)).contains("-XX:AOTMode=record").endsWith("dev.runbook.cli.StartupTraining");
    assertThat(firstCalls.get(2)).contains("-XX:AOTMode=create").contains("-XX:AOTCache=" + cache + ".");
    assertThat(cache).isRegularFile();

    Subprocess second = Subprocess.run(tmp, env -> noDaemon(env).put("JAVA_HOME", jdk.toString()), List.of(launcher.toString(), "build", "runbooks"));
    assertThat(second.exit()).as(second.both()).isZero();
    assertThat(calls(jdk)).singleElement().asString().contains("-XX:AOTCache=" + cache + " ").endsWith("build runbooks");
  }

  @Test
  void aJdkThatMakesNoArchiveIsAskedOnceNotOnEveryRun() throws Exception {
    Path launcher = launcher();
    Path jdk = standInJdk("17.0.98");
    Files.writeString(jdk.resolve("bin/java"), "#!/bin/sh\necho \"$*\" >> \"$(dirname \"$0\")/../calls\"\n");

    Subprocess first = Subprocess.run(tmp, env -> noDaemon(env).put("JAVA_HOME", jdk.toString()), List.of(launcher.toString(), "check", "runbooks"));
    assertThat(first.exit()).as(first.both()).isZero();
    assertThat(calls(jdk)).hasSize(2);

    Subprocess second = Subprocess.run(tmp, env -> noDaemon(env).put("JAVA_HOME", jdk.toString()), List.of(launcher.toString(), "check", "runbooks"));
    assertThat(second.exit()).as(second.both()).isZero();
    assertThat(calls(jdk)).as("no second training").singleElement().asString().endsWith("check runbooks")
        .doesNotContain("Archive");
  }

  @Test
  void serveIsNotFollowedByTraining() throws Exception {
    Path launcher = launcher();
    Path jdk = standInJdk("17.0.99");
    Subprocess r = Subprocess.run(tmp, env -> noDaemon(env).put("JAVA_HOME", jdk.toString()), List.of(launcher.toString(), "serve", "runbooks"));
    assertThat(r.exit()).as(r.both()).isZero();
    assertThat(calls(jdk)).singleElement().asString().endsWith("serve runbooks");
  }

  /** A private runtime folder for the background process's sockets, as $XDG_RUNTIME_DIR. */
  private Path runtime() throws Exception {
    Path rt = Files.createDirectories(tmp.resolve("xdg-runtime"));
    Files.setPosixFilePermissions(rt, java.nio.file.attribute.PosixFilePermissions.fromString("rwx------"));
    return rt;
  }

  @Test
  void ciRunbookDaemonZeroAndStandardInputNeverUseTheBackgroundProcess() throws Exception {
    Path launcher = launcher();
    Path jdk = standInJdk("17.0.99");
    Path rt = runtime();
    record Case(String why, java.util.function.Consumer<java.util.Map<String, String>> env, List<String> args) {}
    for (Case c : List.of(
        new Case("RUNBOOK_DAEMON=0", e -> e.put("RUNBOOK_DAEMON", "0"), List.of("check", "runbooks")),
        new Case("CI", e -> e.put("CI", "true"), List.of("check", "runbooks")),
        new Case("CI empty", e -> e.put("CI", ""), List.of("build", "runbooks")),
        new Case("standard input", e -> { }, List.of("check", "-", "--stdin-filename", "runbooks/a.md")),
        new Case("another command", e -> { }, List.of("fix", "runbooks")))) {
      List<String> command = new java.util.ArrayList<>(List.of(launcher.toString()));
      command.addAll(c.args());
      Subprocess r = Subprocess.run(tmp, env -> {
        env.remove("CI");
        env.put("JAVA_HOME", jdk.toString());
        env.put("XDG_RUNTIME_DIR", rt.toString());
        c.env().accept(env);
      }, command);
      assertThat(r.exit()).as(c.why() + ": " + r.both()).isZero();
      assertThat(calls(jdk)).as(c.why()).anySatisfy(call -> assertThat(call).endsWith(String.join(" ", c.args())))
          .noneSatisfy(call -> assertThat(call).contains("DaemonServer"));
      assertThat(rt.resolve("runbook")).as(c.why() + ": the client never ran").doesNotExist();
    }
  }

  @Test
  void theFirstCallStartsABackgroundProcessAndRunsTheCommandItself() throws Exception {
    DaemonLauncherIT.assumePython();
    Path launcher = launcher();
    Path jdk = standInJdk("17.0.99");
    Path rt = runtime();
    Subprocess r = Subprocess.run(tmp, env -> {
      env.remove("CI");
      env.remove("RUNBOOK_DAEMON");
      env.put("JAVA_HOME", jdk.toString());
      env.put("XDG_RUNTIME_DIR", rt.toString());
    }, List.of(launcher.toString(), "check", "runbooks"));
    assertThat(r.exit()).as(r.both()).isZero();
    Path log = jdk.resolve("calls");
    // The background process starts detached: wait (a hang, not a speed, fails this) for its call.
    for (int i = 0; i < 600 && !(Files.exists(log) && Files.readString(log).contains("DaemonServer")); i++) {
      Thread.sleep(50);
    }
    List<String> calls = calls(jdk);
    assertThat(calls).anySatisfy(call -> assertThat(call).contains("-XX:+UseG1GC")
        .containsPattern("-cp \\S*/cli/target/runbook.jar dev.runbook.cli.daemon.DaemonServer " + rt + "/runbook/d-[0-9a-f]+\\.sock$"));
    assertThat(calls).anySatisfy(call -> assertThat(call).contains("-XX:TieredStopAtLevel=1").endsWith("-jar "
        + launcher.getParent().resolve("cli/target/runbook.jar") + " check runbooks"));
    assertThat(java.nio.file.attribute.PosixFilePermissions.toString(Files.getPosixFilePermissions(rt.resolve("runbook"))))
        .isEqualTo("rwx------");
  }

  @Test
  void aStartThatNeverComesUpIsTriedAgainOnlyTenMinutesLater() throws Exception {
    DaemonLauncherIT.assumePython();
    Path launcher = launcher();
    Path jdk = standInJdk("17.0.99"); // its "background process" never listens
    Path rt = runtime();
    java.util.function.Consumer<java.util.Map<String, String>> env = e -> {
      e.remove("CI");
      e.remove("RUNBOOK_DAEMON");
      e.put("JAVA_HOME", jdk.toString());
      e.put("XDG_RUNTIME_DIR", rt.toString());
    };
    Path log = jdk.resolve("calls");
    java.util.function.IntSupplier starts = () -> {
      try {
        return Files.exists(log) ? (int) Files.readAllLines(log).stream().filter(c -> c.contains("DaemonServer")).count() : 0;
      } catch (java.io.IOException e) {
        throw new java.io.UncheckedIOException(e);
      }
    };

    assertThat(Subprocess.run(tmp, env, List.of(launcher.toString(), "check", "runbooks")).exit()).isZero();
    for (int i = 0; i < 600 && starts.getAsInt() < 1; i++) {
      Thread.sleep(50);
    }
    assertThat(starts.getAsInt()).isEqualTo(1);
    Path tried;
    try (var files = Files.list(rt.resolve("runbook"))) {
      tried = files.filter(f -> f.getFileName().toString().matches("d-[0-9a-f]+\\.tried")).findFirst().orElseThrow();
    }

    assertThat(Subprocess.run(tmp, env, List.of(launcher.toString(), "check", "runbooks")).exit()).isZero();
    Thread.sleep(2000); // a start would be under way by now (the first came within this)
    assertThat(starts.getAsInt()).as("not tried again at once").isEqualTo(1);

    Files.setLastModifiedTime(tried, java.nio.file.attribute.FileTime.from(java.time.Instant.now().minusSeconds(601)));
    assertThat(Subprocess.run(tmp, env, List.of(launcher.toString(), "check", "runbooks")).exit()).isZero();
    for (int i = 0; i < 600 && starts.getAsInt() < 2; i++) {
      Thread.sleep(50);
    }
    assertThat(starts.getAsInt()).as("tried again ten minutes on").isEqualTo(2);
  }
}
