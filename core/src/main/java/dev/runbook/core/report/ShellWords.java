package dev.runbook.core.report;

import java.util.regex.Pattern;

/** Words of a command people paste into a POSIX shell: quoted only when they need it. */
public final class ShellWords {
  private static final Pattern PLAIN = Pattern.compile("[A-Za-z0-9_./@%+=:,-]+");

  private ShellWords() {}

  /** {@code word} as a shell reads it back: as is when plain, else in single quotes. */
  public static String quote(String word) {
    if (PLAIN.matcher(word).matches()) {
      return word;
    }
    return "'" + word.replace("'", "'\\''") + "'";
  }

  /** {@code runbook VERB PATH}, the path quoted when it needs it. */
  public static String command(String verb, String path) {
    return "runbook " + verb + " " + quote(path);
  }
}
