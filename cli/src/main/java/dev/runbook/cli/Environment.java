package dev.runbook.cli;

import java.io.InputStream;
import java.nio.file.Path;
import java.time.Clock;
import java.util.Map;

/**
 * What the commands take from the process, injected so tests can pin it: the working folder,
 * the clock ("today"), whether colour is wanted on stdout, whether stderr is a terminal (for
 * the progress line), and standard input ({@code check -}).
 */
public record Environment(Path workingDir, Clock clock, boolean colour, boolean terminal, InputStream stdin) {

  /** An environment whose standard input is the process's. */
  public Environment(Path workingDir, Clock clock, boolean colour, boolean terminal) {
    this(workingDir, clock, colour, terminal, System.in);
  }

  /** The same environment reading standard input from {@code in}. */
  public Environment withStdin(InputStream in) {
    return new Environment(workingDir, clock, colour, terminal, in);
  }

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
