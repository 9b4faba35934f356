package dev.runbook.core.model;

import java.util.Set;

/**
 * An inline suppression comment. An empty {@code rules} set means every rule.
 *
 * @param fromLine first suppressed line (inclusive)
 * @param toLine last suppressed line (inclusive)
 */
public record Suppression(Set<String> rules, int fromLine, int toLine) {
  public boolean covers(String ruleId, int line) {
    return line >= fromLine && line <= toLine && (rules.isEmpty() || rules.contains(ruleId));
  }
}
