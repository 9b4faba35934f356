package dev.runbook.core.site;

import dev.runbook.core.config.Config;
import dev.runbook.core.config.ConfigException;
import dev.runbook.core.config.ConfigLoader;
import dev.runbook.core.model.RunbookSet;
import dev.runbook.core.parse.RunbookParser;
import dev.runbook.core.parse.RunbookSetLoader;
import dev.runbook.core.report.Diagnostic;
import dev.runbook.core.report.Report;
import dev.runbook.core.report.RuleInfo;
import dev.runbook.core.report.Severity;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * The site fixtures under {@code src/test/resources/site/}: {@code fixture} touches every page
 * kind, {@code xss} holds hostile input. Rules and findings are made here, not taken from the
 * rules package, so a rule change does not move the golden pages.
 */
final class SiteFixtures {
  static final LocalDate TODAY = LocalDate.of(2026, 11, 20);
  static final Path DIR = Path.of(System.getProperty("basedir", "."), "src/test/resources/site");

  private SiteFixtures() {}

  static Path root(String name) {
    return DIR.resolve(name).toAbsolutePath().normalize();
  }

  /** The fixture's own runbook.yml, or the default config; never one found further up. */
  static Config config(Path root) {
    Path file = root.resolve("runbook.yml");
    if (!Files.exists(file)) {
      return Config.DEFAULT;
    }
    try {
      return new ConfigLoader(Set.of("RB301", "RB403")).load(file);
    } catch (ConfigException e) {
      throw new IllegalStateException(e);
    }
  }

  static RunbookSet load(Path root, Config config) {
    try {
      return new RunbookSetLoader(config.exclude(), config.documents(), new RunbookParser(config.links().slugs()), 2)
          .load(root);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  static List<RuleInfo> rules() {
    return List.of(
        new RuleInfo("RB301", "broken-link", Severity.ERROR, "a relative link or image target does not exist",
            "A dead link in the middle of an incident sends the reader nowhere.", "[Restart](restart.md)",
            RuleInfo.Scope.ALL_DOCUMENTS),
        new RuleInfo("RB403", "review-due-soon", Severity.WARNING, "the next review date is within warn_before",
            "Plan the review before the runbook goes stale.", "last_reviewed: 2026-08-20",
            RuleInfo.Scope.RUNBOOKS));
  }

  static Report report() {
    return new Report("fixture", List.of("database/failover.md", "network/dns-flush.md"), List.of(
        new Diagnostic("database/failover.md", 57, 3, "RB302", "broken-anchor", Severity.ERROR,
            "anchor '#no-such-heading' not found in network/dns-flush.md", "- [A dangling anchor](…)", false),
        new Diagnostic("network/dns-flush.md", 4, 1, "RB403", "review-due-soon", Severity.WARNING,
            "review due on 2026-08-30", "last_reviewed: 2026-06-01", false)),
        rules());
  }

  static SiteOptions options(Path out) {
    return SiteOptions.of(out, TODAY).withChecks(rules(), Optional.of(report())).withThreads(2);
  }

  /** Builds a fixture into {@code out}. */
  static SiteResult build(String fixture, Path out) throws SiteException {
    return build(fixture, options(out));
  }

  static SiteResult build(String fixture, SiteOptions options) throws SiteException {
    Path root = root(fixture);
    Config config = config(root);
    return new SiteBuilder(options).build(load(root, config), config);
  }
}
