package dev.runbook.cli;

import java.io.InputStream;
import java.nio.file.Path;
import java.time.Clock;
import java.util.Map;
import java.util.Objects;

/**
 * What the commands take from the process, injected so tests can pin it: the working folder,
 * the clock ("today"), whether colour is wanted on stdout, whether stderr is a terminal (for
 * the progress line), standard input ({@code check -}) and the environment variables (nothing
 * reads {@link System#getenv()} itself: the background process serves callers whose variables
 * differ from its own).
 */
public record Environment(Path workingDir, Clock clock, boolean colour, boolean terminal, InputStream stdin,
    Map<String, String> variables) {

  public Environment {
    Objects.requireNonNull(workingDir, "workingDir");
    variables = Map.copyOf(variables);
  }

  /** An environment whose standard input is the process's, with no environment variables. */
  public Environment(Path workingDir, Clock clock, boolean colour, boolean terminal) {
    this(workingDir, clock, colour, terminal, System.in, Map.of());
  }

  /** The same environment reading standard input from {@code in}. */
  public Environment withStdin(InputStream in) {
    return new Environment(workingDir, clock, colour, terminal, in, variables);
  }

  /** Whether {@code RUNBOOK_DEBUG} asks for stack traces of internal errors. */
  boolean debug() {
    return variables.containsKey("RUNBOOK_DEBUG");
  }

  /**
   * The environment of a process whose environment variables are {@code variables} and whose
   * stdout and stderr are, or are not, terminals: colour and the progress line follow the
   * console conventions ({@link ConsoleConventions}).
   */
  static Environment of(Path workingDir, Clock clock, Map<String, String> variables, boolean outTerminal,
      boolean errTerminal) {
    return of(workingDir, clock, variables, outTerminal, errTerminal, System.in);
  }

  /** As {@link #of(Path, Clock, Map, boolean, boolean)} with {@code stdin} as standard input. */
  public static Environment of(Path workingDir, Clock clock, Map<String, String> variables, boolean outTerminal,
      boolean errTerminal, InputStream stdin) {
    return new Environment(workingDir, clock, ConsoleConventions.colour(variables, outTerminal),
        ConsoleConventions.progress(variables, errTerminal), stdin, variables);
  }
}
