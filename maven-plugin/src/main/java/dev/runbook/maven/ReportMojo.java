package dev.runbook.maven;

import dev.runbook.core.check.CheckFailure;
import dev.runbook.core.check.CheckOptions;
import dev.runbook.core.check.CheckOverview;
import dev.runbook.core.check.CheckResult;
import dev.runbook.core.check.CheckRunner;
import dev.runbook.core.report.Diagnostic;
import dev.runbook.core.report.Severity;
import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.apache.maven.doxia.sink.Sink;
import org.apache.maven.plugins.annotations.LifecyclePhase;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.Parameter;
import org.apache.maven.reporting.AbstractMavenReport;
import org.apache.maven.reporting.MavenReportException;

/**
 * The "Runbooks" report of {@code mvn site}: the findings of a check by rule and by file, every
 * runbook's review status (overdue first), and a link to the published runbook site. Declare
 * the plugin under {@code <reporting>}; the report is {@code runbooks.html}. It never fails the
 * build over findings: that is {@code runbook:check}'s job.
 *
 * @since 0.1.0
 */
@Mojo(name = "report", defaultPhase = LifecyclePhase.SITE, threadSafe = true, requiresProject = true)
public final class ReportMojo extends AbstractMavenReport {
  /**
   * The folder that holds the runbooks. Default: {@code runbooks} in the project folder; without
   * it the project gets no report.
   *
   * @since 0.1.0
   */
  @Parameter(property = "runbook.directory")
  File runbookDirectory;

  /**
   * The {@code runbook.yml} to use. Default: the one found from the runbook folder upwards.
   *
   * @since 0.1.0
   */
  @Parameter(property = "runbook.config")
  File configFile;

  /**
   * The date review status counts from, {@code YYYY-MM-DD}. Default: today.
   *
   * @since 0.1.0
   */
  @Parameter(property = "runbook.today")
  String today;

  /**
   * Alerting-rule files checked with the runbooks (as for {@code runbook:check}).
   *
   * @since 0.1.0
   */
  @Parameter(property = "runbook.alertRules")
  List<String> alertRules;

  /**
   * Where the runbook site is published, linked from the report. Default: {@code site.base_url}
   * in {@code runbook.yml}.
   *
   * @since 0.1.0
   */
  @Parameter(property = "runbook.siteUrl")
  String siteUrl;

  /**
   * Skips the report.
   *
   * @since 0.1.0
   */
  @Parameter(property = "runbook.skip", defaultValue = "false")
  boolean skip;

  @Override
  public String getOutputName() {
    return "runbooks";
  }

  @Override
  public String getName(Locale locale) {
    return "Runbooks";
  }

  @Override
  public String getDescription(Locale locale) {
    return "Runbook findings by rule and file, review status, and the published runbook site.";
  }

  @Override
  public boolean canGenerateReport() {
    return !skip && Files.isDirectory(root());
  }

  private Path root() {
    return runbookDirectory != null ? runbookDirectory.toPath() : getProject().getBasedir().toPath().resolve("runbooks");
  }

  @Override
  protected void executeReport(Locale locale) throws MavenReportException {
    Path base = getProject().getBasedir().toPath();
    Clock clock = clock();
    CheckOptions options = CheckOptions.of(base, root(), clock)
        .withConfig(Optional.ofNullable(configFile).map(File::toPath))
        .withAlertRules(alertRules == null ? List.of() : alertRules);
    CheckResult result;
    try {
      result = new CheckRunner().run(options);
    } catch (CheckFailure e) {
      throw new MavenReportException(e.getMessage(), e);
    }
    CheckOverview overview = CheckOverview.of(result, LocalDate.now(clock));
    String rootLabel = base.relativize(root().toAbsolutePath().normalize()).toString().replace(File.separatorChar, '/');
    new Page(getSink(), overview, rootLabel.isEmpty() ? "." : rootLabel,
        Optional.ofNullable(siteUrl).filter(s -> !s.isBlank()).or(overview::siteUrl)).write();
  }

  private Clock clock() throws MavenReportException {
    if (today == null || today.isBlank()) {
      return Clock.systemDefaultZone();
    }
    try {
      return Clock.fixed(LocalDate.parse(today.trim()).atStartOfDay(ZoneOffset.UTC).toInstant(), ZoneOffset.UTC);
    } catch (DateTimeParseException e) {
      throw new MavenReportException("today must be a date like 2026-11-28, not '" + today + "'", e);
    }
  }

  /** The report page, drawn through Doxia's sink. */
  private record Page(Sink sink, CheckOverview overview, String root, Optional<String> siteUrl) {
    void write() {
      sink.head();
      sink.title();
      sink.text("Runbooks");
      sink.title_();
      sink.head_();
      sink.body();
      sink.section1();
      sink.sectionTitle1();
      sink.text("Runbooks");
      sink.sectionTitle1_();
      summary();
      rules();
      files();
      reviews();
      sink.section1_();
      sink.body_();
      sink.flush();
      sink.close();
    }

    private void summary() {
      Map<Severity, Integer> counts = overview.report().counts();
      sink.paragraph();
      sink.text(overview.report().files().size() + " files checked in " + root + ": "
          + counts.getOrDefault(Severity.ERROR, 0) + " errors, " + counts.getOrDefault(Severity.WARNING, 0)
          + " warnings, " + counts.getOrDefault(Severity.INFO, 0) + " infos.");
      sink.paragraph_();
      sink.paragraph();
      if (siteUrl.isPresent()) {
        sink.text("Published runbooks: ");
        sink.link(siteUrl.get());
        sink.text(siteUrl.get());
        sink.link_();
      } else {
        sink.text("The runbook site's address is not known: set site.base_url in runbook.yml (or siteUrl) "
            + "to link it here.");
      }
      sink.paragraph_();
    }

    private void rules() {
      section("Findings by rule");
      if (overview.rules().isEmpty()) {
        paragraph("No findings.");
      } else {
        sink.table();
        sink.tableRows();
        row(true, "Rule", "Name", "Severity", "Findings");
        for (CheckOverview.RuleRow r : overview.rules()) {
          row(false, r.id(), r.name(), r.severity().id(), String.valueOf(r.count()));
        }
        sink.tableRows_();
        sink.table_();
      }
      sink.section2_();
    }

    private void files() {
      section("Findings by file");
      if (overview.byFile().isEmpty()) {
        paragraph("No findings.");
      }
      for (Map.Entry<String, List<Diagnostic>> e : overview.byFile().entrySet()) {
        sink.paragraph();
        sink.bold();
        sink.text(FindingLog.path(root, e.getKey()));
        sink.bold_();
        sink.paragraph_();
        sink.table();
        sink.tableRows();
        row(true, "Line", "Rule", "Severity", "Message");
        for (Diagnostic d : e.getValue()) {
          row(false, d.line() + ":" + d.column(), d.rule() + " " + d.name(), d.severity().id(), d.message());
        }
        sink.tableRows_();
        sink.table_();
      }
      sink.section2_();
    }

    private void reviews() {
      section("Review status");
      if (overview.reviews().isEmpty()) {
        paragraph("No runbooks.");
      } else {
        sink.table();
        sink.tableRows();
        row(true, "Runbook", "Owner", "Last reviewed", "Next review", "Status");
        for (CheckOverview.ReviewRow r : overview.reviews()) {
          row(false, r.title() + " (" + r.path() + ")", r.owner(),
              r.lastReviewed().map(LocalDate::toString).orElse(""), r.due().map(LocalDate::toString).orElse(""),
              r.status());
        }
        sink.tableRows_();
        sink.table_();
      }
      sink.section2_();
    }

    private void section(String title) {
      sink.section2();
      sink.sectionTitle2();
      sink.text(title);
      sink.sectionTitle2_();
    }

    private void paragraph(String text) {
      sink.paragraph();
      sink.text(text);
      sink.paragraph_();
    }

    private void row(boolean header, String... cells) {
      sink.tableRow();
      for (String c : cells) {
        if (header) {
          sink.tableHeaderCell();
        } else {
          sink.tableCell();
        }
        sink.text(c);
        if (header) {
          sink.tableHeaderCell_();
        } else {
          sink.tableCell_();
        }
      }
      sink.tableRow_();
    }
  }
}
