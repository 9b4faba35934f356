package dev.runbook.maven;

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
    Severity level = failOnLevel();
    List<ReportFile> files = reportFiles();
    CheckOptions options = checkOptions(root.get())
        .withExternal(external, Optional.of(buildDirectory.toPath().resolve("runbook-links.cache")))
        .withBaseline(Optional.ofNullable(baseline).map(File::toPath));
    CheckResult result = run(new CheckRunner().showingPathsFrom(shownFrom()), options);

    Report report = shownReport(result, root.get());
    FindingLog log = new FindingLog(getLog());
    log.problems(report.root(), result.problems());
    log.findings(report);
    write(files, report, result.config().site().baseUrl());
    getLog().info(summary(report, result, files));

    failIfUnreadable(result, report);
    Optional<String> message = violations(report, level);
    if (message.isPresent()) {
      if (failOnViolation) {
        throw new MojoFailureException(message.get());
      }
      getLog().warn(message.get() + "; the build goes on because failOnViolation is false");
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

  private void write(List<ReportFile> files, Report report, Optional<String> siteUrl) throws MojoExecutionException {
    for (ReportFile f : files) {
      try {
        f.forSite(siteUrl).write(report);
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
}
