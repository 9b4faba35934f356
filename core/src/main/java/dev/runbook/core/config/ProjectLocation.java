package dev.runbook.core.config;

import java.nio.file.Path;
import java.util.Optional;

/**
 * Where a runbook set is: its root folder, the config that applies to it (loaded; {@link
 * Config#DEFAULT} when there is none) and, for people and logs, why that root was chosen.
 *
 * @param root the runbook root, absolute and normalised
 * @param config the config read from {@code config().source()}, or the defaults
 * @param why one phrase, e.g. "root 'runbooks' from runbook.yml" or "the repository's runbooks/ folder"
 */
public record ProjectLocation(Path root, Config config, String why) {

  /** The config file that applies, if any. */
  public Optional<Path> configFile() {
    return config.source();
  }
}
