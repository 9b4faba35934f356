package dev.runbook.maven;

import dev.runbook.core.check.CheckFailure;
import dev.runbook.core.check.CheckOptions;
import dev.runbook.core.check.CheckResult;
import dev.runbook.core.check.CheckRunner;
import dev.runbook.core.config.ConfigException;
import dev.runbook.core.config.ConfigLoader;
import dev.runbook.core.config.ProjectLocation;
import dev.runbook.core.config.ProjectLocator;
import dev.runbook.core.report.Report;
import dev.runbook.core.report.Severity;
import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Optional;
import org.apache.maven.plugin.AbstractMojo;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugins.annotations.Parameter;

/**
 * What every runbook goal shares: where the runbooks are, the config, "today", the fail level and
 * skipping, and the steps from those parameters to a checked set.
 */
abstract class AbstractRunbookMojo extends AbstractMojo {
  /**
   * The folder that holds the runbooks. When it is not set: the {@code root} of the config in the
   * project folder, else {@code runbooks/}. When neither is there, the goal logs that and does nothing, so a plugin declared in a parent pom
   * leaves modules without runbooks alone. A folder that is set but does not exist fails the
   * build. Default: {@code runbooks} in the project folder.
   *
   * @since 0.1.0
   */
  @Parameter(property = "runbook.directory")
  File runbookDirectory;

  /**
   * The {@code runbook.yml} to use. Default: the first {@code runbook.yml}, {@code .runbook.yml} or
   * {@code runbook.yaml} found in the runbook folder or its parents (up to the repository root), as
   * {@code runbook check} finds it; without one, the built-in defaults.
   *
   * @since 0.1.0
   */
  @Parameter(property = "runbook.config")
  File configFile;

  /**
   * The date that review rules count from, as {@code YYYY-MM-DD}. Pin it in builds that must give
   * the same result every day. Default: today.
   *
   * @since 0.1.0
   */
  @Parameter(property = "runbook.today")
  String today;

  /**
   * The lowest severity that counts as a violation: {@code error}, {@code warning} or {@code info}.
   * {@code runbook:site} only fails on violations with {@code strict}.
   *
   * @since 0.1.0
   */
  @Parameter(property = "runbook.failOn", defaultValue = "error")
  String failOn;

  /**
   * Skips the goal.
   *
   * @since 0.1.0
   */
  @Parameter(property = "runbook.skip", defaultValue = "false")
  boolean skip;

  /**
   * Alerting-rule files (Prometheus rule files, Kubernetes {@code PrometheusRule} objects) whose
   * runbook links are checked (RB601–RB604), besides {@code alerts.rules} in {@code runbook.yml}:
   * globs relative to the project folder, e.g. {@code ../deploy/**}{@code /*.yaml}. On the command
   * line, comma-separated.
   *
   * @since 0.1.0
   */
  @Parameter(property = "runbook.alertRules")
  List<String> alertRules;

  @Parameter(defaultValue = "${project.basedir}", readonly = true, required = true)
  File basedir;

  /**
   * The reactor's root: the folder of the pom mvn builds, which is the folder mvn ran in unless
   * {@code -f} names a pom elsewhere (MavenCli then makes the pom's folder the base directory).
   */
  @Parameter(defaultValue = "${session.executionRootDirectory}", readonly = true)
  File executionRoot;

  /** The folder mvn ran in: the {@code user.dir} of the session's system properties. */
  @Parameter(defaultValue = "${user.dir}", readonly = true)
  File workingDirectory;

  /**
   * The runbook folder, or empty when the default folder does not exist (nothing to do).
   *
   * @throws MojoExecutionException when a configured folder or config file does not exist
   */
  Optional<Path> runbookRoot() throws MojoExecutionException {
    return runbookRoot("nothing to check");
  }

  /** As {@link #runbookRoot()}, with what the log says there is nothing to do, e.g. "nothing to publish". */
  Optional<Path> runbookRoot(String nothingToDo) throws MojoExecutionException {
    if (configFile != null && !configFile.isFile()) {
      throw new MojoExecutionException("configFile " + configFile
          + " does not exist: create it, or leave configFile unset to use the runbook.yml found from the runbook folder");
    }
    if (runbookDirectory == null) {
      Optional<Path> configured = configuredRoot();
      if (configured.isPresent()) {
        return configured;
      }
      Path fallback = basedir.toPath().resolve("runbooks");
      if (!Files.isDirectory(fallback)) {
        getLog().info("runbook: no folder " + shown(fallback) + ", " + nothingToDo
            + " (set runbookDirectory if your runbooks live elsewhere)");
        return Optional.empty();
      }
      return Optional.of(fallback);
    }
    Path root = runbookDirectory.toPath();
    if (!Files.isDirectory(root)) {
      throw new MojoExecutionException("runbookDirectory " + root
          + " is not an existing folder: create it, or point runbookDirectory at the folder that holds your runbooks");
    }
    return Optional.of(root);
  }

  /**
   * The root that a config in the project folder names ({@link ProjectLocator}: {@code runbook.yml},
   * {@code .runbook.yml} or {@code runbook.yaml} with a {@code root}), when there is one.
   */
  private Optional<Path> configuredRoot() throws MojoExecutionException {
    try {
      Optional<Path> here = configFile != null ? Optional.of(configFile.toPath()) : ProjectLocator.configIn(basedir.toPath());
      if (here.isEmpty()) {
        return Optional.empty();
      }
      ProjectLocation where = new ProjectLocator(new ConfigLoader(new CheckRunner().ruleIds(), new CheckRunner().ruleIdsByName()))
          .locate(basedir.toPath(), List.of(), here);
      return where.config().root().isPresent() ? Optional.of(where.root()) : Optional.empty();
    } catch (ConfigException e) {
      throw new MojoExecutionException(e.getMessage(), e);
    }
  }

  /** The {@code failOn} level. */
  Severity failOnLevel() throws MojoExecutionException {
    return Severity.parse(failOn).orElseThrow(() -> new MojoExecutionException(
        "failOn must be error, warning or info, not '" + failOn + "'"));
  }

  /** Check options for the root from the shared parameters: config, today, one thread per processor. */
  CheckOptions checkOptions(Path root) throws MojoExecutionException {
    return CheckOptions.of(basedir.toPath(), root, clock()).withConfig(Optional.ofNullable(configFile).map(File::toPath))
        .withAlertRules(alertRules == null ? List.of() : alertRules);
  }

  /** Loads and checks the set; a check that cannot run (bad config, unreadable baseline) is an execution error. */
  static CheckResult run(CheckRunner runner, CheckOptions options) throws MojoExecutionException {
    try {
      return runner.run(options);
    } catch (CheckFailure e) {
      throw new MojoExecutionException(e.getMessage(), e);
    }
  }

  /** The report with its root as people see it from where mvn was started, for clickable lines. */
  Report shownReport(CheckResult result, Path root) {
    return result.report().withRoot(shown(root));
  }

  /** Fails when some files could not be read: the check, and a site, would be incomplete. */
  static void failIfUnreadable(CheckResult result, Report report) throws MojoExecutionException {
    if (!result.incomplete()) {
      return;
    }
    long unread = result.problems().stream().filter(p -> p.fatal()).count();
    throw new MojoExecutionException(FindingLog.plural((int) unread, "file") + " in " + report.root()
        + " could not be read (see the lines above): fix them, or add them to 'exclude' in runbook.yml");
  }

  /** "N runbook violations in ROOT (counts; failOn is LEVEL): see the lines above", when there are any. */
  static Optional<String> violations(Report report, Severity level) {
    long n = report.diagnostics().stream().filter(d -> d.severity().atLeast(level)).count();
    if (n == 0) {
      return Optional.empty();
    }
    return Optional.of(FindingLog.plural((int) n, "runbook violation") + " in " + report.root()
        + " (" + FindingLog.counts(report, level) + "; failOn is " + level.id() + "): see the lines above");
  }

  /** The clock review rules count from: pinned by {@code today}, else the system's. */
  Clock clock() throws MojoExecutionException {
    if (today == null || today.isBlank()) {
      return Clock.systemDefaultZone();
    }
    try {
      LocalDate date = LocalDate.parse(today.trim());
      return Clock.fixed(date.atStartOfDay(ZoneOffset.UTC).toInstant(), ZoneOffset.UTC);
    } catch (DateTimeParseException e) {
      throw new MojoExecutionException("today must be a date like 2026-11-28, not '" + today + "'", e);
    }
  }

  /** Where report paths and hints start: the folder mvn ran in (for {@code -f sub/pom.xml} too), else the reactor's root. */
  Path shownFrom() {
    Path root = (executionRoot != null ? executionRoot : basedir).toPath();
    return shownFrom(root, workingDirectory == null ? null : workingDirectory.toPath());
  }

  /**
   * The folder mvn ran in when the reactor's root lies in it ({@code mvn -f svc/pom.xml} from the
   * repository root), so that paths and hints work when pasted there; else the reactor's root
   * ({@code mvn -f ../other/pom.xml}, where paths from the folder mvn ran in would start with ../).
   */
  static Path shownFrom(Path executionRoot, Path workingDirectory) {
    Path root = executionRoot.toAbsolutePath().normalize();
    if (workingDirectory == null) {
      return root;
    }
    Path ranIn = workingDirectory.toAbsolutePath().normalize();
    return root.startsWith(ranIn) ? ranIn : root;
  }

  /** How a path is shown to people: relative to where mvn was started, with ../ when above it. */
  String shown(Path path) {
    Path abs = path.toAbsolutePath().normalize();
    Path from = shownFrom();
    if (abs.getRoot() == null || !abs.getRoot().equals(from.getRoot())) {
      return abs.toString();
    }
    String rel = from.relativize(abs).toString().replace(File.separatorChar, '/');
    return rel.isEmpty() ? "." : rel;
  }
}
