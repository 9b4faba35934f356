package dev.runbook.cli;

import dev.runbook.core.check.CheckFailure;
import dev.runbook.core.check.CheckOptions;
import dev.runbook.core.check.CheckResult;
import dev.runbook.core.check.CheckRunner;
import dev.runbook.core.model.LoadProblem;
import dev.runbook.core.report.Baseline;
import dev.runbook.core.report.BaselineException;
import dev.runbook.core.report.ReportFile;
import dev.runbook.core.report.ReportFormatter;
import dev.runbook.core.report.Severity;
import dev.runbook.core.report.format.ReportFormats;
import dev.runbook.core.report.format.TextFormatter;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Runs a check from command-line options and prints it: the shared middle of {@code check} and
 * {@code build}. Output formats and report files are validated before any work starts.
 */
final class LintRun {
  private final Environment env;
  private final LintOptions opts;
  private final PrintWriter out;
  private final PrintWriter err;
  private final CheckRunner runner;
  private final TerminalProgress progress;
  private final String command;

  LintRun(Environment env, LintOptions opts, PrintWriter out, PrintWriter err) {
    this(env, opts, out, err, new CheckRunner(), "check");
  }

  /**
   * A run with {@code runner} (e.g. one that hands its parse trees to a site build) for {@code
   * command} (check, build), which the hint for a missing runbook root names.
   */
  LintRun(Environment env, LintOptions opts, PrintWriter out, PrintWriter err, CheckRunner runner, String command) {
    this.command = command;
    this.env = env;
    this.opts = opts;
    this.out = out;
    this.err = err;
    this.progress = env.terminal() && !opts.quiet ? new TerminalProgress(err) : null;
    this.runner = progress == null ? runner : runner.withProgress(progress);
  }

  /** Where the site build reports pages written: the same terminal line, or nowhere. */
  dev.runbook.core.site.SiteProgress siteProgress() {
    return progress == null ? dev.runbook.core.site.SiteProgress.NONE : progress;
  }

  /** Erases the progress line before anything else is printed. */
  void endProgress() {
    if (progress != null) {
      progress.clear();
    }
  }

  CheckOptions checkOptions(Optional<Path> root, List<Path> files) {
    Clock clock = DateConverter.clockOn(opts.today, env.clock());
    int threads = opts.threads == null ? Runtime.getRuntime().availableProcessors() : Math.max(1, opts.threads);
    Optional<Path> cache = Optional.ofNullable(opts.externalCache)
        .or(() -> Optional.of(Path.of("target", "runbook-links.cache")));
    return new CheckOptions(env.workingDir(), root, files, Optional.ofNullable(opts.config), clock,
        opts.external, cache.map(env.workingDir()::resolve), Optional.ofNullable(opts.baseline), threads,
        opts.alerts);
  }

  CheckRunner runner() {
    return runner;
  }

  /** Validates formats, runs the check, prints and writes reports. */
  CheckResult run(CheckOptions options) throws UsageException {
    opts.failOnSeverity();
    ReportFormatter console = consoleFormatter();
    List<ReportFile> files = reportFiles();
    CheckResult result;
    try {
      result = runner.run(options);
    } catch (CheckFailure e) {
      endProgress();
      throw new UsageException(RootHint.message(e, RootHint.folderArgument(command)));
    }
    endProgress();
    print(result, console, files);
    return result;
  }

  /** Prints an existing result (the build command checks the set it has loaded). */
  void print(CheckResult result, ReportFormatter console, List<ReportFile> files) throws UsageException {
    for (LoadProblem p : result.problems()) {
      if (opts.quiet && !p.fatal()) {
        continue;
      }
      err.println("runbook: " + dev.runbook.core.report.format.ReportPath.of(result.report().root(), p.path()) + ": " + p.message());
    }
    try {
      // SARIF links each rule to its page on the set's published site, when it has one.
      var siteUrl = result.config().site().baseUrl();
      console.forSite(siteUrl).write(result.report(), out);
      out.flush();
      for (ReportFile f : files) {
        f.forSite(siteUrl).write(result.report());
      }
      if (opts.writeBaseline != null) {
        Path target = env.workingDir().resolve(opts.writeBaseline);
        Baseline.write(result.all(), target);
        if (!opts.quiet) {
          err.println("runbook: wrote a baseline of " + result.all().diagnostics().size() + " findings to " + opts.writeBaseline);
        }
      }
    } catch (IOException | BaselineException e) {
      throw new UsageException("cannot write report: " + e.getMessage());
    }
  }

  /** The console's format; with {@code --quiet}, text is the findings without the summary line. */
  ReportFormatter consoleFormatter() throws UsageException {
    boolean colour = env.colour() && !opts.noColor;
    ReportFormatter f = formatter(opts.format, colour);
    return opts.quiet && f instanceof TextFormatter ? new TextFormatter(colour, false) : f;
  }

  /** The exit status for a result: 2 when files could not be read, else 1 or 0. */
  int exitCode(CheckResult result) throws UsageException {
    if (result.incomplete()) {
      return ExitCodes.USAGE;
    }
    Severity failOn = opts.failOnSeverity();
    return result.report().failsAt(failOn) ? ExitCodes.VIOLATIONS : ExitCodes.OK;
  }

  private static ReportFormatter formatter(String name, boolean colour) throws UsageException {
    return ReportFormats.create(name, colour).orElseThrow(() -> new UsageException(
        "unknown format '" + name + "': use one of " + String.join(", ", ReportFormats.names())));
  }

  private List<ReportFile> reportFiles() throws UsageException {
    List<ReportFile> files = new ArrayList<>();
    for (String spec : opts.reports) {
      try {
        files.add(ReportFile.parse(spec, env.workingDir()));
      } catch (IllegalArgumentException e) {
        throw new UsageException("--report: " + e.getMessage());
      }
    }
    return files;
  }
}
