package dev.runbook.maven;

import dev.runbook.core.check.CheckOptions;
import dev.runbook.core.check.CheckResult;
import dev.runbook.core.check.CheckRunner;
import dev.runbook.core.model.TextChangedException;
import dev.runbook.core.publish.SitePublisher;
import dev.runbook.core.report.Report;
import dev.runbook.core.report.Severity;
import dev.runbook.core.site.SiteException;
import dev.runbook.core.site.SiteResult;
import java.io.File;
import java.nio.file.Path;
import java.util.Optional;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugin.MojoFailureException;
import org.apache.maven.plugins.annotations.LifecyclePhase;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.Parameter;

/**
 * Publishes the project's runbooks as a static HTML site: checks them as {@code runbook:check}
 * does, shows the findings on the runbook pages and replaces the output folder with the new site.
 * The log says where the site went and how many pages it has.
 *
 * @since 0.1.0
 */
@Mojo(name = "site", defaultPhase = LifecyclePhase.PACKAGE, threadSafe = true, requiresProject = true)
public final class SiteMojo extends AbstractRunbookMojo {
  /**
   * The folder the site is written to. Each run replaces it as a whole, and only when it is new,
   * empty or a site an earlier run wrote and nobody added to (its {@code .runbook-site} file lists
   * every file in it): a folder with any other file is refused and left as it is. It may not hold
   * the runbooks.
   *
   * @since 0.1.0
   */
  @Parameter(property = "runbook.outputDirectory", defaultValue = "${project.build.directory}/runbook-site",
      required = true)
  File outputDirectory;

  /**
   * The site's public address, such as {@code https://ops.example.com/runbooks/}: with it the
   * site gets a {@code sitemap.xml} and canonical links. Default: {@code site.base_url} in
   * {@code runbook.yml}; without either, no sitemap.
   *
   * @since 0.1.0
   */
  @Parameter(property = "runbook.baseUrl")
  String baseUrl;

  /**
   * Publishes only runbooks that pass: with findings at or above {@code failOn}, the findings are
   * logged as {@code runbook:check} logs them, the build fails and the previous site stays as it
   * was. Without it, findings show on the runbook pages and the log gives their counts.
   *
   * @since 0.1.0
   */
  @Parameter(property = "runbook.strict", defaultValue = "false")
  boolean strict;

  @Override
  public void execute() throws MojoExecutionException, MojoFailureException {
    if (skip) {
      getLog().info("runbook: site skipped");
      return;
    }
    Optional<Path> root = runbookRoot("nothing to publish");
    if (root.isEmpty()) {
      return;
    }
    Severity level = failOnLevel();
    Optional<String> url = Optional.ofNullable(baseUrl).map(String::trim).filter(u -> !u.isEmpty());
    if (url.isPresent() && !SitePublisher.isBaseUrl(url.get())) {
      throw new MojoExecutionException("baseUrl must be an http(s) URL such as https://ops.example.com/runbooks/,"
          + " not '" + baseUrl + "'");
    }
    CheckRunner plain = new CheckRunner().showingPathsFrom(shownFrom());
    SitePublisher publisher = new SitePublisher(plain.rules());
    // The check's loader hands each parse tree to the publisher, so no body is parsed twice.
    CheckRunner runner = plain.withTrees(publisher::renderer);
    CheckOptions options = checkOptions(root.get());
    CheckResult result;
    try {
      result = run(runner, options);
    } catch (TextChangedException e) {
      throw new MojoExecutionException(e.getMessage(), e);
    }

    Report report = shownReport(result, root.get());
    FindingLog log = new FindingLog(getLog());
    log.problems(report.root(), result.problems());
    if (strict) {
      log.findings(report);
      failIfUnreadable(result, report);
      Optional<String> violations = violations(report, level);
      if (violations.isPresent()) {
        throw new MojoFailureException(violations.get() + "; the site was not written because strict is true");
      }
    }
    SiteResult site = publish(publisher, url, options, result);
    for (String note : site.notes()) {
      getLog().warn("runbook: " + FindingLog.path(report.root(), note));
    }
    getLog().info("runbook: published " + report.root() + " to " + shown(site.output()) + ": "
        + FindingLog.plural(site.pages(), "page") + ", " + FindingLog.plural(site.files(), "file")
        + "; findings shown on the pages: " + FindingLog.counts(report, Severity.INFO));
    // As 'runbook build': what could be read is published, and the build still fails on the rest.
    failIfUnreadable(result, report);
  }

  private SiteResult publish(SitePublisher publisher, Optional<String> url, CheckOptions options, CheckResult result)
      throws MojoExecutionException {
    try {
      return publisher.publish(outputDirectory.toPath(), url, options, result);
    } catch (SiteException e) {
      String message = e.kind() == SiteException.Kind.REFUSED ? "outputDirectory: " + e.getMessage() : e.getMessage();
      throw new MojoExecutionException(message, e);
    } catch (TextChangedException e) {
      throw new MojoExecutionException(e.getMessage(), e);
    }
  }
}
