package dev.runbook.core.rules.builtin;

import dev.runbook.core.model.Position;
import dev.runbook.core.rules.RuleContext;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * RB503's findings on one line, held until the line is done so that each is shown with every
 * credential on the line masked, not only its own: a report never repeats a secret.
 */
final class MaskedFindings {
  private record Found(int start, int end, Position at, String message) {}

  private final List<Found> found = new ArrayList<>();
  private final List<int[]> spans = new ArrayList<>();

  /** The spans found so far on this line: a credential found one way is not found again. */
  List<int[]> spans() {
    return spans;
  }

  void add(int start, int end, Position at, String message) {
    spans.add(new int[] {start, end});
    found.add(new Found(start, end, at, message));
  }

  /** Reports the line's findings, each with the line shown with all of them masked, and starts afresh. */
  void flush(RuleContext ctx, String line) {
    if (!found.isEmpty()) {
      StringBuilder shown = new StringBuilder(line);
      found.stream().sorted(Comparator.comparingInt(Found::start).reversed())
          .forEach(f -> shown.replace(f.start(), f.end(), redact(line.substring(f.start(), f.end()))));
      for (Found f : found) {
        ctx.report(f.at(), f.message(), ctx.severity(), false, shown.toString());
      }
    }
    found.clear();
    spans.clear();
  }

  static String redact(String value) {
    return value.length() <= 4 ? "****" : value.substring(0, 4) + "…";
  }
}
