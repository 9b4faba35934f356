package dev.runbook.core.fix;

import java.util.List;
import java.util.Optional;

/**
 * What {@code runbook fix} did (or, in a dry run, would do) to one file.
 *
 * @param label the file as the user should see it (relative to the working folder)
 * @param status unchanged, fixed, or refused
 * @param changes what changed (or would change), one sentence each
 * @param notes what was left for a person
 * @param diff the unified diff of the change, empty when unchanged or refused
 * @param problem why the file was refused or failed
 */
public record FileFix(String label, Status status, List<String> changes, List<String> notes,
    String diff, Optional<String> problem) {

  /** What happened to the file. */
  public enum Status {
    /** Nothing to fix. */
    UNCHANGED,
    /** Fixed (written, or in a dry run: would be). */
    FIXED,
    /** Not readable, not safe to change, or not writable: left exactly as it was. */
    REFUSED,
    /** A fix failed with an internal error (a bug in runbook): left exactly as it was. */
    FAILED
  }

  public FileFix {
    changes = List.copyOf(changes);
    notes = List.copyOf(notes);
  }

  static FileFix refused(String label, String problem) {
    return new FileFix(label, Status.REFUSED, List.of(), List.of(), "", Optional.of(problem));
  }

  static FileFix failed(String label, String problem) {
    return new FileFix(label, Status.FAILED, List.of(), List.of(), "", Optional.of(problem));
  }
}
