package dev.runbook.cli;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneOffset;

/** Runs the real command line in-process with a pinned date and captured output. */
final class CliRunner {
  static final LocalDate TODAY = LocalDate.of(2026, 11, 28);

  record Result(int exit, String out, String err) {}

  private CliRunner() {}

  static Result run(Path workingDir, String... args) {
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    Clock clock = Clock.fixed(TODAY.atStartOfDay(ZoneOffset.UTC).toInstant(), ZoneOffset.UTC);
    Environment env = new Environment(workingDir, clock, false, false);
    int exit = Main.execute(env, new PrintWriter(out, true), new PrintWriter(err, true), args);
    return new Result(exit, out.toString(), err.toString());
  }
}
