package dev.runbook.core.testing;

import dev.runbook.core.check.CheckFailure;
import dev.runbook.core.check.CheckOptions;
import dev.runbook.core.check.CheckRunner;
import dev.runbook.core.report.Diagnostic;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;

/** Runs a full check of a folder with a pinned "today", for tests that prove a file passes. */
public final class Lint {
  private Lint() {}

  public static Clock clock(LocalDate today) {
    return Clock.fixed(today.atStartOfDay(ZoneOffset.UTC).toInstant(), ZoneOffset.UTC);
  }

  /** Every finding in the root, as "file:line RBnnn message" lines (easy to read when a test fails). */
  public static List<String> findings(Path root, LocalDate today) throws CheckFailure {
    return diagnostics(root, today).stream()
        .map(d -> d.file() + ":" + d.line() + " " + d.rule() + " " + d.message()).toList();
  }

  public static List<Diagnostic> diagnostics(Path root, LocalDate today) throws CheckFailure {
    return new CheckRunner().run(CheckOptions.of(root, root, clock(today))).report().diagnostics();
  }
}
