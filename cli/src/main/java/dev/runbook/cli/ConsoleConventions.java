package dev.runbook.cli;

import java.util.Map;

/**
 * What the console conventions say about colour and the progress line, from the process's
 * environment variables and which streams are terminals. In order: {@code NO_COLOR} (non-empty)
 * turns colour off; {@code FORCE_COLOR} or {@code CLICOLOR_FORCE} (non-empty, not {@code 0})
 * turns it on even when stdout is not a terminal; {@code TERM=dumb} turns it off; else colour
 * when stdout is a terminal. The progress line, which redraws itself, needs stderr to be a
 * terminal that is not dumb. ({@code --no-color} is applied later, by the command.)
 */
final class ConsoleConventions {
  private ConsoleConventions() {}

  static boolean colour(Map<String, String> variables, boolean outTerminal) {
    if (set(variables, "NO_COLOR")) {
      return false;
    }
    if (forced(variables, "FORCE_COLOR") || forced(variables, "CLICOLOR_FORCE")) {
      return true;
    }
    return outTerminal && !dumb(variables);
  }

  static boolean progress(Map<String, String> variables, boolean errTerminal) {
    return errTerminal && !dumb(variables);
  }

  private static boolean dumb(Map<String, String> variables) {
    return "dumb".equals(variables.get("TERM"));
  }

  private static boolean set(Map<String, String> variables, String name) {
    String value = variables.get(name);
    return value != null && !value.isEmpty();
  }

  private static boolean forced(Map<String, String> variables, String name) {
    return set(variables, name) && !"0".equals(variables.get(name));
  }
}
