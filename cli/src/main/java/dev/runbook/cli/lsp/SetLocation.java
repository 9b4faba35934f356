package dev.runbook.cli.lsp;

import dev.runbook.core.check.CheckFailure;
import dev.runbook.core.check.CheckOptions;
import dev.runbook.core.check.CheckRunner;
import dev.runbook.core.config.Config;
import dev.runbook.core.config.ProjectLocation;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import java.util.Optional;

/**
 * The runbook folder and config an editor's workspace folder stands for.
 *
 * @param root the runbook folder
 * @param config its config ({@link Config#DEFAULT} when there is none)
 */
record SetLocation(Path root, Config config) {

  /**
   * Finds them the way {@code runbook check} does with no argument, from {@code folder} as the
   * working folder ({@link dev.runbook.core.config.ProjectLocator}).
   *
   * @throws CheckFailure when the config is broken
   */
  static SetLocation find(CheckRunner runner, Path folder, Clock clock) throws CheckFailure {
    CheckOptions options = new CheckOptions(folder, Optional.empty(), List.of(), Optional.empty(), clock, false,
        Optional.empty(), Optional.empty(), 1);
    ProjectLocation where = runner.locate(options);
    return new SetLocation(where.root(), where.config());
  }
}
