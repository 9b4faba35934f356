package dev.runbook.core.report.format;

import dev.runbook.core.report.Diagnostic;
import dev.runbook.core.report.Report;
import dev.runbook.core.report.ShellWords;
import dev.runbook.core.report.ReportFormatter;
import dev.runbook.core.report.Severity;
import java.io.IOException;
import java.io.Writer;
import java.util.List;
import java.util.Map;

/**
 * The format for people: findings grouped by file, each as {@code file:line:col severity RBnnn
 * name message} followed by the offending source line and a caret under the column, then a
 * summary line, which also says how many files could not be read (left out for {@code --quiet}).
 * ANSI colour only when constructed with {@code colour = true}. Stateless and thread-safe.
 */
public final class TextFormatter implements ReportFormatter {
  private static final String RESET = "\u001b[0m";
  private static final String BOLD = "\u001b[1m";
  private static final String INDENT = "    ";

  private final boolean colour;
  private final boolean summary;

  /** A formatter without colour. */
  public TextFormatter() {
    this(false);
  }

  /** A formatter that colours its output with ANSI escapes when {@code colour} is true. */
  public TextFormatter(boolean colour) {
    this(colour, true);
  }

  /** As {@link #TextFormatter(boolean)}; without the summary line when {@code summary} is false. */
  public TextFormatter(boolean colour, boolean summary) {
    this.colour = colour;
    this.summary = summary;
  }

  @Override
  public String name() {
    return "text";
  }

  @Override
  public void write(Report report, Writer out) throws IOException {
    Map<String, List<Diagnostic>> groups = FileGroups.withFindings(report);
    for (Map.Entry<String, List<Diagnostic>> group : groups.entrySet()) {
      String shown = ReportPath.of(report, group.getKey());
      String path = TerminalText.printable(shown);
      out.write(paint(BOLD, path) + "\n");
      String fixHint = " (fixable: " + TerminalText.printable(ShellWords.command("fix", shown)) + ")";
      for (Diagnostic d : group.getValue()) {
        writeFinding(path, fixHint, d, out);
      }
      out.write("\n");
    }
    if (summary) {
      out.write(summary(report) + "\n");
    }
  }

  private void writeFinding(String path, String fixHint, Diagnostic d, Writer out) throws IOException {
    StringBuilder line = new StringBuilder();
    line.append(path).append(':').append(d.line()).append(':').append(d.column()).append(' ');
    line.append(paint(colourOf(d.severity()), d.severity().id())).append(' ').append(d.rule());
    if (!d.name().isEmpty()) {
      line.append(' ').append(d.name());
    }
    line.append(' ').append(TerminalText.printable(d.message()));
    if (d.fixable()) {
      line.append(fixHint);
    }
    out.write(line.append('\n').toString());
    String source = d.sourceLine().replaceAll("[\r\n]+$", "");
    if (!source.isBlank()) {
      out.write(INDENT + TerminalText.printable(source) + "\n");
      String padding = TerminalText.caretPadding(source, d.column());
      out.write(INDENT + padding + paint(colourOf(d.severity()), "^") + "\n");
    }
  }

  /**
   * "3 files checked: no problems", or the counts; when files could not be read it says how many
   * and never "no problems": "3 files checked, 1 file could not be read". Named files that were
   * skipped are counted: "1 file checked, 2 skipped (outside the runbook root or excluded)".
   */
  private static String summary(Report report) {
    String checked = Plural.count(report.files().size(), "file") + " checked";
    if (!report.skipped().isEmpty()) {
      checked += ", " + report.skipped().size() + " skipped (outside the runbook root or excluded)";
    }
    if (!report.unreadable().isEmpty()) {
      checked += ", " + Plural.count(report.unreadable().size(), "file") + " could not be read";
      if (report.diagnostics().isEmpty()) {
        return checked;
      }
    } else if (report.diagnostics().isEmpty()) {
      return checked + ": no problems";
    }
    return checked + ": "
        + Plural.count(report.count(Severity.ERROR), "error")
        + ", "
        + Plural.count(report.count(Severity.WARNING), "warning")
        + ", "
        + Plural.count(report.count(Severity.INFO), "info");
  }

  private String paint(String style, String text) {
    return colour ? style + text + RESET : text;
  }

  private static String colourOf(Severity severity) {
    return switch (severity) {
      case ERROR -> "\u001b[31m";
      case WARNING -> "\u001b[33m";
      case INFO -> "\u001b[36m";
    };
  }
}
