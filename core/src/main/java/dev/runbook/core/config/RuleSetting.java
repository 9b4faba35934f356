package dev.runbook.core.config;

import java.util.List;
import java.util.Optional;

/**
 * A rule's configuration: {@code off}, a severity override, or extra patterns (RB204's
 * destructive commands). An empty severity means the rule's default.
 */
public record RuleSetting(boolean off, Optional<String> severity, List<String> patterns) {
  public static final RuleSetting DEFAULT = new RuleSetting(false, Optional.empty(), List.of());

  public RuleSetting {
    patterns = List.copyOf(patterns);
  }
}
