package dev.runbook.cli.release;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeFalse;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermission;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The release archive as a user gets it: unpacked in one folder, run from another, with Java
 * found through JAVA_HOME only (java is not on PATH).
 */
class ReleaseArchiveIT {
  @TempDir Path tmp;
  Path home;
  Path work;

  @BeforeEach
  void unpack() throws IOException {
    assumeFalse(System.getProperty("os.name").startsWith("Windows"), "bin/runbook is the Unix launcher");
    Path zip = ReleaseArchive.zip();
    home = ReleaseArchive.unpack(zip, Files.createDirectories(tmp.resolve("opt")));
    work = Files.createDirectories(tmp.resolve("work"));
    ReleaseArchive.copyTree(Path.of("src/test/resources/site-runbooks"), work.resolve("runbooks"));
  }

  @Test
  void holdsTheLaunchersTheJarAndTheReadmeWithExecutableLaunchers() throws IOException {
    for (String file : List.of("bin/runbook", "bin/runbook.cmd", "lib/runbook.jar", "lib/runbook-client.py", "README.md",
        "LICENSE", "NOTICE")) {
      assertThat(home.resolve(file)).as(file).isRegularFile();
    }
    assertThat(Files.getPosixFilePermissions(home.resolve("bin/runbook")))
        .contains(PosixFilePermission.OWNER_EXECUTE, PosixFilePermission.GROUP_EXECUTE, PosixFilePermission.OTHERS_EXECUTE);
    assertThat(Files.readString(home.resolve("bin/runbook"))).startsWith("#!/bin/sh\n").doesNotContain("\r");
    assertThat(Files.readString(home.resolve("bin/runbook.cmd"))).contains("\r\n");
  }

  @Test
  void runsFromAnotherFolderWithJavaFromJavaHome() throws Exception {
    Consumer<Map<String, String>> javaHomeOnly = env -> {
      env.put("JAVA_HOME", System.getProperty("java.home"));
      env.put("PATH", Subprocess.pathWithout("java"));
    };
    Subprocess version = launch(javaHomeOnly, "--version");
    assertThat(version.exit()).as(version.both()).isZero();
    assertThat(version.out()).isEqualTo("runbook " + ReleaseArchive.version() + "\n");
    assertThat(version.err()).as("no JVM chatter").isEmpty();

    Subprocess clean = launch(javaHomeOnly, "check", "runbooks");
    assertThat(clean.exit()).as(clean.both()).isZero();
    assertThat(clean.out()).isEqualTo("3 files checked: no problems\n");

    breakALink();
    Subprocess broken = launch(javaHomeOnly, "check");
    assertThat(broken.exit()).as(broken.both()).isEqualTo(1);
    assertThat(broken.out()).contains("runbooks/database/failover.md:")
        .contains("error RB301 broken-link link target 'gone.md' does not exist");
  }

  @Test
  void makesAStartUpArchiveBesideTheJarOnTheFirstRun() throws Exception {
    assertThat(startUpArchives()).isEmpty();
    Subprocess first = launch(env -> env.put("JAVA_HOME", System.getProperty("java.home")), "--version");
    assertThat(first.exit()).as(first.both()).isZero();
    // Named for the JDK that made it (a class-data archive before JDK 25, an AOT cache after).
    assertThat(startUpArchives()).singleElement().asString()
        .matches(".*/lib/runbook-" + java.util.regex.Pattern.quote(System.getProperty("java.version")) + "\\.(jsa|aot)");
    Subprocess second = launch(env -> env.put("JAVA_HOME", System.getProperty("java.home")), "--version");
    assertThat(second.exit()).as(second.both()).isZero();
    assertThat(second.out() + second.err()).isEqualTo(first.out() + first.err());
    try (var lib = Files.list(home.resolve("lib"))) {
      assertThat(lib.map(p -> p.getFileName().toString())).as("no training leftovers")
          .allMatch(n -> n.equals("runbook.jar") || n.equals("runbook-client.py") || n.matches("runbook-.*\\.(jsa|aot)"));
    }
  }

  private List<Path> startUpArchives() throws Exception {
    try (var files = Files.list(home.resolve("lib"))) {
      return files.filter(p -> p.getFileName().toString().matches("runbook-.*\\.(jsa|aot)")).toList();
    }
  }

  @Test
  void saysWhereJavaIsMissing() throws Exception {
    Path notJava = Files.createDirectories(tmp.resolve("not-a-jdk/bin"));
    Subprocess wrongHome = launch(env -> env.put("JAVA_HOME", notJava.getParent().toString()), "--version");
    assertThat(wrongHome.exit()).isEqualTo(2);
    assertThat(wrongHome.out()).isEmpty();
    assertThat(wrongHome.err()).startsWith("runbook: JAVA_HOME is " + notJava.getParent())
        .contains("Java 17 or newer");

    Subprocess none = launch(env -> {
      env.remove("JAVA_HOME");
      env.put("PATH", Subprocess.pathWithout("java"));
    }, "--version");
    assertThat(none.exit()).isEqualTo(2);
    assertThat(none.err()).isEqualTo("runbook: no Java found: install Java 17 or newer and put it on PATH, or set JAVA_HOME\n");
  }

  @Test
  void refusesAJavaOlderThan17() throws Exception {
    Path old = Files.createDirectories(tmp.resolve("jdk-11/bin"));
    Files.writeString(old.resolve("java"), "#!/bin/sh\necho 'the old java ran'\n");
    Files.setPosixFilePermissions(old.resolve("java"), java.nio.file.attribute.PosixFilePermissions.fromString("rwxr-xr-x"));
    Files.writeString(old.resolveSibling("release"), "IMPLEMENTOR=\"Example\"\nJAVA_VERSION=\"11.0.2\"\n");
    Subprocess r = launch(env -> env.put("JAVA_HOME", old.getParent().toString()), "--version");
    assertThat(r.exit()).isEqualTo(2);
    assertThat(r.out()).isEmpty();
    assertThat(r.err()).contains("is Java 11.0.2; runbook needs Java 17 or newer");
  }

  @Test
  void theActionsCheckStepAnnotatesWritesSarifAndReportsTheExitCode() throws Exception {
    breakALink();
    String script = (String) WorkflowFiles.step(WorkflowFiles.yaml("action.yml"), "id", "check").get("run");
    Path runner = Files.createDirectories(tmp.resolve("runner"));
    Path output = runner.resolve("github-output");
    Subprocess r = Subprocess.run(work, env -> {
      env.put("JAVA_HOME", System.getProperty("java.home"));
      env.put("PATH", home.resolve("bin") + java.io.File.pathSeparator + env.get("PATH"));
      env.put("RUNBOOK_PATH", "runbooks");
      env.put("RUNBOOK_FAIL_ON", "error");
      env.put("RUNNER_TEMP", runner.toString());
      env.put("GITHUB_OUTPUT", output.toString());
      env.put("CI", "true"); // as on a runner: no background process
    }, List.of("bash", "-e", "-c", script));
    assertThat(r.exit()).as("the step itself passes, so that SARIF is uploaded: " + r.both()).isZero();
    assertThat(r.out()).contains("::error file=runbooks/database/failover.md,line=");
    Path sarif = runner.resolve("runbook.sarif");
    assertThat(Files.readString(output)).isEqualTo("exit-code=1\nsarif=" + sarif + "\n");
    assertThat(Files.readString(sarif)).contains("\"version\": \"2.1.0\"").contains("RB301");
  }

  @Test
  void theGitlabJobWritesTheCodeQualityReportAndFailsOnFindings() throws Exception {
    List<String> lines = WorkflowFiles.script(WorkflowFiles.map(WorkflowFiles.yaml("ci/gitlab/runbook.gitlab-ci.yml").get("runbook")));
    Consumer<Map<String, String>> env = e -> {
      e.put("JAVA_HOME", System.getProperty("java.home"));
      e.put("RUNBOOK_ARCHIVE_URL", ReleaseArchive.zip().toUri().toString());
      e.put("RUNBOOK_PATH", "");
      e.put("RUNBOOK_FAIL_ON", "error");
      e.put("CI", "true"); // as on a runner: no background process
    };
    // GitLab runs the lines in one shell that stops at the first failing one.
    List<String> job = List.of("bash", "-e", "-c", String.join("\n", lines));
    Subprocess clean = Subprocess.run(work, env, job);
    assertThat(clean.exit()).as(clean.both()).isZero();
    assertThat(Files.readString(work.resolve("gl-code-quality-report.json")).strip()).isEqualTo("[]");

    breakALink();
    Subprocess broken = Subprocess.run(work, env, job);
    assertThat(broken.exit()).as(broken.both()).isEqualTo(1);
    assertThat(broken.out()).contains("runbooks/database/failover.md:");
    assertThat(Files.readString(work.resolve("gl-code-quality-report.json")))
        .contains("\"check_name\": \"RB301\"").contains("\"path\": \"runbooks/database/failover.md\"");
  }

  private void breakALink() throws IOException {
    Path failover = work.resolve("runbooks/database/failover.md");
    Files.writeString(failover, Files.readString(failover) + "\nSee [the old page](gone.md).\n");
  }

  @Test
  void servesAnEditorOverStdinAndStdout() throws Exception {
    ProcessBuilder pb = new ProcessBuilder(home.resolve("bin/runbook").toString(), "lsp").directory(work.toFile())
        .redirectError(ProcessBuilder.Redirect.DISCARD);
    pb.environment().put("JAVA_HOME", System.getProperty("java.home"));
    Process lsp = pb.start();
    java.util.concurrent.BlockingQueue<org.eclipse.lsp4j.PublishDiagnosticsParams> published =
        new java.util.concurrent.LinkedBlockingQueue<>();
    var launcher = org.eclipse.lsp4j.launch.LSPLauncher.createClientLauncher(new org.eclipse.lsp4j.services.LanguageClient() {
      @Override public void telemetryEvent(Object o) { }
      @Override public void publishDiagnostics(org.eclipse.lsp4j.PublishDiagnosticsParams d) {
        published.add(d);
      }
      @Override public void showMessage(org.eclipse.lsp4j.MessageParams m) { }
      @Override public java.util.concurrent.CompletableFuture<org.eclipse.lsp4j.MessageActionItem> showMessageRequest(
          org.eclipse.lsp4j.ShowMessageRequestParams r) {
        return java.util.concurrent.CompletableFuture.completedFuture(null);
      }
      @Override public void logMessage(org.eclipse.lsp4j.MessageParams m) { }
    }, lsp.getInputStream(), lsp.getOutputStream());
    launcher.startListening();
    var server = launcher.getRemoteProxy();
    org.eclipse.lsp4j.InitializeParams init = new org.eclipse.lsp4j.InitializeParams();
    init.setRootUri(work.toUri().toString());
    init.setCapabilities(new org.eclipse.lsp4j.ClientCapabilities());
    assertThat(server.initialize(init).get(60, java.util.concurrent.TimeUnit.SECONDS).getServerInfo().getName())
        .isEqualTo("runbook");
    server.initialized(new org.eclipse.lsp4j.InitializedParams());
    Path failover = work.resolve("runbooks/database/failover.md");
    String text = Files.readString(failover).replace("](", "](gone-");
    server.getTextDocumentService().didOpen(new org.eclipse.lsp4j.DidOpenTextDocumentParams(
        new org.eclipse.lsp4j.TextDocumentItem(failover.toUri().toString(), "markdown", 1, text)));
    org.eclipse.lsp4j.PublishDiagnosticsParams found = published.poll(60, java.util.concurrent.TimeUnit.SECONDS);
    assertThat(found).isNotNull();
    assertThat(found.getDiagnostics()).anySatisfy(d -> assertThat(d.getCode().getLeft()).isEqualTo("RB301"));
    server.shutdown().get(60, java.util.concurrent.TimeUnit.SECONDS);
    server.exit();
    assertThat(lsp.waitFor(60, java.util.concurrent.TimeUnit.SECONDS)).isTrue();
    assertThat(lsp.exitValue()).isZero();
  }

  /** Runs bin/runbook in the work folder; without a background process unless {@code env} asks for one. */
  private Subprocess launch(Consumer<Map<String, String>> env, String... args) throws Exception {
    List<String> command = new java.util.ArrayList<>(List.of(home.resolve("bin/runbook").toString()));
    command.addAll(List.of(args));
    return Subprocess.run(work, e -> {
      e.put("RUNBOOK_DAEMON", "0");
      env.accept(e);
    }, command);
  }

  @Test
  void laterCallsGoThroughTheBackgroundProcessAsInTheRepository() throws Exception {
    DaemonLauncherIT.assumePython();
    assertThat(home.resolve("lib/runbook-client.py")).isRegularFile();
    Path rt = Files.createDirectories(tmp.resolve("xdg-runtime"));
    Files.setPosixFilePermissions(rt, java.nio.file.attribute.PosixFilePermissions.fromString("rwx------"));
    Path folder = rt.resolve("runbook");
    Consumer<Map<String, String>> daemon = e -> {
      e.put("JAVA_HOME", System.getProperty("java.home"));
      e.remove("CI");
      e.remove("RUNBOOK_DAEMON");
      e.put("XDG_RUNTIME_DIR", rt.toString());
      e.put("RUNBOOK_DAEMON_IDLE", "300");
    };
    breakALink();
    try {
      Subprocess cold = launch(e -> e.put("JAVA_HOME", System.getProperty("java.home")), "check", "runbooks");
      assertThat(cold.exit()).as(cold.both()).isEqualTo(1);
      Subprocess first = launch(daemon, "check", "runbooks");
      assertThat(first).usingRecursiveComparison().isEqualTo(cold);
      for (int i = 0; i < 1200 && DaemonLauncherIT.sockets(folder).isEmpty(); i++) {
        Thread.sleep(100); // it starts detached; a hang, not a speed, fails this
      }
      assertThat(DaemonLauncherIT.sockets(folder)).as(DaemonLauncherIT.log(folder)).hasSize(1);
      Subprocess warm = launch(daemon, "check", "runbooks");
      assertThat(warm).usingRecursiveComparison().isEqualTo(cold);
      Subprocess status = launch(daemon, "daemon", "status");
      assertThat(status.out()).as(status.both()).contains("1 commands served")
          .contains(home.resolve("lib/runbook.jar").toString());
    } finally {
      Subprocess stop = launch(daemon, "daemon", "stop");
      for (int i = 0; i < 300 && !DaemonLauncherIT.sockets(folder).isEmpty(); i++) {
        Thread.sleep(100);
      }
      DaemonLauncherIT.killLeftOvers(stop.out() + DaemonLauncherIT.log(folder));
    }
    assertThat(DaemonLauncherIT.sockets(folder)).as("stopped").isEmpty();
  }
}
