package dev.runbook.core.site;

import dev.runbook.core.alerts.AlertEntry;
import dev.runbook.core.report.Report;
import dev.runbook.core.report.RuleInfo;
import dev.runbook.core.site.render.MarkdownRenderer;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * How to build one site. Immutable.
 *
 * @param output the folder the site replaces (created when missing); refused when it holds
 *     anything but a previous site
 * @param baseUrl the public address, for {@code sitemap.xml} and canonical links; overrides the
 *     config's {@code site.base_url}
 * @param today the day review states are computed for (the build bakes them in)
 * @param themeDir a folder whose files override the default theme's templates and assets by name;
 *     overrides the config's {@code site.theme_dir}
 * @param rules metadata for the Rules pages; may be empty
 * @param report findings to show on runbook pages, if a check ran
 * @param threads rendering threads, at least 1
 * @param progress told as pages are written
 * @param renderer the Markdown renderer to use, holding the bodies it drafted while the set was
 *     read; used only if made for the config the site is built with
 * @param alerts the alerts of the configured rules files with the runbooks they name, as data
 *     ({@link dev.runbook.core.alerts.AlertCatalog#entries()}); empty when there are none
 */
public record SiteOptions(
    Path output,
    Optional<String> baseUrl,
    LocalDate today,
    Optional<Path> themeDir,
    List<RuleInfo> rules,
    Optional<Report> report,
    int threads,
    SiteProgress progress,
    Optional<MarkdownRenderer> renderer,
    List<AlertEntry> alerts) {

  public SiteOptions {
    Objects.requireNonNull(output, "output");
    Objects.requireNonNull(today, "today");
    rules = List.copyOf(rules);
    threads = Math.max(1, threads);
    Objects.requireNonNull(progress, "progress");
    Objects.requireNonNull(renderer, "renderer");
    alerts = List.copyOf(alerts);
  }

  /** A plain build: no base URL, default theme, no rules or findings, one thread per processor. */
  public static SiteOptions of(Path output, LocalDate today) {
    return new SiteOptions(output, Optional.empty(), today, Optional.empty(), List.of(),
        Optional.empty(), Runtime.getRuntime().availableProcessors(), SiteProgress.NONE, Optional.empty(), List.of());
  }

  public SiteOptions withBaseUrl(Optional<String> url) {
    return new SiteOptions(output, url, today, themeDir, rules, report, threads, progress, renderer, alerts);
  }

  public SiteOptions withThemeDir(Optional<Path> dir) {
    return new SiteOptions(output, baseUrl, today, dir, rules, report, threads, progress, renderer, alerts);
  }

  /** The rule metadata and, if a check ran, its findings. */
  public SiteOptions withChecks(List<RuleInfo> ruleInfos, Optional<Report> findings) {
    return new SiteOptions(output, baseUrl, today, themeDir, ruleInfos, findings, threads, progress, renderer, alerts);
  }

  public SiteOptions withProgress(SiteProgress listener) {
    return new SiteOptions(output, baseUrl, today, themeDir, rules, report, threads, listener, renderer, alerts);
  }

  public SiteOptions withRenderer(MarkdownRenderer r) {
    return new SiteOptions(output, baseUrl, today, themeDir, rules, report, threads, progress, Optional.of(r), alerts);
  }

  public SiteOptions withThreads(int n) {
    return new SiteOptions(output, baseUrl, today, themeDir, rules, report, n, progress, renderer, alerts);
  }

  /** The alerts to show: on their runbooks' pages, as pages of their own, in search and {@code runbooks.json}. */
  public SiteOptions withAlerts(List<AlertEntry> entries) {
    return new SiteOptions(output, baseUrl, today, themeDir, rules, report, threads, progress, renderer, entries);
  }
}
