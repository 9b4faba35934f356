package dev.runbook.core.parse;

import dev.runbook.core.model.Suppression;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Set;

/**
 * Turns {@code runbook-disable}, {@code -enable}, {@code -disable-next-line} and {@code
 * -disable-file} comments, fed in line order, into suppressed line ranges.
 */
final class SuppressionCollector {
  private record Open(Set<String> rules, int fromLine) {}

  private final List<Suppression> done = new ArrayList<>();
  private final List<Open> open = new ArrayList<>();

  /** {@code line} is the line the comment ends on. */
  void add(String kind, Set<String> rules, int line) {
    switch (kind) {
      case "disable-file" -> done.add(new Suppression(rules, 1, Integer.MAX_VALUE));
      case "disable-next-line" -> done.add(new Suppression(rules, line + 1, line + 1));
      case "disable" -> open.add(new Open(rules, line));
      case "enable" -> close(rules, line);
      default -> throw new IllegalArgumentException(kind);
    }
  }

  private void close(Set<String> rules, int line) {
    for (Iterator<Open> it = open.iterator(); it.hasNext(); ) {
      Open o = it.next();
      if (rules.isEmpty() || (!o.rules().isEmpty() && rules.containsAll(o.rules()))) {
        done.add(new Suppression(o.rules(), o.fromLine(), line));
        it.remove();
      }
    }
  }

  List<Suppression> finish() {
    for (Open o : open) {
      done.add(new Suppression(o.rules(), o.fromLine(), Integer.MAX_VALUE));
    }
    open.clear();
    return List.copyOf(done);
  }
}
