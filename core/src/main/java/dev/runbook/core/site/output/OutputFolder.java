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
import java.util.Optional;
import java.util.Set;
import java.util.stream.Stream;

/**
 * The site's output folder, replaced as a whole: the new site is written into a sibling staging
 * folder and swapped in by renames at the end, so a failed or interrupted build leaves the
 * previous site as it was. A folder is only ever replaced when it is empty or every file in it is
 * listed in the {@link SiteMarker} a previous build left (checked before the build and again
 * before the swap); a folder that holds the runbooks is never replaced, and a refused folder is
 * not touched at all. The folder of an earlier version's build, whose marker lists nothing, is
 * replaced only when this build writes every file it holds. Not thread-safe: one build uses one
 * instance.
 */
public final class OutputFolder {
  /** The file that marks a folder as a site this tool wrote. */
  public static final String MARKER = SiteMarker.NAME;

  /** What to do about a refused folder. */
  private static final String WHAT_TO_DO = "Nothing was changed: choose another output folder, or move "
      + "your files out of this one (or delete it yourself)";

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
        if (!isEmpty(target)) {
          checkOurs(target, Optional.empty());
        }
      }
      Files.createDirectories(parent);
      removeLeftovers(target);
      Path staging = freshSibling(target, ".staging-");
      Files.createDirectory(staging);
      Files.writeString(staging.resolve(MARKER), SiteMarker.text(Set.of()), StandardCharsets.UTF_8);
      return new OutputFolder(target, staging);
    } catch (IOException e) {
      throw new SiteException(SiteException.Kind.IO,
          "cannot prepare the output folder " + target + ": " + e.getMessage(), e);
    }
  }

  /**
   * Refuses {@code folder} unless its marker lists every file in it. An earlier version's marker
   * lists nothing: then every file must be one the new site (when known) writes.
   */
  private static void checkOurs(Path folder, Optional<Set<String>> newSite) throws IOException, SiteException {
    SiteMarker.Reading marker = SiteMarker.read(folder);
    if (marker instanceof SiteMarker.Foreign foreign) {
      throw refused(folder, foreign.why() + ". " + WHAT_TO_DO);
    }
    if (marker instanceof SiteMarker.Listed listed) {
      Optional<String> stranger = SiteMarker.firstUnlisted(folder, listed.files());
      if (stranger.isPresent()) {
        throw refused(folder, "it holds " + stranger.get() + ", which the previous build did not write (it is "
            + "not listed in " + MARKER + "), so it may be yours. " + WHAT_TO_DO);
      }
    } else if (newSite.isPresent()) {
      Optional<String> stranger = SiteMarker.firstUnlisted(folder, newSite.get());
      if (stranger.isPresent()) {
        throw refused(folder, "it was built by an earlier version of runbook, whose " + MARKER
            + " does not list the files it wrote, and it holds " + stranger.get() + ", which this build does "
            + "not write, so it may be yours. " + WHAT_TO_DO + "; builds from now on list their files and "
            + "replace the folder on their own");
      }
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

  /**
   * The site paths of the files in the staging folder, the marker not counted, read from disk:
   * one walk, which the verifier and {@link #commit(Set)} share.
   */
  public Set<String> staged() throws IOException {
    return SiteMarker.files(staging);
  }

  /**
   * Lists {@code written} (the {@link #staged()} files, read after the last file was written) in
   * the marker, checks again that the folder it replaces holds only files of ours, swaps the
   * staged site in and deletes the previous one.
   *
   * @throws SiteException {@link SiteException.Kind#REFUSED} when the folder now holds a file
   *     that is not ours; the folder is left as it was and the staged site is deleted
   */
  public void commit(Set<String> written) throws SiteException {
    try {
      Files.writeString(staging.resolve(MARKER), SiteMarker.text(written), StandardCharsets.UTF_8);
      if (Files.isDirectory(target, LinkOption.NOFOLLOW_LINKS) && !isEmpty(target)) {
        checkOurs(target, Optional.of(written));
      }
    } catch (SiteException e) {
      abandon();
      throw e;
    } catch (IOException e) {
      abandon();
      throw new SiteException(SiteException.Kind.IO,
          "cannot check the output folder " + target + ": " + e.getMessage(), e);
    }
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
            && (isEmpty(p) || !(SiteMarker.read(p) instanceof SiteMarker.Foreign))) {
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
