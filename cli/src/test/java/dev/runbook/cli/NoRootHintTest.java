package dev.runbook.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** In a folder with no runbook root, each command says how to name one in its own words, ready to paste. */
class NoRootHintTest {
  @TempDir Path tmp;

  private Path bareFolder() throws IOException {
    Path bare = Files.createDirectories(tmp.resolve("shared"));
    Files.writeString(bare.resolve("someone-elses.md"), "# Not a runbook\n");
    return bare;
  }

  @ParameterizedTest
  @CsvSource({"check", "build", "fix", "alerts"})
  void theHintNamesTheCommandThatRan(String command) throws IOException {
    Path bare = bareFolder();

    CliRunner.Result r = CliRunner.run(bare, command);

    assertThat(r.exit()).isEqualTo(2);
    assertThat(r.err()).startsWith("runbook: no runbook root found from " + bare)
        .contains("(runbook " + command + " path/to/runbooks)")
        .contains("root: path/to/runbooks")
        .doesNotContain("Exception");
    if (!command.equals("check")) {
      assertThat(r.err()).doesNotContain("runbook check");
    }
  }

  @Test
  void serveNamesServe() throws IOException {
    Path bare = bareFolder();

    CliRunner.Result r = CliRunner.run(bare, "serve", "--port", "0");

    assertThat(r.exit()).isEqualTo(2);
    assertThat(r.err()).contains("(runbook serve path/to/runbooks)").doesNotContain("runbook check");
  }

  @Test
  void newRepeatsTheTitleAndNamesTheFolderWithRoot() throws IOException {
    Path bare = bareFolder();

    CliRunner.Result r = CliRunner.run(bare, "new", "Database Failover", "--owner", "Ops");

    assertThat(r.exit()).isEqualTo(2);
    assertThat(r.err()).startsWith("runbook: no runbook root found from " + bare)
        .contains("(runbook new 'Database Failover' --root path/to/runbooks)")
        .doesNotContain("runbook check");
    assertThat(bare.resolve("database-failover.md")).doesNotExist();
  }
}
