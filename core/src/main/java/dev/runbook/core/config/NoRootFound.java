package dev.runbook.core.config;

import java.nio.file.Path;

/**
 * No runbook root could be found from a folder: no config, no {@code runbooks/} folder up to the
 * repository root. The message says how to name one; {@link #naming(String)} words it for the
 * command that ran (its message shows {@code runbook check}).
 */
public final class NoRootFound extends ConfigException {
  private static final long serialVersionUID = 1L;
  /** How a root is named when the caller does not say: the example in {@link #getMessage()}. */
  public static final String CHECK_EXAMPLE = "runbook check path/to/runbooks";

  private final transient Path folder;

  NoRootFound(Path folder) {
    super(message(folder, CHECK_EXAMPLE));
    this.folder = folder;
  }

  /** The folder the search started from. */
  public Path folder() {
    return folder;
  }

  /** The message with {@code example} as the way to name the folder, e.g. {@code runbook build path/to/runbooks}. */
  public String naming(String example) {
    return message(folder, example);
  }

  private static String message(Path folder, String example) {
    return "no runbook root found from " + folder
        + " (no runbook.yml, and no runbooks/ folder up to the repository root): name the folder that holds your "
        + "runbooks (" + example + "), or create runbook.yml with 'root: path/to/runbooks' at the top of the repository";
  }
}
