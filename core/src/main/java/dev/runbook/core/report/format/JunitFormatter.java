package dev.runbook.core.report.format;

import dev.runbook.core.report.Diagnostic;
import dev.runbook.core.report.Report;
import dev.runbook.core.report.ReportFormatter;
import dev.runbook.core.report.Severity;
import java.io.IOException;
import java.io.Writer;
import java.util.List;
import java.util.Map;
import java.util.SortedMap;

/**
 * JUnit XML for CI test views: one {@code <testsuite name="runbook">} with one test case per
 * checked file. A file with errors fails: its {@code <failure>} names the first error in the
 * {@code message} attribute and lists every error in its text. Warnings and infos do not fail
 * the test case; they are listed in {@code <system-out>}. The writer must encode UTF-8.
 * Stateless and thread-safe.
 */
public final class JunitFormatter implements ReportFormatter {
  @Override
  public String name() {
    return "junit";
  }

  @Override
  public void write(Report report, Writer out) throws IOException {
    SortedMap<String, List<Diagnostic>> groups = FileGroups.allFiles(report);
    long failures =
        groups.values().stream().filter(ds -> ds.stream().anyMatch(JunitFormatter::fails)).count();
    out.write(XmlText.DECLARATION);
    out.write("<testsuite name=\"runbook\" tests=\"" + groups.size() + "\" failures=\""
        + failures + "\" errors=\"0\" skipped=\"0\">\n");
    for (Map.Entry<String, List<Diagnostic>> group : groups.entrySet()) {
      writeTestCase(ReportPath.of(report, group.getKey()), group.getValue(), out);
    }
    out.write("</testsuite>\n");
  }

  private static void writeTestCase(String path, List<Diagnostic> findings, Writer out)
      throws IOException {
    String open = "  <testcase classname=\"runbook\" name=\"" + XmlText.attribute(path) + "\"";
    if (findings.isEmpty()) {
      out.write(open + "/>\n");
      return;
    }
    out.write(open + ">\n");
    List<Diagnostic> errors = findings.stream().filter(JunitFormatter::fails).toList();
    List<Diagnostic> others = findings.stream().filter(d -> !fails(d)).toList();
    if (!errors.isEmpty()) {
      Diagnostic first = errors.get(0);
      out.write("    <failure message=\"" + XmlText.attribute(line(first, false))
          + "\" type=\"" + XmlText.attribute(first.rule()) + "\">");
      out.write(XmlText.content(lines(errors, false)) + "</failure>\n");
    }
    if (!others.isEmpty()) {
      out.write("    <system-out>" + XmlText.content(lines(others, true)) + "</system-out>\n");
    }
    out.write("  </testcase>\n");
  }

  private static boolean fails(Diagnostic d) {
    return d.severity() == Severity.ERROR;
  }

  private static String lines(List<Diagnostic> findings, boolean withSeverity) {
    return String.join("\n", findings.stream().map(d -> line(d, withSeverity)).toList());
  }

  /** {@code line:col RBnnn message}, with the severity before the rule when asked. */
  private static String line(Diagnostic d, boolean withSeverity) {
    return d.line() + ":" + d.column() + " "
        + (withSeverity ? d.severity().id() + " " : "") + d.rule() + " " + d.message();
  }
}
