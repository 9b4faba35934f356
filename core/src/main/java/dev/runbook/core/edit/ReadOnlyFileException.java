package dev.runbook.core.edit;

import java.nio.file.AccessDeniedException;

/**
 * A file its owner made read-only (no owner write permission), which {@link AtomicFile#replace}
 * will not replace even where the process could: a rename ignores the file's own write bit, and
 * root may write anything.
 */
public final class ReadOnlyFileException extends AccessDeniedException {
  private static final long serialVersionUID = 1L;

  public ReadOnlyFileException(String file) {
    super(file, null, "file is read-only");
  }
}
