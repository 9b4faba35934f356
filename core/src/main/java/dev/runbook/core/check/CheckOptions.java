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
 * @param alertRules globs of alerting-rule files besides the config's ({@code --alerts}),
 *     relative to {@code workingDir}
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
    int threads,
    List<String> alertRules) {

  public CheckOptions {
    files = List.copyOf(files);
    alertRules = List.copyOf(alertRules);
  }

  /** Options without alerting-rule globs of their own. */
  public CheckOptions(Path workingDir, Optional<Path> root, List<Path> files, Optional<Path> configFile,
      Clock clock, boolean external, Optional<Path> externalCache, Optional<Path> baseline, int threads) {
    this(workingDir, root, files, configFile, clock, external, externalCache, baseline, threads, List.of());
  }

  /** The same options, also reading the alerting rules these globs name. */
  public CheckOptions withAlertRules(List<String> globs) {
    return new CheckOptions(workingDir, root, files, configFile, clock, external, externalCache, baseline,
        threads, globs);
  }

  /** Defaults for a root: no config override, no external links, no baseline. */
  public static CheckOptions of(Path workingDir, Path root, Clock clock) {
    return new CheckOptions(workingDir, Optional.of(root), List.of(), Optional.empty(), clock,
        false, Optional.empty(), Optional.empty(), Runtime.getRuntime().availableProcessors());
  }

  public CheckOptions withConfig(Optional<Path> config) {
    return new CheckOptions(workingDir, root, files, config, clock, external, externalCache, baseline, threads, alertRules);
  }

  public CheckOptions withExternal(boolean on, Optional<Path> cache) {
    return new CheckOptions(workingDir, root, files, configFile, clock, on, cache, baseline, threads, alertRules);
  }

  public CheckOptions withBaseline(Optional<Path> file) {
    return new CheckOptions(workingDir, root, files, configFile, clock, external, externalCache, file, threads, alertRules);
  }

  public CheckOptions withFiles(List<Path> narrowed) {
    return new CheckOptions(workingDir, root, narrowed, configFile, clock, external, externalCache, baseline, threads, alertRules);
  }
}
