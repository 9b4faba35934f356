package dev.runbook.core.edit;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.PosixFileAttributeView;
import java.nio.file.attribute.PosixFilePermission;
import java.util.Set;

/**
 * Writes files so that a reader (or a crash) never sees half a file and an existing file is never
 * clobbered by accident. Stateless.
 */
public final class AtomicFile {
  private AtomicFile() {}

  /**
   * Replaces an existing file's content: a temporary file in the same folder, given the original's
   * POSIX permissions, then moved over it atomically. A symbolic link is followed, so the link
   * stays a link and its target gets the new content.
   *
   * @throws ReadOnlyFileException when the file is read-only ({@link #isReadOnly}): it is left as it was
   */
  public static void replace(Path file, byte[] bytes) throws IOException {
    Path target = file.toRealPath();
    if (isReadOnly(target)) {
      throw new ReadOnlyFileException(file.toString());
    }
    Path dir = target.getParent();
    Path tmp = Files.createTempFile(dir, "." + target.getFileName() + ".", ".tmp");
    try {
      Files.write(tmp, bytes, StandardOpenOption.TRUNCATE_EXISTING);
      copyPermissions(target, tmp);
      Files.move(tmp, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
    } finally {
      Files.deleteIfExists(tmp);
    }
  }

  /**
   * True when the file's owner has taken away its write permission (POSIX {@code u-w}; on file
   * systems without POSIX permissions, when it is not writable, e.g. Windows' read-only
   * attribute). The permission bits are read, not {@link Files#isWritable}, which is true for
   * any file when running as root.
   */
  public static boolean isReadOnly(Path file) throws IOException {
    PosixFileAttributeView view = Files.getFileAttributeView(file, PosixFileAttributeView.class);
    if (view == null) {
      return !Files.isWritable(file);
    }
    return !view.readAttributes().permissions().contains(PosixFilePermission.OWNER_WRITE);
  }

  /**
   * Creates a new file, refusing to replace one that exists (the check and the creation are one
   * step). Permissions follow the process's umask, like any new file. A failed write removes the
   * partial file.
   *
   * @throws FileAlreadyExistsException when the file exists
   */
  public static void createNew(Path file, byte[] bytes) throws IOException {
    // Opening with CREATE_NEW is the existence check; only a file we created is removed on failure.
    OutputStream out = Files.newOutputStream(file, StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE);
    try (out) {
      out.write(bytes);
    } catch (IOException e) {
      Files.deleteIfExists(file);
      throw e;
    }
  }

  private static void copyPermissions(Path from, Path to) throws IOException {
    PosixFileAttributeView view = Files.getFileAttributeView(from, PosixFileAttributeView.class);
    if (view == null) {
      return;
    }
    Set<PosixFilePermission> perms = view.readAttributes().permissions();
    Files.setPosixFilePermissions(to, perms);
  }
}
