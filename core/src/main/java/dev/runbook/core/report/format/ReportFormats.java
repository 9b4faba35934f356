package dev.runbook.core.report.format;

import dev.runbook.core.report.ReportFormatter;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * Every output format, listed in this one place, looked up by the name used in {@code --format}
 * and {@code --report FORMAT:FILE}. The formatters are stateless, so the same instances serve
 * every caller.
 */
public final class ReportFormats {
  private static final List<ReportFormatter> ALL =
      List.of(
          new TextFormatter(false),
          new JsonFormatter(),
          new SarifFormatter(),
          new JunitFormatter(),
          new CheckstyleFormatter(),
          new GithubFormatter(),
          new GitlabFormatter());

  private ReportFormats() {}

  /** Every formatter, text first, with colour off. */
  public static List<ReportFormatter> all() {
    return ALL;
  }

  /** The format names, in help-text order: {@code text, json, sarif, …}. */
  public static List<String> names() {
    return ALL.stream().map(ReportFormatter::name).toList();
  }

  /** The formatter called {@code name} (case-insensitive), text without colour. */
  public static Optional<ReportFormatter> byName(String name) {
    if (name == null) {
      return Optional.empty();
    }
    String wanted = name.trim().toLowerCase(Locale.ROOT);
    return ALL.stream().filter(f -> f.name().equals(wanted)).findFirst();
  }

  /**
   * The formatter called {@code name}; {@code colour} applies to {@code text} and is ignored by
   * the formats for machines.
   */
  public static Optional<ReportFormatter> create(String name, boolean colour) {
    return byName(name)
        .map(f -> colour && f instanceof TextFormatter ? new TextFormatter(true) : f);
  }
}
