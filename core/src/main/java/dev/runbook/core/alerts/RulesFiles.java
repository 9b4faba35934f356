package dev.runbook.core.alerts;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.PathMatcher;
import java.util.ArrayList;
import java.util.List;
import java.util.TreeSet;
import java.util.stream.Stream;

/**
 * The files a list of globs names: each glob relative to its folder (or absolute), {@code /}
 * separated, allowed to leave that folder ({@code ../deploy/**}{@code /*.yaml}); {@code **}
 * also matches no folder at all, as in shells with globstar. Stateless.
 */
public final class RulesFiles {
  private RulesFiles() {}

  /** The regular files the globs name, sorted and without repeats. */
  public static List<Path> find(Path base, List<String> globs) {
    TreeSet<Path> found = new TreeSet<>();
    for (String glob : globs) {
      found.addAll(find(base, glob));
    }
    return List.copyOf(found);
  }

  /**
   * The folder a glob's files all lie in: its fixed leading folders ({@code ../deploy} for {@code
   * ../deploy/**}{@code /*.yaml}), absolute. A glob with no pattern names one file: its folder.
   */
  public static Path folderOf(Path base, String glob) {
    Glob g = Glob.of(base, glob);
    return g.pattern() ? g.start() : g.start().resolve(g.rest()).normalize().getParent();
  }

  /** True when {@code file} (absolute) is a file the glob names, whether or not it exists now. */
  public static boolean matches(Path base, String glob, Path file) {
    Glob g = Glob.of(base, glob);
    Path abs = file.toAbsolutePath().normalize();
    if (!g.pattern()) {
      return abs.equals(g.start().resolve(g.rest()).normalize());
    }
    return abs.startsWith(g.start()) && g.matches(g.start().relativize(abs));
  }

  private static List<Path> find(Path base, String glob) {
    Glob g = Glob.of(base, glob);
    Path start = g.start();
    if (!g.pattern()) {
      Path file = start.resolve(g.rest()).normalize();
      return Files.isRegularFile(file) ? List.of(file) : List.of();
    }
    if (!Files.isDirectory(start)) {
      return List.of();
    }
    // The walk starts in the folder itself when the glob names it by a link ("deploy/*.yaml" with
    // deploy a link to ../shared/rules), as a shell's glob does; the files keep the names given.
    // Links further down are not followed, as with globstar's **.
    try {
      Path real = start.toRealPath();
      try (Stream<Path> files = Files.walk(real)) {
        return files.filter(Files::isRegularFile).map(p -> start.resolve(real.relativize(p)))
            .filter(p -> g.matches(start.relativize(p))).toList();
      }
    } catch (IOException e) {
      throw new UncheckedIOException("cannot list " + start + ": " + e.getMessage(), e);
    }
  }

  /** A glob split into the folder where its pattern starts and the pattern below it. */
  private record Glob(Path start, String rest, boolean pattern, List<PathMatcher> matchers) {
    static Glob of(Path base, String glob) {
      String g = glob.strip().replace('\\', '/');
      String[] parts = g.split("/");
      int fixed = 0;
      while (fixed < parts.length - 1 && !isPattern(parts[fixed])) {
        fixed++;
      }
      String prefix = String.join("/", java.util.Arrays.copyOfRange(parts, 0, fixed));
      Path start = (g.startsWith("/") ? Path.of("/" + prefix) : base.resolve(prefix)).toAbsolutePath().normalize();
      String rest = String.join("/", java.util.Arrays.copyOfRange(parts, fixed, parts.length));
      if (!isPattern(rest)) {
        return new Glob(start, rest, false, List.of());
      }
      List<PathMatcher> matchers = new ArrayList<>();
      matchers.add(FileSystems.getDefault().getPathMatcher("glob:" + rest));
      if (rest.contains("**/")) {
        matchers.add(FileSystems.getDefault().getPathMatcher("glob:" + rest.replace("**/", "")));
      }
      return new Glob(start, rest, true, matchers);
    }

    boolean matches(Path relative) {
      return matchers.stream().anyMatch(m -> m.matches(relative));
    }
  }

  private static boolean isPattern(String part) {
    return part.contains("*") || part.contains("?") || part.contains("[") || part.contains("{");
  }
}
