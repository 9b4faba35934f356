package dev.runbook.core.rules;

import dev.runbook.core.alerts.AlertCatalog;
import dev.runbook.core.alerts.AlertRulesFile;
import dev.runbook.core.config.Config;
import dev.runbook.core.model.Runbook;
import dev.runbook.core.model.RunbookSet;
import dev.runbook.core.report.Diagnostic;
import dev.runbook.core.rules.external.LinkStatus;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Runs the enabled {@link AlertsRule}s once over a set and its alerts, and drops the findings a
 * suppression comment covers: a YAML comment in a rules file, an HTML comment in a runbook.
 * Immutable and thread-safe.
 */
public final class AlertChecks {
  private final List<AlertsRule> rules;
  private final Config config;

  public AlertChecks(List<Rule> rules, Config config) {
    this.rules = rules.stream()
        .filter(r -> r instanceof AlertsRule && !config.rule(r.info().id()).off())
        .map(r -> (AlertsRule) r).toList();
    this.config = config;
  }

  public List<Diagnostic> check(AlertCatalog alerts, RunbookSet set) {
    return check(alerts, set, Map.of());
  }

  /**
   * Runs the rules.
   *
   * @param external what {@code --external} found for URLs (without fragment); empty without it
   */
  public List<Diagnostic> check(AlertCatalog alerts, RunbookSet set, Map<String, LinkStatus> external) {
    List<Diagnostic> found = new ArrayList<>();
    for (AlertsRule rule : rules) {
      rule.checkAlerts(new AlertsContext(alerts, set, config, rule.info(), found, external));
    }
    Map<String, AlertRulesFile> files = new HashMap<>();
    alerts.files().forEach(f -> files.put(f.path(), f));
    return found.stream().filter(d -> !suppressed(d, files, set)).toList();
  }

  private static boolean suppressed(Diagnostic d, Map<String, AlertRulesFile> files, RunbookSet set) {
    AlertRulesFile file = files.get(d.file());
    if (file != null) {
      return file.suppressed(d.rule(), d.line());
    }
    Runbook doc = set.get(d.file()).orElse(null);
    return doc != null && doc.suppressions().stream().anyMatch(s -> s.covers(d.rule(), d.line()));
  }
}
