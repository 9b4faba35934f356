package dev.runbook.core.write;

import dev.runbook.core.edit.SourceLines;
import java.util.List;

/**
 * The outcome of a {@link ReviewStamp}.
 *
 * @param before the file as read
 * @param after the file with the review recorded (equal to {@code before} when it already was)
 * @param changes what changed, one sentence each
 */
public record Stamped(SourceLines before, SourceLines after, List<String> changes) {
  public Stamped {
    changes = List.copyOf(changes);
  }

  public boolean changed() {
    return !before.equals(after);
  }
}
