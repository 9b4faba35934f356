package dev.runbook.core.fix;

import dev.runbook.core.edit.SourceLines;
import java.util.List;

/**
 * What one fix did to a file.
 *
 * @param lines the lines afterwards (the same instance when nothing changed)
 * @param changes one sentence per change, for people ("repaired 3 mis-decoded characters on line 7")
 * @param notes what the fix saw but left alone, and why
 */
public record FixStep(SourceLines lines, List<String> changes, List<String> notes) {
  public FixStep {
    changes = List.copyOf(changes);
    notes = List.copyOf(notes);
  }

  public static FixStep none(SourceLines lines) {
    return new FixStep(lines, List.of(), List.of());
  }

  public static FixStep note(SourceLines lines, String note) {
    return new FixStep(lines, List.of(), List.of(note));
  }

  public boolean changed() {
    return !changes.isEmpty();
  }
}
