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

  private Path launcher() throws Exception {
    Path repo = Files.createDirectories(tmp.resolve("repo"));
    Path copy = Files.copy(WorkflowFiles.REPO.resolve("runbook"), repo.resolve("runbook"), StandardCopyOption.COPY_ATTRIBUTES);
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

    Subprocess r = Subprocess.run(elsewhere, env -> env.put("JAVA_HOME", javaHome.toString()),
        List.of(launcher.toString(), "check", "runbooks"));

    assertThat(r.exit()).as(r.both()).isZero();
    assertThat(r.out()).startsWith("java of JAVA_HOME: ")
        .contains("-jar " + launcher.getParent().resolve("cli/target/runbook.jar") + " check runbooks");
  }

  @Test
  void aJavaHomeWithoutJavaIsExitTwoSayingWhatToDo() throws Exception {
    Path launcher = launcher();
    Subprocess r = Subprocess.run(tmp, env -> env.put("JAVA_HOME", tmp.resolve("no-jdk").toString()),
        List.of(launcher.toString(), "check"));

    assertThat(r.exit()).as(r.both()).isEqualTo(2);
    assertThat(r.err()).contains("JAVA_HOME is " + tmp.resolve("no-jdk"))
        .contains("point JAVA_HOME at a Java 17 or newer installation, or unset it");
  }
}
