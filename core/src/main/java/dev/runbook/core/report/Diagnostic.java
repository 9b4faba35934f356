package dev.runbook.core.report;

import java.util.Comparator;
import java.util.Objects;

/**
 * One finding. {@code file} is relative to the root with {@code /} separators; line and column
 * are 1-based. {@code sourceLine} is the text of the offending line (for carets and
 * fingerprints), possibly empty. {@code fixable} says whether {@code runbook fix} repairs it.
 */
public record Diagnostic(
    String file,
    int line,
    int column,
    String rule,
    String name,
    Severity severity,
    String message,
    String sourceLine,
    boolean fixable) {

  /** The one fixed order of every output: file, line, column, rule, message. */
  public static final Comparator<Diagnostic> ORDER =
      Comparator.comparing(Diagnostic::file)
          .thenComparingInt(Diagnostic::line)
          .thenComparingInt(Diagnostic::column)
          .thenComparing(Diagnostic::rule)
          .thenComparing(Diagnostic::message);

  public Diagnostic {
    Objects.requireNonNull(file, "file");
    Objects.requireNonNull(rule, "rule");
    Objects.requireNonNull(severity, "severity");
    Objects.requireNonNull(message, "message");
    sourceLine = sourceLine == null ? "" : sourceLine;
    name = name == null ? "" : name;
    if (line < 1 || column < 1) {
      throw new IllegalArgumentException("1-based position required, got " + line + ":" + column);
    }
  }

  public Diagnostic withSeverity(Severity s) {
    return new Diagnostic(file, line, column, rule, name, s, message, sourceLine, fixable);
  }

  /**
   * A key that survives line shifts: file, rule, message and the trimmed source line. Used by
   * baselines and SARIF {@code partialFingerprints}.
   */
  public String fingerprint() {
    return Fingerprints.of(file + "\u0000" + rule + "\u0000" + message + "\u0000" + sourceLine.strip());
  }
}
