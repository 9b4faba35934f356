package dev.runbook.core.rules.builtin;

import dev.runbook.core.alerts.AlertRulesFile;
import dev.runbook.core.alerts.RulesProblem;
import dev.runbook.core.alerts.UnmatchedGlob;
import dev.runbook.core.report.RuleInfo;
import dev.runbook.core.report.Severity;
import dev.runbook.core.rules.AlertsContext;
import dev.runbook.core.rules.AlertsRule;

/**
 * RB604: a rules file named by {@code alerts.rules} or {@code --alerts} does not parse, or an
 * {@code alerts.rules} glob names no file at all (a typo there would turn the alert checks off
 * without a word).
 */
public final class AlertRulesUnreadableRule implements AlertsRule {
  static final RuleInfo INFO = new RuleInfo("RB604", "alert-rules-unreadable", Severity.ERROR,
      "A rules file named by alerts.rules or --alerts does not parse, or an alerts.rules glob names no file.",
      "Alerts in a file that cannot be read are not checked at all, so their runbook links may be "
          + "dead without anyone knowing. A Helm template must be rendered before it is checked. "
          + "A glob in alerts.rules that matches no file (a typo, a moved folder) turns the alert checks "
          + "off just as silently, so it is reported at its line in runbook.yml.",
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
    for (UnmatchedGlob g : ctx.alerts().unmatched()) {
      ctx.report(g.config(), g.at(), g.line(), "alerts.rules '" + g.glob() + "' matches no file, so none of its alerts is checked: fix the glob (it is relative to the folder of runbook.yml) "
          + "or remove it");
    }
  }
}
