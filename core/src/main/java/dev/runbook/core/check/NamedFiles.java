package dev.runbook.core.check;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Predicate;

/**
 * The documents a check will report when it names files, or a folder inside the root (a
 * pre-commit hook passes the changed files; an editor passes one): those are the only ones worth
 * linting. Accepts at least every document the report keeps ({@code CheckRunner.narrow}); when in
 * doubt, it accepts all.
 */
final class NamedFiles {
  private NamedFiles() {}

  static Predicate<String> of(CheckOptions options, Path root) {
    if (options.files().isEmpty()) {
      return path -> true; // a folder alone: narrowed only when inside the root, rare enough to lint all
    }
    try {
      Path realRoot = root.toRealPath();
      List<String> files = new ArrayList<>();
      List<String> folders = new ArrayList<>();
      // The named root folder narrows only when it lies inside the root; a named file or folder always.
      Optional<String> folder = options.root().flatMap(r -> rootRelative(options, r, realRoot)).filter(r -> !r.isEmpty());
      folder.ifPresent(folders::add);
      for (Path f : options.files()) {
        Optional<String> rel = rootRelative(options, f, realRoot);
        if (rel.isEmpty()) {
          continue;
        }
        if (rel.get().isEmpty()) {
          return path -> true;
        }
        (Files.isDirectory(realRoot.resolve(rel.get())) ? folders : files).add(rel.get());
      }
      return path -> files.contains(path) || folders.stream().anyMatch(d -> path.startsWith(d + "/"));
    } catch (IOException | RuntimeException e) {
      return path -> true;
    }
  }

  /** {@code named} relative to the real root, or empty when it lies outside it. */
  private static Optional<String> rootRelative(CheckOptions options, Path named, Path realRoot) {
    try {
      Path abs = options.workingDir().resolve(named).toAbsolutePath().normalize();
      Path real = Files.exists(abs) ? abs.toRealPath() : realOf(abs.getParent()).resolve(abs.getFileName());
      return real.startsWith(realRoot)
          ? Optional.of(realRoot.relativize(real).toString().replace('\\', '/')) : Optional.empty();
    } catch (IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
  }

  private static Path realOf(Path folder) throws IOException {
    return folder == null ? Path.of("") : Files.exists(folder) ? folder.toRealPath() : folder;
  }
}
