package dev.runbook.core.report;

import java.util.Locale;
import java.util.Optional;

/** How bad a finding is. Ordered from least to most severe. */
public enum Severity {
  INFO,
  WARNING,
  ERROR;

  public String id() {
    return name().toLowerCase(Locale.ROOT);
  }

  public boolean atLeast(Severity other) {
    return compareTo(other) >= 0;
  }

  public static Optional<Severity> parse(String text) {
    if (text == null) {
      return Optional.empty();
    }
    for (Severity s : values()) {
      if (s.id().equals(text.trim().toLowerCase(Locale.ROOT))) {
        return Optional.of(s);
      }
    }
    return Optional.empty();
  }
}
