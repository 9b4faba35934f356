package dev.runbook.core.config;

import java.nio.file.Path;

/** A configuration that cannot be used, with the file, line and what to do. */
public class ConfigException extends Exception {
  private static final long serialVersionUID = 1L;

  public ConfigException(Path file, int line, String message) {
    super(file + (line > 0 ? ":" + line : "") + ": " + message);
  }

  public ConfigException(String message) {
    super(message);
  }
}
