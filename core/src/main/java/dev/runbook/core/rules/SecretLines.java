package dev.runbook.core.rules;

import dev.runbook.core.report.Diagnostic;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Shows every finding on a line that holds a credential with that line as RB503 shows it, the
 * credential masked ({@code AKIA…}): a broken link or a missing section on the same line must not
 * print the secret that RB503 hides. Findings of one document.
 */
final class SecretLines {
  static final String SECRET_RULE = "RB503";

  private SecretLines() {}

  /** {@code found} with the source line of each finding on a credential's line replaced by the masked one. */
  static List<Diagnostic> masked(List<Diagnostic> found) {
    Map<Integer, String> shown = new HashMap<>();
    for (Diagnostic d : found) {
      if (d.rule().equals(SECRET_RULE)) {
        shown.putIfAbsent(d.line(), d.sourceLine());
      }
    }
    if (shown.isEmpty()) {
      return found;
    }
    return found.stream()
        .map(d -> {
          String line = shown.get(d.line());
          return line == null || d.rule().equals(SECRET_RULE) ? d
              : new Diagnostic(d.file(), d.line(), d.column(), d.rule(), d.name(), d.severity(), d.message(),
                  line, d.fixable());
        })
        .toList();
  }
}
