package dev.runbook.core.fix;

import dev.runbook.core.edit.AtomicFile;
import dev.runbook.core.edit.EditRefused;
import dev.runbook.core.edit.ReadOnlyFileException;
import dev.runbook.core.edit.UnifiedDiff;
import dev.runbook.core.model.DocumentKind;
import dev.runbook.core.parse.RunbookSetLoader;
import java.io.IOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.Optional;

/**
 * Reads a file, fixes it with a {@link Fixer} and, unless it is a dry run, writes it back
 * atomically with its permissions kept. Every failure is a {@link FileFix.Status#REFUSED} result
 * (or {@link FileFix.Status#FAILED} for a bug in a fix) with the file untouched, never an
 * exception: the caller goes on with the next file. A read-only file is refused, never replaced.
 * Thread-safe.
 */
public final class FileFixer {
  private final Fixer fixer;

  public FileFixer(Fixer fixer) {
    this.fixer = fixer;
  }

  /**
   * @param file the file on disk
   * @param path its path relative to the runbook root
   * @param label how to name it to the user, and in the diff's headers
   * @param write false for a dry run: compute the change and its diff, write nothing
   */
  public FileFix fix(Path file, String path, String label, DocumentKind kind, boolean write) {
    byte[] bytes;
    try {
      if (!Files.isRegularFile(file)) {
        return FileFix.refused(label, Files.exists(file) ? "not a file" : "does not exist");
      }
      if (Files.size(file) > RunbookSetLoader.MAX_FILE_BYTES) {
        return FileFix.refused(label, "larger than " + RunbookSetLoader.MAX_FILE_BYTES / 1048576
            + " MB: not a runbook, left untouched");
      }
      bytes = Files.readAllBytes(file);
    } catch (NoSuchFileException e) {
      return FileFix.refused(label, "does not exist");
    } catch (AccessDeniedException e) {
      return FileFix.refused(label, "cannot read it: permission denied");
    } catch (IOException e) {
      return FileFix.refused(label, "cannot read it: " + e.getMessage());
    }
    FixResult result;
    try {
      result = fixer.fix(path, kind, bytes);
    } catch (EditRefused e) {
      return FileFix.refused(label, e.getMessage());
    } catch (RuntimeException e) {
      // A bug in a fix must not stop the batch: this file is left as it was, the others go on.
      return FileFix.failed(label, "runbook could not fix it (internal error: " + e
          + "); left untouched: please report this, with the file if you can");
    }
    if (!result.changed()) {
      return new FileFix(label, FileFix.Status.UNCHANGED, result.changes(), result.notes(), "", Optional.empty());
    }
    String diff = DiffSecrets.mask(UnifiedDiff.between("a/" + label, "b/" + label, result.before(), result.after()),
        path, kind, result.before(), result.after());
    if (write) {
      try {
        AtomicFile.replace(file, result.after().encode());
      } catch (ReadOnlyFileException e) {
        return FileFix.refused(label, "file is read-only: make it writable to fix it (left as it was)");
      } catch (AccessDeniedException e) {
        return FileFix.refused(label, "cannot write it: permission denied (left as it was)");
      } catch (IOException e) {
        return FileFix.refused(label, "cannot write it (" + e.getMessage() + "); left as it was");
      }
    }
    return new FileFix(label, FileFix.Status.FIXED, result.changes(), result.notes(), diff, Optional.empty());
  }
}
