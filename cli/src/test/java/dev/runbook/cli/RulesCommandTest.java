package dev.runbook.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class RulesCommandTest {
  @TempDir Path dir;

  @Test
  void listsEveryRuleOneLineEach() {
    CliRunner.Result r = CliRunner.run(dir, "rules");
    assertThat(r.exit()).isZero();
    assertThat(r.out()).contains("RB101  missing-section").contains("RB504  front-matter");
    assertThat(r.out().lines().filter(l -> l.startsWith("RB")).count()).isEqualTo(32);
  }

  @Test
  void explainsOneByIdOrName() {
    CliRunner.Result r = CliRunner.run(dir, "rules", "broken-link");
    assertThat(r.exit()).isZero();
    assertThat(r.out()).startsWith("RB301 broken-link (error)").contains("Why: ").contains("Example that fires it:")
        .contains("RB301: off");
    assertThat(CliRunner.run(dir, "rules", "rb301").out()).isEqualTo(r.out());
  }

  @Test
  void unknownRuleIsExitTwo() {
    CliRunner.Result r = CliRunner.run(dir, "rules", "RB999");
    assertThat(r.exit()).isEqualTo(2);
    assertThat(r.err()).contains("no rule 'RB999'");
  }
}
