package dev.runbook.core.fix;

import dev.runbook.core.edit.SourceLines;
import java.util.List;

/**
 * The outcome of fixing one file's text.
 *
 * @param before the file as read
 * @param after the file with every fix applied (equal to {@code before} when nothing changed)
 * @param changes what changed, one sentence each, in the order the fixes ran
 * @param notes what was seen but left for a person, and why
 */
public record FixResult(SourceLines before, SourceLines after, List<String> changes, List<String> notes) {
  public FixResult {
    changes = List.copyOf(changes);
    notes = List.copyOf(notes);
  }

  public boolean changed() {
    return !before.equals(after);
  }
}
