package dev.runbook.core.rules.builtin;

import dev.runbook.core.model.Heading;
import dev.runbook.core.model.Position;
import dev.runbook.core.model.Runbook;
import dev.runbook.core.report.RuleInfo;
import dev.runbook.core.report.Severity;
import dev.runbook.core.rules.AlertsContext;
import dev.runbook.core.rules.AlertsRule;
import java.nio.file.FileSystems;
import java.nio.file.Path;
import java.nio.file.PathMatcher;
import java.util.List;
import java.util.Set;

/** RB603: a runbook under {@code alerts.runbooks} is named by no alert. */
public final class RunbookWithoutAlertRule implements AlertsRule {
  static final RuleInfo INFO = new RuleInfo("RB603", "runbook-without-alert", Severity.WARNING,
      "A runbook under alerts.runbooks is named by no alert.",
      "A runbook written for an alert that no alert links any more was usually left behind when the "
          + "alert was renamed or deleted: the renamed alert now points nowhere, or the runbook is dead weight.",
      "# alerts.runbooks: [\"alerts/**\"]; alerts/DiskFull.md, while the alert is now DiskAlmostFull",
      RuleInfo.Scope.RUNBOOKS);

  @Override
  public RuleInfo info() {
    return INFO;
  }

  @Override
  public void checkAlerts(AlertsContext ctx) {
    List<String> globs = ctx.config().alerts().runbooks();
    if (globs.isEmpty()) {
      return;
    }
    List<PathMatcher> matchers = globs.stream()
        .map(g -> FileSystems.getDefault().getPathMatcher("glob:" + g)).toList();
    Set<String> named = ctx.alerts().namedRunbooks();
    for (Runbook doc : ctx.set().runbooks()) {
      if (doc.isMovedStub() || named.contains(doc.path())
          || matchers.stream().noneMatch(m -> m.matches(Path.of(doc.path())))) {
        continue;
      }
      Position at = doc.titles().stream().findFirst().map(Heading::position).orElse(Position.START);
      ctx.report(doc, at, "no alert names this runbook: link it from its alert's runbook_url, "
          + "or delete it if the alert is gone");
    }
  }
}
