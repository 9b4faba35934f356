package dev.runbook.cli;

import dev.runbook.core.check.CheckFailure;
import dev.runbook.core.check.CheckOptions;
import dev.runbook.core.check.CheckRunner;
import dev.runbook.core.config.Config;
import dev.runbook.core.config.ProjectLocation;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

/**
 * The config and runbook root for the writer's commands ({@code new}, {@code fix}), found the
 * same way {@code check} finds them.
 */
record WriterSetup(CheckRunner runner, Config config, Path root) {

  /**
   * The setup from the working folder, or the {@code root} named.
   *
   * @param rootExample how the command that runs is given the runbook folder, for the hint when
   *     there is no root, e.g. {@code runbook fix path/to/runbooks}
   */
  static WriterSetup of(Environment env, Optional<Path> root, Optional<Path> configFile, String rootExample)
      throws UsageException {
    CheckRunner runner = new CheckRunner();
    CheckOptions options = new CheckOptions(env.workingDir(), root, List.of(), configFile, env.clock(), false,
        Optional.empty(), Optional.empty(), 1);
    try {
      ProjectLocation where = runner.locate(options);
      return new WriterSetup(runner, where.config(), where.root());
    } catch (CheckFailure e) {
      throw new UsageException(RootHint.message(e, rootExample));
    }
  }

  /** A path as the user should see it: relative to the working folder, with {@code ../} when above it. */
  static String label(Environment env, Path file) {
    Path wd = env.workingDir().toAbsolutePath().normalize();
    Path abs = file.toAbsolutePath().normalize();
    String shown = java.util.Objects.equals(wd.getRoot(), abs.getRoot()) ? wd.relativize(abs).toString() : abs.toString();
    return shown.replace('\\', '/');
  }
}
