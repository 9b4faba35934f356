package dev.runbook.maven;

import dev.runbook.core.check.CheckFailure;
import dev.runbook.core.check.CheckOptions;
import dev.runbook.core.check.CheckResult;
import dev.runbook.core.check.CheckRunner;
import dev.runbook.core.report.Report;
import dev.runbook.core.report.ReportFile;
import dev.runbook.core.report.Severity;
import java.io.File;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugin.MojoFailureException;
import org.apache.maven.plugins.annotations.LifecyclePhase;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.Parameter;

/**
 * Lints the project's runbooks and fails the build when some break the rules: logs each finding
 * as a clickable {@code file:[line,column]} line, writes report files (SARIF and JUnit XML by
 * default) and ends with one summary line.
 *
 * @since 0.1.0
 */
@Mojo(name = "check", defaultPhase = LifecyclePhase.VERIFY, threadSafe = true, requiresProject = true)
public final class CheckMojo extends AbstractRunbookMojo {
  static final String DEFAULT_REPORTS = "sarif:${project.build.directory}/runbook/runbook.sarif,"
      + "junit:${project.build.directory}/runbook/runbook-junit.xml";

  /**
   * The lowest severity that counts as a violation: {@code error}, {@code warning} or {@code info}.
   *
   * @since 0.1.0
   */
  @Parameter(property = "runbook.failOn", defaultValue = "error")
  String failOn;

  /**
   * Whether violations fail the build. When {@code false} they are logged and the build goes on.
   *
   * @since 0.1.0
   */
  @Parameter(property = "runbook.failOnViolation", defaultValue = "true")
  boolean failOnViolation;

  /**
   * Report files to write, each {@code FORMAT:FILE}; formats: {@code text}, {@code json},
   * {@code sarif}, {@code junit}, {@code checkstyle}, {@code github}, {@code gitlab}. Relative
   * files are relative to the project folder. A {@code json} report can serve as a
   * {@code baseline} later. {@code <reports><report>none</report></reports>} (or
   * {@code -Drunbook.reports=none}) writes none.
   *
   * @since 0.1.0
   */
  @Parameter(property = "runbook.reports", defaultValue = DEFAULT_REPORTS)
  List<String> reports;

  /**
   * Also checks http(s) links (slow: concurrent requests with timeouts and retries, results
   * cached in {@code target/runbook-links.cache}).
   *
   * @since 0.1.0
   */
  @Parameter(property = "runbook.external", defaultValue = "false")
  boolean external;

  /**
   * A JSON report of accepted findings: only findings not in it count. Findings match by file,
   * rule, message and source text, so the baseline survives lines moving.
   *
   * @since 0.1.0
   */
  @Parameter(property = "runbook.baseline")
  File baseline;

  @Parameter(defaultValue = "${project.build.directory}", readonly = true, required = true)
  File buildDirectory;

  @Override
  public void execute() throws MojoExecutionException, MojoFailureException {
    if (skip) {
      getLog().info("runbook: check skipped");
      return;
    }
    Optional<Path> root = runbookRoot();
    if (root.isEmpty()) {
      return;
    }
    Severity level = Severity.parse(failOn).orElseThrow(() -> new MojoExecutionException(
        "failOn must be error, warning or info, not '" + failOn + "'"));
    List<ReportFile> files = reportFiles();
    CheckResult result = run(root.get());

    Report report = relabel(result.report(), shown(root.get()));
    FindingLog log = new FindingLog(getLog());
    log.problems(report.root(), result.problems());
    log.findings(report);
    write(files, report);
    getLog().info(summary(report, result, files));

    if (result.incomplete()) {
      long unread = result.problems().stream().filter(p -> p.fatal()).count();
      throw new MojoExecutionException(FindingLog.plural((int) unread, "file") + " in " + report.root()
          + " could not be read (see the lines above): fix them, or add them to 'exclude' in runbook.yml");
    }
    long violations = report.diagnostics().stream().filter(d -> d.severity().atLeast(level)).count();
    if (violations > 0) {
      String message = FindingLog.plural((int) violations, "runbook violation") + " in " + report.root()
          + " (" + FindingLog.counts(report, level) + "; failOn is " + level.id() + "): see the lines above";
      if (failOnViolation) {
        throw new MojoFailureException(message);
      }
      getLog().warn(message + "; the build goes on because failOnViolation is false");
    }
  }

  private CheckResult run(Path root) throws MojoExecutionException {
    CheckOptions options = new CheckOptions(basedir.toPath(), Optional.of(root), List.of(),
        Optional.ofNullable(configFile).map(File::toPath), clock(), external,
        Optional.of(buildDirectory.toPath().resolve("runbook-links.cache")),
        Optional.ofNullable(baseline).map(File::toPath), Runtime.getRuntime().availableProcessors());
    try {
      return new CheckRunner().run(options);
    } catch (CheckFailure e) {
      throw new MojoExecutionException(e.getMessage(), e);
    }
  }

  private List<ReportFile> reportFiles() throws MojoExecutionException {
    List<ReportFile> files = new ArrayList<>();
    if (reports == null || reports.equals(List.of("none"))) {
      return files;
    }
    for (String spec : reports) {
      try {
        files.add(ReportFile.parse(spec.trim(), basedir.toPath()));
      } catch (IllegalArgumentException e) {
        throw new MojoExecutionException("reports: " + e.getMessage(), e);
      }
    }
    return files;
  }

  private void write(List<ReportFile> files, Report report) throws MojoExecutionException {
    for (ReportFile f : files) {
      try {
        f.write(report);
      } catch (IOException e) {
        throw new MojoExecutionException("cannot write report " + f.file() + ": " + e.getMessage(), e);
      }
    }
  }

  private String summary(Report report, CheckResult result, List<ReportFile> files) {
    int accepted = result.all().diagnostics().size() - report.diagnostics().size();
    return "runbook: " + FindingLog.plural(report.files().size(), "file") + " checked in " + report.root()
        + ": " + FindingLog.counts(report, Severity.INFO)
        + (baseline == null ? "" : "; " + accepted + " accepted by the baseline")
        + (files.isEmpty() ? "; no report files"
            : "; reports: " + files.stream().map(f -> shown(f.file())).collect(Collectors.joining(", ")));
  }

  /** The report with its root as people see it from where mvn was started. */
  private static Report relabel(Report report, String root) {
    return new Report(root, report.files(), report.diagnostics(), report.rules());
  }
}
