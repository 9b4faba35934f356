package dev.runbook.cli;

import dev.runbook.core.model.RiskLevel;
import dev.runbook.core.report.Severity;
import dev.runbook.core.report.format.ReportFormats;
import java.util.Arrays;
import java.util.Iterator;
import java.util.Locale;

/** The values shell completion offers for options that take a word from a fixed list. */
public final class CompletionValues {
  private CompletionValues() {}

  /** {@code --format}: the report formats. */
  public static final class Formats implements Iterable<String> {
    @Override
    public Iterator<String> iterator() {
      return ReportFormats.names().iterator();
    }
  }

  /** {@code --fail-on}: the severities. */
  public static final class FailLevels implements Iterable<String> {
    @Override
    public Iterator<String> iterator() {
      return java.util.stream.Stream.of(Severity.ERROR, Severity.WARNING, Severity.INFO).map(Severity::id).iterator();
    }
  }

  /** {@code --risk}: the risk levels. */
  public static final class RiskLevels implements Iterable<String> {
    @Override
    public Iterator<String> iterator() {
      return Arrays.stream(RiskLevel.values()).map(r -> r.name().toLowerCase(Locale.ROOT)).iterator();
    }
  }
}
