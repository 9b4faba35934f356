package dev.runbook.core.alerts;

import dev.runbook.core.model.Suppression;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

/**
 * One rules file as read.
 *
 * @param file the file on disk
 * @param path its path relative to the runbook root, with {@code /}, {@code ../} where it lies
 *     outside (what reports show)
 * @param lines its text, one entry per line (empty when it could not be decoded)
 * @param alerts its alerting rules in file order (recording rules are left out)
 * @param problem why it could not be read, if it could not
 * @param suppressions its {@code # runbook-disable-next-line} comments, as line ranges
 */
public record AlertRulesFile(
    Path file,
    String path,
    List<String> lines,
    List<AlertRule> alerts,
    Optional<RulesProblem> problem,
    List<Suppression> suppressions) {

  public AlertRulesFile {
    lines = lines instanceof SourceLines ? lines : List.copyOf(lines);
    alerts = List.copyOf(alerts);
    suppressions = List.copyOf(suppressions);
  }

  /** The source line (1-based), or "" past the end. */
  public String line(int n) {
    return n >= 1 && n <= lines.size() ? lines.get(n - 1) : "";
  }

  /** True when a suppression comment covers {@code rule} on {@code line}. */
  public boolean suppressed(String rule, int line) {
    return suppressions.stream().anyMatch(s -> s.covers(rule, line));
  }
}
