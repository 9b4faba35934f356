package dev.runbook.core.report.format;

import static org.assertj.core.api.Assertions.assertThat;

import dev.runbook.core.report.Diagnostic;
import dev.runbook.core.report.Report;
import dev.runbook.core.report.ReportFormatter;
import dev.runbook.core.report.SampleReports;
import dev.runbook.core.report.Severity;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

/** JUnit and Checkstyle XML parse with the JDK's parser and say what the report says. */
class XmlFormattersTest {
  @Test
  void junitHasATestCasePerFileAndFailsOnlyFilesWithErrors() throws Exception {
    Element suite = parse(new JunitFormatter(), SampleReports.sample()).getDocumentElement();

    assertThat(suite.getTagName()).isEqualTo("testsuite");
    assertThat(suite.getAttribute("name")).isEqualTo("runbook");
    assertThat(suite.getAttribute("tests")).isEqualTo("3");
    assertThat(suite.getAttribute("failures")).isEqualTo("2");
    NodeList cases = suite.getElementsByTagName("testcase");
    assertThat(cases.getLength()).isEqualTo(3);
    Element graceful = (Element) cases.item(1);
    assertThat(graceful.getAttribute("name")).isEqualTo("runbooks/shutdown/graceful.md");
    Element failure = (Element) graceful.getElementsByTagName("failure").item(0);
    assertThat(failure.getAttribute("message"))
        .isEqualTo("12:5 RB301 link target 'emergency.md' does not exist");
    assertThat(graceful.getElementsByTagName("system-out").item(0).getTextContent())
        .contains("20:4 info RB502 placeholder \"TODO\" in <step> & 100% of readers, see:\nstep 2");
  }

  @Test
  void junitDoesNotFailAFileWithOnlyWarnings() throws Exception {
    Element suite = parse(new JunitFormatter(), SampleReports.counted(0, 2, 1))
        .getDocumentElement();
    assertThat(suite.getAttribute("failures")).isEqualTo("0");
    assertThat(suite.getElementsByTagName("failure").getLength()).isZero();
    assertThat(suite.getElementsByTagName("system-out").getLength()).isEqualTo(1);
  }

  @Test
  void checkstyleListsEveryFindingWithItsSource() throws Exception {
    Element root = parse(new CheckstyleFormatter(), SampleReports.sample()).getDocumentElement();

    assertThat(root.getAttribute("version")).isEqualTo("4.3");
    assertThat(root.getElementsByTagName("file").getLength()).isEqualTo(3);
    NodeList errors = root.getElementsByTagName("error");
    assertThat(errors.getLength()).isEqualTo(6);
    Element info = (Element) errors.item(2);
    assertThat(info.getAttribute("severity")).isEqualTo("info");
    assertThat(info.getAttribute("source")).isEqualTo("runbook.RB502");
    assertThat(info.getAttribute("message")).isEqualTo(SampleReports.sample().diagnostics()
        .get(2).message());
  }

  @Test
  void charactersXmlCannotCarryBecomeReplacementCharacters() throws Exception {
    Report report = new Report("runbooks", List.of("a.md"),
        List.of(new Diagnostic("a.md", 1, 1, "RB501", "encoding", Severity.ERROR,
            "nul \u0000 esc \u001b lone \ud800 ]]> end", "", false)), List.of());
    for (ReportFormatter f : List.of(new JunitFormatter(), new CheckstyleFormatter())) {
      Document doc = parse(f, report);
      Element finding = (Element) doc.getElementsByTagName(
          f instanceof JunitFormatter ? "failure" : "error").item(0);
      assertThat(finding.getAttribute("message"))
          .endsWith("nul \uFFFD esc \uFFFD lone \uFFFD ]]> end");
    }
  }

  private static Document parse(ReportFormatter formatter, Report report) throws Exception {
    byte[] xml = GoldenFiles.render(formatter, report).getBytes(StandardCharsets.UTF_8);
    return DocumentBuilderFactory.newInstance().newDocumentBuilder()
        .parse(new ByteArrayInputStream(xml));
  }
}
