package dev.runbook.core.check;

import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import java.util.Optional;

/**
 * What to check and how. {@code root} empty means: the config's {@code root}, else
 * {@code runbooks/} if it exists, else the working folder. {@code files} narrows the report to
 * some files of the root (the whole set is still read: links need it).
 *
 * @param workingDir where relative paths start and the config search begins
 * @param clock "today" comes from it
 * @param threads parser and rule threads (at least 1)
 */
public record CheckOptions(
    Path workingDir,
    Optional<Path> root,
    List<Path> files,
    Optional<Path> configFile,
    Clock clock,
    boolean external,
    Optional<Path> externalCache,
    Optional<Path> baseline,
    int threads) {

  public CheckOptions {
    files = List.copyOf(files);
  }

  /** Defaults for a root: no config override, no external links, no baseline. */
  public static CheckOptions of(Path workingDir, Path root, Clock clock) {
    return new CheckOptions(workingDir, Optional.of(root), List.of(), Optional.empty(), clock,
        false, Optional.empty(), Optional.empty(), Runtime.getRuntime().availableProcessors());
  }

  public CheckOptions withConfig(Optional<Path> config) {
    return new CheckOptions(workingDir, root, files, config, clock, external, externalCache, baseline, threads);
  }

  public CheckOptions withExternal(boolean on, Optional<Path> cache) {
    return new CheckOptions(workingDir, root, files, configFile, clock, on, cache, baseline, threads);
  }

  public CheckOptions withBaseline(Optional<Path> file) {
    return new CheckOptions(workingDir, root, files, configFile, clock, external, externalCache, file, threads);
  }

  public CheckOptions withFiles(List<Path> narrowed) {
    return new CheckOptions(workingDir, root, narrowed, configFile, clock, external, externalCache, baseline, threads);
  }
}
