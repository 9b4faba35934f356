package dev.runbook.core.rules.builtin;

import dev.runbook.core.alerts.AlertRulesFile;
import dev.runbook.core.alerts.RulesProblem;
import dev.runbook.core.report.RuleInfo;
import dev.runbook.core.report.Severity;
import dev.runbook.core.rules.AlertsContext;
import dev.runbook.core.rules.AlertsRule;

/** RB604: a rules file named by {@code alerts.rules} or {@code --alerts} does not parse. */
public final class AlertRulesUnreadableRule implements AlertsRule {
  static final RuleInfo INFO = new RuleInfo("RB604", "alert-rules-unreadable", Severity.ERROR,
      "A rules file named by alerts.rules or --alerts does not parse.",
      "Alerts in a file that cannot be read are not checked at all, so their runbook links may be "
          + "dead without anyone knowing. A Helm template must be rendered before it is checked.",
      "groups:\n- name: disk\n  rules:\n  - alert: DiskFull\n    expr: {{ .Values.expr }}",
      RuleInfo.Scope.RUNBOOKS);

  @Override
  public RuleInfo info() {
    return INFO;
  }

  @Override
  public void checkAlerts(AlertsContext ctx) {
    for (AlertRulesFile f : ctx.alerts().files()) {
      if (f.problem().isPresent()) {
        RulesProblem p = f.problem().get();
        ctx.report(f, p.at(), "cannot read these alerting rules: " + p.message());
      }
    }
  }
}
