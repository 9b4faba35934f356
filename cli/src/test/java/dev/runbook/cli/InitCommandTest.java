package dev.runbook.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class InitCommandTest {
  @TempDir Path dir;

  private void set() throws Exception {
    Path root = Files.createDirectories(dir.resolve("runbooks"));
    for (int i = 0; i < 5; i++) {
      Files.writeString(root.resolve("alert-" + i + ".md"), "# Alert " + i + "\n\n## Meaning\n\nx\n\n## Impact\n\nx\n\n"
          + "## Mitigation\n\n" + (i == 0 ? "see [the dashboard](dashboard.md)\n" : "x\n"));
    }
  }

  @Test
  void initThenCheckIsGreen() throws Exception {
    set();
    CliRun r = CliRun.in(dir, "init");
    assertThat(r.code()).as(r.err()).isZero();
    assertThat(r.err()).contains("runbook: wrote runbook.yml for 5 runbooks (3 shared sections)")
        .contains("runbook: wrote .runbook-baseline.json: ").contains("accepted as they stand");
    assertThat(Files.readString(dir.resolve("runbook.yml"))).contains("sections: [Meaning, Impact, Mitigation]");

    CliRun check = CliRun.in(dir, "check");
    assertThat(check.code()).as(check.out() + check.err()).isZero();
    assertThat(check.out()).contains("no problems");
  }

  @Test
  void aSecondInitIsRefusedAndLeavesTheFirst() throws Exception {
    set();
    assertThat(CliRun.in(dir, "init").code()).isZero();
    String first = Files.readString(dir.resolve("runbook.yml"));
    CliRun again = CliRun.in(dir, "init", "runbooks");
    assertThat(again.code()).isEqualTo(2);
    assertThat(again.err()).contains("runbook.yml already exists").contains("--force");
    assertThat(Files.readString(dir.resolve("runbook.yml"))).isEqualTo(first);
    assertThat(CliRun.in(dir, "init", "--force").code()).isZero();
  }

  @Test
  void noRunbooksFolderSaysHowToNameOne() {
    CliRun r = CliRun.in(dir, "init");
    assertThat(r.code()).isEqualTo(2);
    assertThat(r.err()).contains("name the folder that holds your runbooks, e.g. runbook init docs/runbooks");
    assertThat(dir.resolve("runbook.yml")).doesNotExist();
  }
}
