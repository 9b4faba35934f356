package dev.runbook.core.site.output;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;

/**
 * The {@value #NAME} file in a site's folder: a header line, then every file the build wrote, one
 * relative path a line ({@code %}, {@code #} and line breaks escaped as {@code %25}, {@code %23},
 * {@code %0A}, {@code %0D}). It proves the folder is a site runbook wrote: a folder is replaced
 * only when every file in it is listed. Earlier versions wrote one sentence and no list
 * ({@link #LEGACY_TEXT}). Stateless.
 */
public final class SiteMarker {
  /** The marker's file name. */
  public static final String NAME = ".runbook-site";
  /** The first line of a marker that lists its files. */
  static final String HEADER = "runbook-site 2";
  /** The whole marker of runbook 0.1 builds, which listed nothing. */
  static final String LEGACY_TEXT =
      "This folder is a site written by 'runbook build'. The next build replaces all of it.\n";
  /** Markers are lists of paths: anything near this size is not one. */
  private static final long MAX_BYTES = 64L * 1024 * 1024;

  private SiteMarker() {}

  /** What a folder's marker says. */
  sealed interface Reading permits Listed, Legacy, Foreign {}

  /** A marker of this version: the files the build wrote. */
  record Listed(Set<String> files) implements Reading {}

  /** The marker of an earlier version: ours, but it lists nothing. */
  record Legacy() implements Reading {}

  /** No marker, or one runbook did not write; {@code why} completes "refusing to replace X: ". */
  record Foreign(String why) implements Reading {}

  /** The marker's text for a site holding {@code files} (relative paths, '/'-separated). */
  static String text(Set<String> files) {
    StringBuilder out = new StringBuilder(HEADER).append('\n')
        .append("# A site written by 'runbook build', and every file it wrote. The next build replaces\n")
        .append("# this folder only while each file in it is listed here.\n");
    for (String f : new TreeSet<>(files)) {
      out.append(escape(f)).append('\n');
    }
    return out.toString();
  }

  /** Reads the marker of {@code folder}. */
  static Reading read(Path folder) throws IOException {
    Path marker = folder.resolve(NAME);
    if (!Files.isRegularFile(marker, LinkOption.NOFOLLOW_LINKS)) {
      return new Foreign("it is not empty and has no " + NAME + " file, so it is not a site runbook wrote");
    }
    if (Files.size(marker) > MAX_BYTES) {
      return new Foreign("its " + NAME + " file was not written by runbook (it is too large)");
    }
    String text = new String(Files.readAllBytes(marker), StandardCharsets.UTF_8);
    if (text.equals(LEGACY_TEXT)) {
      return new Legacy();
    }
    List<String> lines = text.lines().toList();
    if (lines.isEmpty() || !lines.get(0).equals(HEADER)) {
      return new Foreign("its " + NAME + " file was not written by runbook ("
          + (text.isEmpty() ? "it is empty" : "it does not start with '" + HEADER + "'") + ")");
    }
    Set<String> files = new HashSet<>();
    for (String line : lines.subList(1, lines.size())) {
      if (!line.isEmpty() && !line.startsWith("#")) {
        files.add(unescape(line));
      }
    }
    return new Listed(files);
  }

  /** Every file under {@code folder} (not following links), as relative '/'-separated paths, sorted. */
  static Set<String> files(Path folder) throws IOException {
    Set<String> out = new TreeSet<>();
    walk(folder, (path, directory) -> {
      if (!directory && !path.equals(NAME)) {
        out.add(path);
      }
      return true;
    });
    return out;
  }

  /**
   * The first file or folder under {@code folder} that is not the marker, not in {@code listed},
   * and (for a folder) holds nothing listed; empty when there is none.
   */
  static Optional<String> firstUnlisted(Path folder, Set<String> listed) throws IOException {
    Set<String> parents = new HashSet<>();
    for (String f : listed) {
      for (int slash = f.indexOf('/'); slash >= 0; slash = f.indexOf('/', slash + 1)) {
        parents.add(f.substring(0, slash));
      }
    }
    String[] found = new String[1];
    walk(folder, (path, directory) -> {
      boolean ours = directory ? parents.contains(path) : path.equals(NAME) || listed.contains(path);
      if (!ours) {
        found[0] = directory ? path + "/" : path;
      }
      return ours;
    });
    return Optional.ofNullable(found[0]);
  }

  /** Sees a path (relative, '/'-separated) and whether it is a folder; false stops the walk. */
  @FunctionalInterface
  private interface Visit {
    boolean see(String path, boolean directory);
  }

  private static void walk(Path folder, Visit visit) throws IOException {
    Files.walkFileTree(folder, new SimpleFileVisitor<>() {
      @Override
      public FileVisitResult preVisitDirectory(Path dir, BasicFileAttributes attrs) {
        if (dir.equals(folder)) {
          return FileVisitResult.CONTINUE;
        }
        return visit.see(relative(dir), true) ? FileVisitResult.CONTINUE : FileVisitResult.TERMINATE;
      }

      @Override
      public FileVisitResult visitFile(Path file, BasicFileAttributes attrs) {
        return visit.see(relative(file), false) ? FileVisitResult.CONTINUE : FileVisitResult.TERMINATE;
      }

      @Override
      public FileVisitResult visitFileFailed(Path file, IOException e) throws IOException {
        throw e;
      }

      private String relative(Path p) {
        return folder.relativize(p).toString().replace('\\', '/');
      }
    });
  }

  static String escape(String path) {
    return path.replace("%", "%25").replace("#", "%23").replace("\n", "%0A").replace("\r", "%0D");
  }

  static String unescape(String line) {
    return line.replace("%0D", "\r").replace("%0A", "\n").replace("%23", "#").replace("%25", "%");
  }
}
