package dev.runbook.cli;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Map;

/** Runs the real command line in-process with a pinned date and captured output. */
final class CliRunner {
  static final LocalDate TODAY = LocalDate.of(2026, 11, 28);

  record Result(int exit, String out, String err) {}

  private CliRunner() {}

  static Result run(Path workingDir, String... args) {
    return run(new Environment(workingDir, clock(), false, false), args);
  }

  /**
   * As {@link #run(Path, String...)} in a process with the environment variables {@code
   * variables} whose stdout and stderr are, or are not, a terminal.
   */
  static Result run(Path workingDir, Map<String, String> variables, boolean terminal, String... args) {
    return run(Environment.of(workingDir, clock(), variables, terminal, terminal), args);
  }

  /** As {@link #run(Path, String...)} with {@code stdin} as standard input (UTF-8). */
  static Result runWithStdin(Path workingDir, String stdin, String... args) {
    return run(new Environment(workingDir, clock(), false, false)
        .withStdin(new java.io.ByteArrayInputStream(stdin.getBytes(java.nio.charset.StandardCharsets.UTF_8))), args);
  }

  private static Clock clock() {
    return Clock.fixed(TODAY.atStartOfDay(ZoneOffset.UTC).toInstant(), ZoneOffset.UTC);
  }

  private static Result run(Environment env, String... args) {
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    int exit = Main.execute(env, new PrintWriter(out, true), new PrintWriter(err, true), args);
    return new Result(exit, out.toString(), err.toString());
  }
}
