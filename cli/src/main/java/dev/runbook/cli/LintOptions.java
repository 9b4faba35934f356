package dev.runbook.cli;

import dev.runbook.core.report.Severity;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import picocli.CommandLine.Option;

/** The options every linting command shares ({@code check}, {@code build}, {@code serve}). */
public final class LintOptions {
  @Option(names = "--config", paramLabel = "FILE", description = "runbook.yml to use (default: found from the root upwards)")
  Path config;

  @Option(names = "--today", paramLabel = "DATE", converter = DateConverter.class,
      description = "the date review rules count from, YYYY-MM-DD (default: today)")
  LocalDate today;

  @Option(names = "--format", paramLabel = "FORMAT", defaultValue = "text", completionCandidates = CompletionValues.Formats.class,
      description = "console format: text, json, sarif, junit, checkstyle, github, gitlab (default: ${DEFAULT-VALUE})")
  String format;

  @Option(names = "--report", paramLabel = "FORMAT:FILE",
      description = "also write a report file; repeatable, e.g. --report sarif:target/runbook.sarif")
  List<String> reports = new ArrayList<>();

  @Option(names = "--fail-on", paramLabel = "LEVEL", defaultValue = "error", completionCandidates = CompletionValues.FailLevels.class,
      description = "lowest severity that fails: error, warning or info (default: ${DEFAULT-VALUE})")
  String failOn;

  @Option(names = "--external", description = "also check http(s) links (slow; uses a cache file)")
  boolean external;

  @Option(names = "--external-cache", paramLabel = "FILE",
      description = "cache of external link results (default: target/runbook-links.cache)")
  Path externalCache;

  @Option(names = "--alerts", paramLabel = "GLOB",
      description = "alerting-rule files whose runbook links to check, besides alerts.rules; repeatable, "
          + "relative to the current folder, e.g. --alerts 'deploy/**/*.yaml'")
  List<String> alerts = new ArrayList<>();

  @Option(names = "--baseline", paramLabel = "FILE", description = "accepted findings (a JSON report); only new ones count")
  Path baseline;

  @Option(names = "--write-baseline", paramLabel = "FILE", description = "record today's findings as the baseline")
  Path writeBaseline;

  @Option(names = {"-q", "--quiet"}, description = "print only findings and errors")
  boolean quiet;

  @Option(names = "--no-color", description = "no colour in text output (NO_COLOR also works)")
  boolean noColor;

  @Option(names = "--threads", paramLabel = "N", description = "parser threads (default: the number of processors)")
  Integer threads;

  Severity failOnSeverity() throws UsageException {
    return Severity.parse(failOn).orElseThrow(() ->
        new UsageException("--fail-on must be error, warning or info, not '" + failOn + "'"));
  }
}
