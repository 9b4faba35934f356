package dev.runbook.core.report;

import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/**
 * The result of a check: findings in {@link Diagnostic#ORDER}, the files that were checked
 * (relative paths, sorted), the root as the user named it, and the metadata of the rules that
 * ran (for SARIF and docs).
 */
public record Report(
    String root, List<String> files, List<Diagnostic> diagnostics, List<RuleInfo> rules) {

  public Report {
    files = files.stream().sorted().toList();
    diagnostics = diagnostics.stream().sorted(Diagnostic.ORDER).toList();
    rules = List.copyOf(rules);
  }

  public Map<Severity, Integer> counts() {
    Map<Severity, Integer> counts = new EnumMap<>(Severity.class);
    for (Severity s : Severity.values()) {
      counts.put(s, 0);
    }
    for (Diagnostic d : diagnostics) {
      counts.merge(d.severity(), 1, Integer::sum);
    }
    return counts;
  }

  public int count(Severity s) {
    return counts().get(s);
  }

  /** True when some finding is at or above {@code failOn}. */
  public boolean failsAt(Severity failOn) {
    return diagnostics.stream().anyMatch(d -> d.severity().atLeast(failOn));
  }

  /** The rule's metadata, if it ran. */
  public java.util.Optional<RuleInfo> rule(String id) {
    return rules.stream().filter(r -> r.id().equals(id)).findFirst();
  }

  /** The same report with other findings (after a baseline filtered them, say). */
  public Report withDiagnostics(List<Diagnostic> replaced) {
    return new Report(root, files, replaced, rules);
  }
}
