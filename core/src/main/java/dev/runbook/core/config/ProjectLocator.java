package dev.runbook.core.config;

import dev.runbook.core.parse.GitRepository;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Finds the runbook root and the config of a set, the one way the command line, the Maven plugin
 * and the language server all do (SPEC §9):
 *
 * <ol>
 *   <li>From a named file or folder (else the working folder), walk up to the first config file
 *       ({@code runbook.yml}, {@code .runbook.yml} or {@code runbook.yaml}; two in one folder is an
 *       error), stopping after the repository root (the folder with {@code .git}). Its {@code root}
 *       wins; without one, the {@code runbooks/} folder beside it, else its own folder.
 *   <li>Without a config: a folder named {@code runbooks} on the way up, else the nearest {@code
 *       runbooks/} folder on the way up to the repository root (outside a repository: in the
 *       start folder or the working folder). The config is then looked up from that root upwards.
 *   <li>A named folder that neither lies in the root found that way nor holds it is itself the
 *       root (or the folder named runbooks it lies in): the user named it. Naming the repository,
 *       or a folder in the root, keeps the root.
 *   <li>Nothing found: a {@link NoRootFound} that says how to name a root. The working folder
 *       is never scanned just because it is there.
 * </ol>
 *
 * A path that does not exist (an editor's unsaved file) is taken as a file in its folder.
 * Stateless apart from the loader; thread-safe.
 */
public final class ProjectLocator {
  /** The names a config file may have, in the order they are listed in messages. */
  public static final List<String> CONFIG_NAMES = List.of("runbook.yml", ".runbook.yml", "runbook.yaml");
  /** The folder name that marks a runbook root without a config. */
  public static final String RUNBOOKS = "runbooks";

  private final ConfigLoader loader;

  public ProjectLocator(ConfigLoader loader) {
    this.loader = loader;
  }

  /** The set that a file or folder belongs to (an editor's open file, the folder a command ran in). */
  public ProjectLocation locate(Path fileOrFolder) throws ConfigException {
    Path abs = absolute(fileOrFolder);
    return locate(folderOf(abs), List.of(abs), Optional.empty());
  }

  /**
   * The set of a command's named files and folders.
   *
   * @param workingDir where the command ran: relative paths start there, and it is the start when
   *     nothing is named
   * @param named files and folders named on the command line; a folder is a root candidate
   * @param configFile a config named by the user ({@code --config}): it applies, its {@code root}
   *     (if any) is the root
   * @throws ConfigException when no root can be found, two configs share a folder, the named paths
   *     belong to different sets, or the config is bad
   */
  public ProjectLocation locate(Path workingDir, List<Path> named, Optional<Path> configFile)
      throws ConfigException {
    Path wd = absolute(workingDir);
    Optional<Config> given = Optional.empty();
    if (configFile.isPresent()) {
      Path file = wd.resolve(configFile.get()).normalize();
      if (!Files.isRegularFile(file)) {
        throw new ConfigException("config file " + file + " does not exist: fix --config or create it");
      }
      given = Optional.of(loader.load(file));
    }
    if (named.isEmpty()) {
      return fromStart(wd, wd, false, given).orElseThrow(() -> noRoot(wd));
    }
    List<ProjectLocation> found = new ArrayList<>();
    for (Path p : named) {
      Path abs = wd.resolve(p).normalize();
      fromStart(wd, abs, Files.isDirectory(abs), given).ifPresent(found::add);
    }
    if (found.isEmpty()) {
      throw noRoot(folderOf(wd.resolve(named.get(0)).normalize()));
    }
    ProjectLocation chosen = found.get(0);
    for (ProjectLocation other : found) {
      if (!real(other.root()).equals(real(chosen.root()))) {
        throw new ConfigException("the paths named belong to two runbook sets, " + chosen.root() + " and "
            + other.root() + ": check one set at a time");
      }
    }
    return chosen;
  }

  /**
   * The config file in {@code folder}, if there is one.
   *
   * @throws ConfigException when the folder holds two of {@link #CONFIG_NAMES}
   */
  public static Optional<Path> configIn(Path folder) throws ConfigException {
    List<Path> present = new ArrayList<>();
    for (String name : CONFIG_NAMES) {
      Path candidate = folder.resolve(name);
      if (Files.isRegularFile(candidate)) {
        present.add(candidate);
      }
    }
    if (present.size() > 1) {
      throw new ConfigException("two config files in " + folder + ": " + present.get(0).getFileName() + " and "
          + present.get(1).getFileName() + ": keep one (runbook uses one config per folder)");
    }
    return present.stream().findFirst();
  }

  /** The first config file in {@code folder} or its parents, stopping after the repository root. */
  public static Optional<Path> configUp(Path folder) throws ConfigException {
    for (Path dir = absolute(folder); dir != null; dir = dir.getParent()) {
      Optional<Path> here = configIn(dir);
      if (here.isPresent()) {
        return here;
      }
      if (isRepositoryRoot(dir)) {
        return Optional.empty();
      }
    }
    return Optional.empty();
  }

  /** The folder that holds {@code .git} (a folder, or a file in worktrees), at or above {@code start}. */
  public static Optional<Path> repositoryRoot(Path start) {
    return GitRepository.rootOf(start);
  }

  private static boolean isRepositoryRoot(Path dir) {
    return GitRepository.isRoot(dir);
  }

  /** The location found from one start; empty when there is no root to be found from it. */
  private Optional<ProjectLocation> fromStart(Path wd, Path start, boolean namedFolder, Optional<Config> given)
      throws ConfigException {
    Path folder = folderOf(start);
    Optional<Config> config = given.isPresent() ? given : load(configUp(folder));
    if (config.isPresent()) {
      Optional<Located> r = rootOf(config.get(), given.isEmpty());
      if (r.isPresent()) {
        Path named = real(start);
        Path configured = real(r.get().root());
        if (namedFolder && !named.startsWith(configured) && !configured.startsWith(named)) {
          return Optional.of(new ProjectLocation(start, config.get(), "the folder named"));
        }
        return Optional.of(new ProjectLocation(r.get().root(), config.get(), r.get().why()));
      }
    }
    if (namedFolder) {
      Optional<Located> above = runbooksAbove(start);
      Located r = above.orElse(new Located(start, "the folder named"));
      return Optional.of(new ProjectLocation(r.root(), config.orElse(Config.DEFAULT), r.why()));
    }
    Optional<Located> found = withoutConfig(wd, folder);
    if (found.isEmpty()) {
      return Optional.empty();
    }
    Located r = found.get();
    if (config.isPresent()) {
      return Optional.of(new ProjectLocation(r.root(), config.get(), r.why()));
    }
    Optional<Config> atRoot = load(configUp(r.root()));
    if (atRoot.isPresent()) {
      Located chosen = rootOf(atRoot.get(), false).orElse(r);
      return Optional.of(new ProjectLocation(chosen.root(), atRoot.get(), chosen.why()));
    }
    return Optional.of(new ProjectLocation(r.root(), Config.DEFAULT, r.why()));
  }

  private static ConfigException noRoot(Path folder) {
    return new NoRootFound(folder);
  }

  /** A root and why it was chosen. */
  private record Located(Path root, String why) {}

  /**
   * The root a config names: its {@code root}; for a config that was found (not named), else the
   * {@code runbooks/} folder beside it, else its own folder.
   */
  private static Optional<Located> rootOf(Config config, boolean found) {
    Path file = config.source().orElseThrow();
    Path folder = file.toAbsolutePath().normalize().getParent();
    String name = file.getFileName().toString();
    if (config.root().isPresent()) {
      return Optional.of(new Located(folder.resolve(config.root().get()).normalize(),
          "root '" + config.root().get() + "' in " + name));
    }
    if (!found) {
      return Optional.empty();
    }
    Path beside = folder.resolve(RUNBOOKS);
    if (Files.isDirectory(beside)) {
      return Optional.of(new Located(beside, "the runbooks/ folder beside " + name));
    }
    return Optional.of(new Located(folder, "the folder of " + name));
  }

  /** A folder named runbooks on the way up, else the nearest runbooks/ folder up to the repository root. */
  private static Optional<Located> withoutConfig(Path wd, Path folder) {
    Optional<Located> above = runbooksAbove(folder);
    if (above.isPresent()) {
      return above;
    }
    Optional<Path> repo = repositoryRoot(folder);
    if (repo.isPresent()) {
      for (Path dir = folder; dir != null && dir.startsWith(repo.get()); dir = dir.getParent()) {
        if (Files.isDirectory(dir.resolve(RUNBOOKS))) {
          return Optional.of(new Located(dir.resolve(RUNBOOKS), dir.equals(repo.get())
              ? "the repository's runbooks/ folder" : "the runbooks/ folder in " + dir));
        }
      }
      return Optional.empty();
    }
    for (Path dir : List.of(folder, wd)) {
      if (Files.isDirectory(dir.resolve(RUNBOOKS))) {
        return Optional.of(new Located(dir.resolve(RUNBOOKS), "the runbooks/ folder in " + dir));
      }
    }
    return Optional.empty();
  }

  /** The folder itself or the nearest folder above it named runbooks, up to the repository root. */
  private static Optional<Located> runbooksAbove(Path folder) {
    for (Path dir = folder; dir != null; dir = dir.getParent()) {
      if (dir.getFileName() != null && dir.getFileName().toString().equals(RUNBOOKS)) {
        return Optional.of(new Located(dir, "the runbooks folder it is in"));
      }
      if (isRepositoryRoot(dir)) {
        break;
      }
    }
    return Optional.empty();
  }

  private Optional<Config> load(Optional<Path> file) throws ConfigException {
    return file.isPresent() ? Optional.of(loader.load(file.get())) : Optional.empty();
  }

  /** The folder to start from: the path itself when it is a folder, else its nearest existing parent. */
  private static Path folderOf(Path start) {
    if (Files.isDirectory(start)) {
      return start;
    }
    Path dir = start.getParent();
    while (dir != null && !Files.isDirectory(dir)) {
      dir = dir.getParent();
    }
    return dir == null ? start : dir;
  }

  private static Path absolute(Path p) {
    return p.toAbsolutePath().normalize();
  }

  private static Path real(Path p) {
    try {
      return p.toRealPath();
    } catch (IOException e) {
      return absolute(p);
    }
  }
}
