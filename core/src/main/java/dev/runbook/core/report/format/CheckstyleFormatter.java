package dev.runbook.core.report.format;

import dev.runbook.core.report.Diagnostic;
import dev.runbook.core.report.Report;
import dev.runbook.core.report.ReportFormatter;
import java.io.IOException;
import java.io.Writer;
import java.util.List;
import java.util.Map;

/**
 * Checkstyle XML ({@code <checkstyle version="4.3">}), read by many CI and review tools: a
 * {@code <file>} per checked file, an {@code <error>} per finding with {@code source}
 * {@code runbook.RBnnn}. The writer must encode UTF-8. Stateless and thread-safe.
 */
public final class CheckstyleFormatter implements ReportFormatter {
  @Override
  public String name() {
    return "checkstyle";
  }

  @Override
  public void write(Report report, Writer out) throws IOException {
    out.write(XmlText.DECLARATION);
    out.write("<checkstyle version=\"4.3\">\n");
    for (Map.Entry<String, List<Diagnostic>> group : FileGroups.allFiles(report).entrySet()) {
      String open = "  <file name=\"" + XmlText.attribute(ReportPath.of(report, group.getKey()));
      if (group.getValue().isEmpty()) {
        out.write(open + "\"/>\n");
        continue;
      }
      out.write(open + "\">\n");
      for (Diagnostic d : group.getValue()) {
        out.write("    <error line=\"" + d.line() + "\" column=\"" + d.column()
            + "\" severity=\"" + d.severity().id()
            + "\" message=\"" + XmlText.attribute(d.message())
            + "\" source=\"runbook." + XmlText.attribute(d.rule()) + "\"/>\n");
      }
      out.write("  </file>\n");
    }
    out.write("</checkstyle>\n");
  }
}
