package dev.runbook.core.site.output;

import dev.runbook.core.site.SiteException;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.DirectoryStream;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.stream.Stream;

/**
 * The site's output folder, replaced as a whole: the new site is written into a sibling staging
 * folder and swapped in by renames at the end, so a failed or interrupted build leaves the
 * previous site as it was. A folder is only ever replaced when it is empty or carries the
 * {@value #MARKER} file a previous build left; a folder that holds the runbooks is never
 * replaced. Not thread-safe: one build uses one instance.
 */
public final class OutputFolder {
  /** The file that marks a folder as a site this tool wrote. */
  public static final String MARKER = ".runbook-site";

  private static final String MARKER_TEXT =
      "This folder is a site written by 'runbook build'. The next build replaces all of it.\n";

  private final Path target;
  private final Path staging;

  private OutputFolder(Path target, Path staging) {
    this.target = target;
    this.staging = staging;
  }

  /**
   * Checks that {@code output} may be replaced and creates the staging folder next to it.
   *
   * @param root the runbook root: never inside the output
   * @throws SiteException {@link SiteException.Kind#REFUSED} when the folder is not a previous
   *     site, {@link SiteException.Kind#IO} when the staging folder cannot be made
   */
  public static OutputFolder prepare(Path output, Path root) throws SiteException {
    Path target = output.toAbsolutePath().normalize();
    Path parent = target.getParent();
    if (parent == null) {
      throw refused(target, "it is the root of the file system");
    }
    try {
      if (Files.isSymbolicLink(target)) {
        throw refused(target, "it is a symbolic link; name the folder itself");
      }
      Path realTarget = Files.exists(target) ? target.toRealPath() : target;
      if (root.toAbsolutePath().normalize().startsWith(realTarget) || root.toRealPath().startsWith(realTarget)) {
        throw refused(target, "it holds the runbooks themselves");
      }
      if (Files.exists(target, LinkOption.NOFOLLOW_LINKS)) {
        if (!Files.isDirectory(target, LinkOption.NOFOLLOW_LINKS)) {
          throw refused(target, "it is a file, not a folder");
        }
        if (!isEmpty(target) && !Files.isRegularFile(target.resolve(MARKER), LinkOption.NOFOLLOW_LINKS)) {
          throw refused(target, "it is not empty and has no " + MARKER
              + " file, so it is not a site runbook wrote. Nothing was changed: choose a new or empty output folder");
        }
      }
      Files.createDirectories(parent);
      removeLeftovers(target);
      Path staging = freshSibling(target, ".staging-");
      Files.createDirectory(staging);
      Files.writeString(staging.resolve(MARKER), MARKER_TEXT, StandardCharsets.UTF_8);
      return new OutputFolder(target, staging);
    } catch (IOException e) {
      throw new SiteException(SiteException.Kind.IO,
          "cannot prepare the output folder " + target + ": " + e.getMessage(), e);
    }
  }

  private static SiteException refused(Path target, String why) {
    return new SiteException(SiteException.Kind.REFUSED,
        "refusing to replace " + target + ": " + why);
  }

  /** The folder the new site is written into. */
  public Path staging() {
    return staging;
  }

  /** The folder the site ends up in. */
  public Path target() {
    return target;
  }

  /** Swaps the staged site in and deletes the previous one. */
  public void commit() throws SiteException {
    try {
      if (Files.exists(target, LinkOption.NOFOLLOW_LINKS)) {
        Path old = freshSibling(target, ".old-");
        Files.move(target, old, StandardCopyOption.ATOMIC_MOVE);
        try {
          Files.move(staging, target, StandardCopyOption.ATOMIC_MOVE);
        } catch (IOException e) {
          Files.move(old, target, StandardCopyOption.ATOMIC_MOVE);
          throw e;
        }
        deleteQuietly(old);
      } else {
        Files.move(staging, target, StandardCopyOption.ATOMIC_MOVE);
      }
    } catch (IOException e) {
      abandon();
      throw new SiteException(SiteException.Kind.IO,
          "cannot move the new site into " + target + ": " + e.getMessage(), e);
    }
  }

  /** Deletes the staging folder; the previous site stays. */
  public void abandon() {
    deleteQuietly(staging);
  }

  /**
   * A sibling name that does not exist yet. Not a temporary-file API: those make folders only the
   * owner may read, and the site must stay readable by a web server.
   */
  private static Path freshSibling(Path target, String infix) {
    String prefix = "." + target.getFileName() + infix + ProcessHandle.current().pid() + "-";
    for (int i = 0; ; i++) {
      Path candidate = target.resolveSibling(prefix + i);
      if (!Files.exists(candidate, LinkOption.NOFOLLOW_LINKS)) {
        return candidate;
      }
    }
  }

  /** Staging and old folders a killed build left next to the target. */
  private static void removeLeftovers(Path target) throws IOException {
    String staging = "." + target.getFileName() + ".staging-";
    String old = "." + target.getFileName() + ".old-";
    try (DirectoryStream<Path> siblings = Files.newDirectoryStream(target.getParent())) {
      for (Path p : siblings) {
        String name = p.getFileName().toString();
        boolean ours = name.startsWith(staging) || name.startsWith(old);
        if (ours && Files.isDirectory(p, LinkOption.NOFOLLOW_LINKS)
            && (Files.isRegularFile(p.resolve(MARKER), LinkOption.NOFOLLOW_LINKS) || isEmpty(p))) {
          deleteQuietly(p);
        }
      }
    }
  }

  private static boolean isEmpty(Path folder) throws IOException {
    try (Stream<Path> s = Files.list(folder)) {
      return s.findAny().isEmpty();
    }
  }

  /** Deletes a tree without following symbolic links; what cannot be deleted stays. */
  static void deleteQuietly(Path folder) {
    if (!Files.exists(folder, LinkOption.NOFOLLOW_LINKS)) {
      return;
    }
    try {
      Files.walkFileTree(folder, new SimpleFileVisitor<>() {
        @Override
        public FileVisitResult visitFile(Path file, BasicFileAttributes attrs) throws IOException {
          Files.deleteIfExists(file);
          return FileVisitResult.CONTINUE;
        }

        @Override
        public FileVisitResult visitFileFailed(Path file, IOException e) {
          return FileVisitResult.CONTINUE;
        }

        @Override
        public FileVisitResult postVisitDirectory(Path dir, IOException e) throws IOException {
          Files.deleteIfExists(dir);
          return FileVisitResult.CONTINUE;
        }
      });
    } catch (IOException e) {
      // Best effort: a leftover folder is removed by the next build.
    }
  }
}
