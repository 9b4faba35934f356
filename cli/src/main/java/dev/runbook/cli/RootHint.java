package dev.runbook.cli;

import dev.runbook.core.check.CheckFailure;
import dev.runbook.core.config.NoRootFound;
import dev.runbook.core.report.ShellWords;

/**
 * The message of a check that could not run, with the "no runbook root" hint worded for the
 * command that ran, so that the example can be pasted as it is ({@code runbook build
 * path/to/runbooks}, not {@code runbook check ...}).
 */
final class RootHint {
  private RootHint() {}

  /** How {@code command} (check, build, fix, alerts, serve) is given the runbook folder. */
  static String folderArgument(String command) {
    return ShellWords.command(command, "path/to/runbooks");
  }

  /** {@code failure}'s message, with {@code example} as the way to name the root when none was found. */
  static String message(CheckFailure failure, String example) {
    return failure.getCause() instanceof NoRootFound none ? none.naming(example) : failure.getMessage();
  }
}
