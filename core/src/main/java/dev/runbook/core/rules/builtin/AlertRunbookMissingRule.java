package dev.runbook.core.rules.builtin;

import dev.runbook.core.alerts.AlertEntry;
import dev.runbook.core.report.RuleInfo;
import dev.runbook.core.report.Severity;
import dev.runbook.core.rules.AlertsContext;
import dev.runbook.core.rules.AlertsRule;
import java.util.List;
import java.util.Locale;

/** RB601: an alert whose severity is in {@code alerts.require_runbook} has no runbook annotation. */
public final class AlertRunbookMissingRule implements AlertsRule {
  static final RuleInfo INFO = new RuleInfo("RB601", "alert-runbook-missing", Severity.WARNING,
      "An alert whose severity is in alerts.require_runbook has no runbook annotation.",
      "The on-call engineer paged at 3 a.m. opens the alert and finds no link to what to do. "
          + "Every alert that can wake someone should say which runbook answers it.",
      "- alert: DiskFull\n  expr: node_filesystem_avail_bytes == 0\n  labels: {severity: critical}",
      RuleInfo.Scope.RUNBOOKS);

  @Override
  public RuleInfo info() {
    return INFO;
  }

  @Override
  public void checkAlerts(AlertsContext ctx) {
    List<String> required = ctx.config().alerts().requireRunbook().stream()
        .map(s -> s.toLowerCase(Locale.ROOT)).toList();
    List<String> keys = ctx.config().alerts().annotations();
    for (AlertEntry e : ctx.alerts().entries()) {
      if (e.annotation().isPresent()) {
        continue;
      }
      String severity = e.alert().severity().orElse("");
      if (!required.isEmpty() && !required.contains(severity.toLowerCase(Locale.ROOT))) {
        continue;
      }
      String which = severity.isEmpty() ? "" : " (severity " + severity + ")";
      ctx.report(e.file(), e.alert().at(), "alert '" + e.alert().name() + "'" + which
          + " has no runbook: add a " + keys.get(0) + " annotation that links the runbook to follow");
    }
  }
}
