package dev.runbook.core.report;

import dev.runbook.core.report.format.ReportFormats;
import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.util.Objects;
import java.util.UUID;

/**
 * A report file to write, as named by {@code FORMAT:FILE} ({@code --report} in the CLI,
 * {@code <reports>} in the Maven plugin). Writing goes through a temporary file in the same
 * folder and an atomic move, so a CI step never reads half a report. Immutable.
 */
public record ReportFile(ReportFormatter formatter, Path file) {

  public ReportFile {
    Objects.requireNonNull(formatter, "formatter");
    Objects.requireNonNull(file, "file");
  }

  /**
   * Parses {@code FORMAT:FILE}, resolving the file against {@code base}.
   *
   * @throws IllegalArgumentException with a one-sentence message when the spec has no colon, no
   *     format or file, or names an unknown format
   */
  public static ReportFile parse(String spec, Path base) {
    int colon = spec == null ? -1 : spec.indexOf(':');
    if (colon <= 0 || colon == spec.length() - 1) {
      throw new IllegalArgumentException(
          "a report is FORMAT:FILE, e.g. sarif:target/runbook.sarif, not '" + spec + "'");
    }
    String name = spec.substring(0, colon);
    ReportFormatter formatter = ReportFormats.create(name, false).orElseThrow(() ->
        new IllegalArgumentException("unknown report format '" + name + "': use one of "
            + String.join(", ", ReportFormats.names())));
    return new ReportFile(formatter, base.resolve(spec.substring(colon + 1)));
  }

  /** This report file for a set whose site is published at {@code siteUrl} (see {@link ReportFormatter#forSite}). */
  public ReportFile forSite(java.util.Optional<String> siteUrl) {
    return new ReportFile(formatter.forSite(siteUrl), file);
  }

  /** Writes {@code report} to the file, creating folders and replacing an older file. */
  public void write(Report report) throws IOException {
    Path parent = file.toAbsolutePath().getParent();
    Files.createDirectories(parent);
    // Not Files.createTempFile: its owner-only permissions would stick to the report, which CI
    // steps running as another user must read. A fresh name with CREATE_NEW gets the umask's.
    Path tmp = parent.resolve("." + file.getFileName() + "." + UUID.randomUUID() + ".tmp");
    try {
      try (Writer w = Files.newBufferedWriter(tmp, StandardCharsets.UTF_8, StandardOpenOption.CREATE_NEW,
          StandardOpenOption.WRITE)) {
        formatter.write(report, w);
      }
      Files.move(tmp, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
    } finally {
      Files.deleteIfExists(tmp);
    }
  }
}
