package dev.runbook.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Clock;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.DisabledOnOs;
import org.junit.jupiter.api.condition.OS;
import org.junit.jupiter.api.io.TempDir;

/** {@code runbook daemon status} says why no background process can run, not only that none does. */
@DisabledOnOs(OS.WINDOWS)
class DaemonCommandTest {
  @TempDir Path tmp;

  private String status(Path runtime) {
    StringWriter out = new StringWriter();
    PrintWriter w = new PrintWriter(out);
    Environment env = Environment.of(tmp, Clock.systemUTC(), Map.of("XDG_RUNTIME_DIR", runtime.toString()), false, false);
    int code = Main.execute(env, w, w, "daemon", "status");
    w.flush();
    assertThat(code).isZero();
    return out.toString();
  }

  @Test
  void aFolderOpenToOthersIsNamedWithWhatToDo() throws Exception {
    Path folder = Files.createDirectories(tmp.resolve("rt/runbook"));
    Files.setPosixFilePermissions(folder, PosixFilePermissions.fromString("rwxrwxrwx"));
    assertThat(status(tmp.resolve("rt"))).contains("none running (" + folder + ")")
        .contains("none will run while " + folder + " is open to other users (rwxrwxrwx)").contains("chmod 700");
  }

  @Test
  void aPrivateFolderWithNoneRunningSaysJustThat() throws Exception {
    Path folder = Files.createDirectories(tmp.resolve("rt/runbook"));
    Files.setPosixFilePermissions(folder, PosixFilePermissions.fromString("rwx------"));
    assertThat(status(tmp.resolve("rt"))).isEqualTo("runbook daemon: none running (" + folder + ")\n");
  }

  @Test
  void aStartThatNeverCameUpIsNamedWithItsLog() throws Exception {
    Path folder = Files.createDirectories(tmp.resolve("rt/runbook"));
    Files.setPosixFilePermissions(folder, PosixFilePermissions.fromString("rwx------"));
    Path starting = Files.writeString(folder.resolve("d-0123.tried"), "");
    assertThat(status(tmp.resolve("rt"))).as("still starting").isEqualTo("runbook daemon: none running (" + folder + ")\n");

    java.time.Instant at = java.time.Instant.parse("2026-12-01T09:00:00Z");
    Files.setLastModifiedTime(starting, java.nio.file.attribute.FileTime.from(at));
    assertThat(status(tmp.resolve("rt"))).contains("the last one started, at 2026-12-01T09:00:00Z, did not come up: "
        + folder.resolve("daemon.log") + " says why; the next call after 2026-12-01T09:10:00Z tries again");
  }
}
