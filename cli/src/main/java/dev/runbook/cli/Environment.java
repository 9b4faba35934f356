package dev.runbook.cli;

import java.nio.file.Path;
import java.time.Clock;
import java.util.Map;

/**
 * What the commands take from the process, injected so tests can pin it: the working folder,
 * the clock ("today"), whether colour is wanted on stdout, and whether stderr is a terminal (for
 * the progress line).
 */
public record Environment(Path workingDir, Clock clock, boolean colour, boolean terminal) {

  /**
   * The environment of a process whose environment variables are {@code variables} and whose
   * stdout and stderr are, or are not, terminals: colour and the progress line follow the
   * console conventions ({@link ConsoleConventions}).
   */
  static Environment of(Path workingDir, Clock clock, Map<String, String> variables, boolean outTerminal,
      boolean errTerminal) {
    return new Environment(workingDir, clock, ConsoleConventions.colour(variables, outTerminal),
        ConsoleConventions.progress(variables, errTerminal));
  }
}
