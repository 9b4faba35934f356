package dev.runbook.core.report;

import java.io.IOException;
import java.io.InputStream;
import java.util.Properties;

/** runbook's own version, as the build wrote it into {@code version.properties}. */
public final class ToolVersion {
  private static final String VERSION = read();

  private ToolVersion() {}

  /** Such as {@code 0.1.0} or {@code 0.1.0-SNAPSHOT}; {@code unknown} outside a built jar. */
  public static String get() {
    return VERSION;
  }

  private static String read() {
    try (InputStream in = ToolVersion.class.getResourceAsStream("version.properties")) {
      if (in == null) {
        return "unknown";
      }
      Properties p = new Properties();
      p.load(in);
      String v = p.getProperty("version", "unknown").strip();
      return v.isEmpty() || v.startsWith("${") ? "unknown" : v;
    } catch (IOException e) {
      return "unknown";
    }
  }
}
