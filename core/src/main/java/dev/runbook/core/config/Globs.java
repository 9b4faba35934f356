package dev.runbook.core.config;

import java.nio.file.FileSystems;
import java.util.Optional;
import java.util.regex.PatternSyntaxException;

/** Whether a glob compiles as the file walkers will compile it. Stateless. */
public final class Globs {
  private Globs() {}

  /**
   * What is wrong with {@code glob}, said for a person ({@code bad glob '[x': Missing ']' at
   * character 2: close every [ and {, …}), or empty when it compiles.
   */
  public static Optional<String> problem(String glob) {
    try {
      FileSystems.getDefault().getPathMatcher("glob:" + glob);
      return Optional.empty();
    } catch (PatternSyntaxException e) {
      return Optional.of("bad glob '" + glob + "': " + e.getDescription()
          + (e.getIndex() >= 0 ? " at character " + (e.getIndex() + 1) : "")
          + ": close every [ and {, or put a backslash before a literal [ { or \\");
    }
  }
}
