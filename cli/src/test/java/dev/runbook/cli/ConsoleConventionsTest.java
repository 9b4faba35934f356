package dev.runbook.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** NO_COLOR, FORCE_COLOR, CLICOLOR_FORCE, TERM=dumb and --quiet, as a user sets them. */
class ConsoleConventionsTest {
  static final String ESC = "\u001b[";

  @TempDir Path dir;

  @BeforeEach
  void brokenLink() throws Exception {
    Path root = Files.createDirectories(dir.resolve("runbooks"));
    Files.writeString(root.resolve("README.md"), "# Index\n\n## Logs\n\n- [Rotate](rotate.md)\n");
    Files.writeString(root.resolve("rotate.md"), CheckCommandTest.GOOD.replace("[Index](README.md)", "[Gone](gone.md)"));
  }

  private String check(Map<String, String> variables, boolean terminal, String... more) {
    String[] args = new String[more.length + 1];
    args[0] = "check";
    System.arraycopy(more, 0, args, 1, more.length);
    CliRunner.Result r = CliRunner.run(dir, variables, terminal, args);
    assertThat(r.exit()).as(r.err()).isEqualTo(1);
    return r.out();
  }

  @Test
  void colourOnATerminalUnlessNoColorIsSetAndNotEmpty() {
    assertThat(check(Map.of(), true)).contains(ESC);
    assertThat(check(Map.of(), false)).doesNotContain(ESC);
    assertThat(check(Map.of("NO_COLOR", "1"), true)).doesNotContain(ESC);
    assertThat(check(Map.of("NO_COLOR", ""), true)).as("an empty NO_COLOR is not set").contains(ESC);
  }

  @Test
  void forceColorAndClicolorForceColourOutputThatIsNoTerminal() {
    assertThat(check(Map.of("FORCE_COLOR", "1"), false)).contains(ESC);
    assertThat(check(Map.of("CLICOLOR_FORCE", "1"), false)).contains(ESC);
    assertThat(check(Map.of("FORCE_COLOR", "0"), false)).doesNotContain(ESC);
    assertThat(check(Map.of("FORCE_COLOR", ""), false)).doesNotContain(ESC);
    assertThat(check(Map.of("FORCE_COLOR", "1", "NO_COLOR", "1"), false)).as("NO_COLOR wins").doesNotContain(ESC);
    assertThat(check(Map.of("FORCE_COLOR", "1"), false, "--no-color")).as("the option wins").doesNotContain(ESC);
  }

  @Test
  void aDumbTerminalGetsNoColourAndNoProgressLine() {
    assertThat(check(Map.of("TERM", "dumb"), true)).doesNotContain(ESC);
    assertThat(check(Map.of("TERM", "dumb", "FORCE_COLOR", "1"), true)).contains(ESC);
    Clock clock = Clock.systemUTC();
    assertThat(Environment.of(dir, clock, Map.of("TERM", "xterm-256color"), true, true).terminal()).isTrue();
    assertThat(Environment.of(dir, clock, Map.of("TERM", "dumb"), true, true).terminal()).isFalse();
    assertThat(Environment.of(dir, clock, Map.of("FORCE_COLOR", "1"), false, false).terminal())
        .as("forced colour is no terminal to redraw a line on").isFalse();
  }

  @Test
  void quietPrintsTheFindingsAndNoSummary() throws Exception {
    String quiet = check(Map.of(), false, "-q");
    assertThat(quiet).contains("runbooks/rotate.md:21:10 error RB301 broken-link").doesNotContain("1 error");
    Files.writeString(dir.resolve("runbooks/rotate.md"), CheckCommandTest.GOOD);
    CliRunner.Result clean = CliRunner.run(dir, "check", "--quiet");
    assertThat(clean.exit()).isZero();
    assertThat(clean.out()).isEmpty();
    assertThat(clean.err()).isEmpty();
    assertThat(CliRunner.run(dir, "check", "-q", "--format", "json").out()).as("machine formats are whole")
        .contains("\"summary\"");
  }
}
