package dev.runbook.core.report;

import java.io.IOException;
import java.io.Writer;

/** Writes a report in one output format. Implementations are stateless and thread-safe. */
public interface ReportFormatter {
  /** The format's name as used by {@code --format} and {@code --report FORMAT:FILE}. */
  String name();

  void write(Report report, Writer out) throws IOException;

  /**
   * This format for a set whose site is published at {@code siteUrl} ({@code site.base_url}):
   * SARIF links each rule to its page there. The others need nothing and return themselves.
   */
  default ReportFormatter forSite(java.util.Optional<String> siteUrl) {
    return this;
  }
}
