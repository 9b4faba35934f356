package dev.runbook.core.publish;

import dev.runbook.core.check.CheckOptions;
import dev.runbook.core.check.CheckResult;
import dev.runbook.core.config.Config;
import dev.runbook.core.parse.TreeListener;
import dev.runbook.core.rules.Rule;
import dev.runbook.core.site.SiteBuilder;
import dev.runbook.core.site.SiteException;
import dev.runbook.core.site.SiteOptions;
import dev.runbook.core.site.SiteProgress;
import dev.runbook.core.site.SiteResult;
import dev.runbook.core.site.render.MarkdownRenderer;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Publishes a set that a check has just loaded and checked: the site shows that check's findings
 * and rules, counts review states from the check's "today" and renders with its thread count.
 * Used by {@code runbook build} and the {@code runbook:site} goal alike, so both publish the same
 * site from the same options. One publisher serves one build: it keeps the renderer it made for
 * that build's check.
 */
public final class SitePublisher {
  private static final Pattern BASE_URL = Pattern.compile("https?://\\S+");

  private final List<Rule> rules;
  /** Made by {@link #renderer} for the check's load; its drafted bodies go to the site. */
  private volatile MarkdownRenderer renderer;

  /** @param rules the rules the check ran (their metadata makes the site's Rules pages) */
  public SitePublisher(List<Rule> rules) {
    this.rules = List.copyOf(rules);
  }

  /** Whether {@code url} can be a site's public address: http or https, no spaces. */
  public static boolean isBaseUrl(String url) {
    return url != null && BASE_URL.matcher(url).matches();
  }

  /**
   * A Markdown renderer for {@code config} that renders each body from the tree the check's loader
   * has just parsed, for the site {@link #publish} then writes: pass it as {@code
   * runner.withTrees(publisher::renderer)} and no body is parsed twice.
   */
  public TreeListener renderer(Config config) {
    MarkdownRenderer r = new MarkdownRenderer(config);
    renderer = r;
    return r;
  }

  /** The site options for publishing {@code result} into {@code output}. */
  public SiteOptions options(Path output, Optional<String> baseUrl, CheckOptions check, CheckResult result) {
    SiteOptions o = SiteOptions.of(output, LocalDate.now(check.clock()))
        .withBaseUrl(baseUrl)
        .withChecks(rules.stream().map(Rule::info).toList(), Optional.of(result.report()))
        .withThreads(check.threads())
        .withAlerts(result.alerts().entries());
    MarkdownRenderer drafted = renderer;
    return drafted == null ? o : o.withRenderer(drafted);
  }

  /**
   * Writes the site of the checked set into {@code output}, replacing a previous site there.
   *
   * @param baseUrl overrides the config's {@code site.base_url}; check it with {@link #isBaseUrl}
   * @throws SiteException when the folder may not be replaced or the site cannot be written; the
   *     previous site then stays
   */
  public SiteResult publish(Path output, Optional<String> baseUrl, CheckOptions check, CheckResult result)
      throws SiteException {
    return publish(output, baseUrl, check, result, SiteProgress.NONE);
  }

  /** As {@link #publish(Path, Optional, CheckOptions, CheckResult)}, telling {@code progress} as pages are written. */
  public SiteResult publish(Path output, Optional<String> baseUrl, CheckOptions check, CheckResult result,
      SiteProgress progress) throws SiteException {
    return new SiteBuilder(options(output, baseUrl, check, result).withProgress(progress))
        .build(result.set(), result.config(), result.index());
  }
}
