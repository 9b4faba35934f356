package dev.runbook.cli.daemon;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The per-user folder of the background process's sockets, lock files and log:
 * {@code $XDG_RUNTIME_DIR/runbook}, else {@code $HOME/.cache/runbook}. It is used only when it is
 * a real folder (not a link) owned by this user with no group or other permissions, as the
 * launcher's client checks too: anyone who could write there could answer a request.
 */
public final class DaemonFolder {
  private DaemonFolder() {}

  /** The folder for the environment variables {@code variables}, if they name one. */
  public static Optional<Path> locate(Map<String, String> variables) {
    String runtime = variables.get("XDG_RUNTIME_DIR");
    if (runtime != null && !runtime.isEmpty() && runtime.startsWith("/")) {
      return Optional.of(Path.of(runtime, "runbook"));
    }
    String home = variables.get("HOME");
    if (home != null && !home.isEmpty() && home.startsWith("/")) {
      return Optional.of(Path.of(home, ".cache", "runbook"));
    }
    return Optional.empty();
  }

  /** Makes {@code folder} (mode 0700) when missing, then {@link #check checks} it. */
  public static void prepare(Path folder) throws IOException {
    if (!Files.exists(folder, LinkOption.NOFOLLOW_LINKS)) {
      Files.createDirectories(folder.getParent());
      try {
        Files.createDirectory(folder, PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rwx------")));
      } catch (java.nio.file.FileAlreadyExistsException raced) {
        // Another process made it first: the check below decides.
      }
    }
    check(folder);
  }

  /**
   * Throws unless {@code folder} is a folder, not a link, owned by this process's user, with no
   * permission for group or others.
   */
  public static void check(Path folder) throws IOException {
    if (!Files.isDirectory(folder, LinkOption.NOFOLLOW_LINKS)) {
      throw new IOException(folder + " is not a folder");
    }
    int owner = (Integer) Files.getAttribute(folder, "unix:uid", LinkOption.NOFOLLOW_LINKS);
    if (owner != currentUid()) {
      throw new IOException(folder + " belongs to another user (uid " + owner + ")");
    }
    Set<PosixFilePermission> perms = Files.getPosixFilePermissions(folder, LinkOption.NOFOLLOW_LINKS);
    for (PosixFilePermission p : perms) {
      if (!p.name().startsWith("OWNER_")) {
        throw new IOException(folder + " is open to other users (" + PosixFilePermissions.toString(perms)
            + "); it must be rwx------");
      }
    }
  }

  /** The user id of this process (the owner of its {@code /proc/self}). */
  static int currentUid() throws IOException {
    return (Integer) Files.getAttribute(Path.of("/proc/self"), "unix:uid");
  }
}
