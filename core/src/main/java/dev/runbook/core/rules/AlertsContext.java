package dev.runbook.core.rules;

import dev.runbook.core.alerts.AlertCatalog;
import dev.runbook.core.alerts.AlertRulesFile;
import dev.runbook.core.config.Config;
import dev.runbook.core.model.Position;
import dev.runbook.core.model.Runbook;
import dev.runbook.core.model.RunbookSet;
import dev.runbook.core.report.Diagnostic;
import dev.runbook.core.report.RuleInfo;
import dev.runbook.core.report.Severity;
import dev.runbook.core.rules.external.LinkStatus;
import java.util.List;
import java.util.Map;

/**
 * What an {@link AlertsRule} sees: the alerts with their runbooks, the set, the configuration,
 * and a sink for findings on rules files and on runbooks.
 */
public final class AlertsContext {
  private final AlertCatalog alerts;
  private final RunbookSet set;
  private final Config config;
  private final RuleInfo info;
  private final List<Diagnostic> sink;
  private final Map<String, LinkStatus> external;

  AlertsContext(AlertCatalog alerts, RunbookSet set, Config config, RuleInfo info, List<Diagnostic> sink,
      Map<String, LinkStatus> external) {
    this.external = Map.copyOf(external);
    this.alerts = alerts;
    this.set = set;
    this.config = config;
    this.info = info;
    this.sink = sink;
  }

  public AlertCatalog alerts() {
    return alerts;
  }

  public RunbookSet set() {
    return set;
  }

  public Config config() {
    return config;
  }

  /** What {@code --external} found, by URL without fragment; empty without {@code --external}. */
  public Map<String, LinkStatus> external() {
    return external;
  }

  /** The configured severity, else {@code chosen}. */
  private Severity severity(Severity chosen) {
    return config.rule(info.id()).severity().flatMap(Severity::parse).orElse(chosen);
  }

  /** A finding at a place in a rules file, with the rule's severity. */
  public void report(AlertRulesFile file, Position at, String message) {
    report(file, at, message, info.severity());
  }

  /** A finding in a rules file whose severity the rule chose; a configured severity still wins. */
  public void report(AlertRulesFile file, Position at, String message, Severity chosen) {
    sink.add(new Diagnostic(file.path(), at.line(), at.column(), info.id(), info.name(), severity(chosen),
        message, file.line(at.line()), false));
  }

  /** A finding in another file than a rules file or a runbook (the config), at a place with its source line. */
  public void report(String path, Position at, String sourceLine, String message) {
    sink.add(new Diagnostic(path, at.line(), at.column(), info.id(), info.name(), severity(info.severity()),
        message, sourceLine, false));
  }

  /** A finding on a runbook. */
  public void report(Runbook doc, Position at, String message) {
    sink.add(new Diagnostic(doc.path(), at.line(), at.column(), info.id(), info.name(),
        severity(info.severity()), message, doc.line(at.line()), false));
  }
}
