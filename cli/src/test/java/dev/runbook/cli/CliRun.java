package dev.runbook.cli;

import java.io.IOException;
import java.io.InputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneOffset;

/** Runs the command line in a test: a pinned working folder and "today", captured output. */
record CliRun(int code, String out, String err) {
  static final LocalDate TODAY = LocalDate.of(2026, 11, 28);

  static Clock clock() {
    return Clock.fixed(TODAY.atStartOfDay(ZoneOffset.UTC).toInstant(), ZoneOffset.UTC);
  }

  static CliRun in(Path workingDir, String... args) {
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    Environment env = new Environment(workingDir, clock(), false, false);
    int code = Main.execute(env, new PrintWriter(out, true), new PrintWriter(err, true), args);
    return new CliRun(code, out.toString(), err.toString());
  }

  static byte[] seed(String name) throws IOException {
    try (InputStream in = CliRun.class.getResourceAsStream("/seed/" + name)) {
      return in.readAllBytes();
    }
  }
}
