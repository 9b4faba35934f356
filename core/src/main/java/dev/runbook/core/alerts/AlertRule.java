package dev.runbook.core.alerts;

import dev.runbook.core.model.Position;
import java.util.Map;
import java.util.Optional;

/**
 * One alerting rule of a rules file.
 *
 * @param name the {@code alert:} value
 * @param at the line and column of the {@code alert:} key
 * @param firstLine the first line of the rule's entry (where its first key is written)
 * @param lastLine the last line of the rule's entry: a suppression comment above the entry covers both
 * @param group the name of its group ("" when it has none)
 * @param expr its expression ("" when it has none)
 * @param forDuration its {@code for:}, if any
 * @param labels its labels by key, in file order
 * @param annotations its annotations by key, in file order
 */
public record AlertRule(
    String name,
    Position at,
    int firstLine,
    int lastLine,
    String group,
    String expr,
    Optional<String> forDuration,
    Map<String, Located> labels,
    Map<String, Located> annotations) {

  public AlertRule {
    labels = java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(labels));
    annotations = java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(annotations));
  }

  /** The {@code severity} label, if any. */
  public Optional<String> severity() {
    return Optional.ofNullable(labels.get("severity")).map(Located::value);
  }

  /** The first of {@code keys} this alert has a non-blank annotation for. */
  public Optional<Located> annotation(java.util.List<String> keys) {
    for (String k : keys) {
      Located a = annotations.get(k);
      if (a != null && !a.value().isBlank()) {
        return Optional.of(a);
      }
    }
    return Optional.empty();
  }
}
