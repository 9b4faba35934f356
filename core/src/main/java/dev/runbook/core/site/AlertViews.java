package dev.runbook.core.site;

import dev.runbook.core.alerts.AlertEntry;
import dev.runbook.core.alerts.AlertRule;
import dev.runbook.core.alerts.Located;
import dev.runbook.core.site.view.AlertView;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/** The alerts box of a runbook page: each alerting rule that links to it, as text to escape. */
final class AlertViews {
  private static final Set<String> CRITICAL = Set.of("critical", "page", "error", "high", "p1");
  private static final Set<String> WARNING = Set.of("warning", "warn", "medium", "p2", "p3");

  private AlertViews() {}

  static List<AlertView> of(List<AlertEntry> entries) {
    return entries.stream().map(AlertViews::view).toList();
  }

  static AlertView view(AlertEntry e) {
    AlertRule a = e.alert();
    Optional<String> severity = a.severity().filter(s -> !s.isBlank());
    return new AlertView(a.name(), severity.orElse(null), severity.map(AlertViews::severityClass).orElse("other"),
        blankToNull(a.group()), a.forDuration().filter(f -> !f.isBlank()).orElse(null),
        a.annotation(List.of("summary", "description")).map(Located::value).orElse(null),
        blankToNull(a.expr()), source(e));
  }

  /** The rules file as reports show it, with the line of the alert's {@code alert:} key. */
  static String source(AlertEntry e) {
    return e.file().path() + ":" + e.alert().at().line();
  }

  static String severityClass(String severity) {
    String s = severity.strip().toLowerCase(Locale.ROOT);
    return CRITICAL.contains(s) ? "critical" : WARNING.contains(s) ? "warning" : "other";
  }

  private static String blankToNull(String s) {
    return s == null || s.isBlank() ? null : s;
  }
}
