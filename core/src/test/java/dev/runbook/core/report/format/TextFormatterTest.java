package dev.runbook.core.report.format;

import static org.assertj.core.api.Assertions.assertThat;

import dev.runbook.core.report.Diagnostic;
import dev.runbook.core.report.Report;
import dev.runbook.core.report.SampleReports;
import dev.runbook.core.report.Severity;
import java.util.List;
import org.junit.jupiter.api.Test;

class TextFormatterTest {
  private static final String ESC = "\u001b";

  @Test
  void withoutColourHasNoEscapeByte() {
    assertThat(GoldenFiles.render(new TextFormatter(false), SampleReports.sample()))
        .doesNotContain(ESC);
  }

  @Test
  void withColourPaintsSeveritiesAndFileNames() {
    String text = GoldenFiles.render(new TextFormatter(true), SampleReports.sample());
    assertThat(text).contains(
        ESC + "[31merror" + ESC + "[0m",
        ESC + "[33mwarning" + ESC + "[0m",
        ESC + "[36minfo" + ESC + "[0m",
        ESC + "[1mrunbooks/shutdown/graceful.md" + ESC + "[0m");
  }

  @Test
  void escapeBytesInMessagesOrSourceNeverReachTheTerminal() {
    Report report = report(new Diagnostic("a.md", 1, 3, "RB502", "placeholder", Severity.WARNING,
        "bad \u001b[2J message", "x\u001b[31my", false));
    assertThat(GoldenFiles.render(new TextFormatter(false), report))
        .doesNotContain(ESC)
        .contains("bad \\u001b[2J message", "    x\\u001b[31my\n");
  }

  @Test
  void putsTheCaretUnderTheColumn() {
    assertThat(caretLine("See [emergency](emergency.md) first.", 5)).isEqualTo("    " + "    ^");
  }

  @Test
  void keepsTabsInTheCaretPadding() {
    assertThat(caretLine("\t- TODO: drain", 4)).isEqualTo("    \t  ^");
  }

  @Test
  void countsWideCharactersAsTwoCells() {
    // 🟣 is two UTF-16 units and two terminal cells
    assertThat(caretLine("**Risk Level**: 🟣 Critical", 20))
        .isEqualTo("    " + " ".repeat(16 + 2 + 1) + "^");
  }

  @Test
  void padsPastTheEndOfTheLine() {
    assertThat(caretLine("abc", 6)).isEqualTo("    " + "     ^");
  }

  @Test
  void summaryUsesSingularAndPlural() {
    assertThat(lastLine(SampleReports.counted(1, 1, 1))).isEqualTo(
        "1 file checked: 1 error, 1 warning, 1 info");
    assertThat(lastLine(SampleReports.counted(2, 0, 3))).isEqualTo(
        "1 file checked: 2 errors, 0 warnings, 3 infos");
    assertThat(lastLine(SampleReports.clean())).isEqualTo("3 files checked: no problems");
  }

  @Test
  void summaryCountsFilesThatCouldNotBeReadAndNeverSaysNoProblemsThen() {
    Report unreadable = SampleReports.unreadable();
    assertThat(GoldenFiles.render(new TextFormatter(), unreadable))
        .isEqualTo("2 files checked, 1 file could not be read\n");
    Report withFindings = unreadable.withDiagnostics(SampleReports.counted(1, 0, 0).diagnostics());
    assertThat(lastLine(withFindings)).isEqualTo(
        "2 files checked, 1 file could not be read: 1 error, 0 warnings, 0 infos");
    Report onlyThatFile = new Report("runbooks", List.of("big.md"), List.of(), List.of())
        .withUnreadable(unreadable.unreadable());
    assertThat(lastLine(onlyThatFile)).isEqualTo("0 files checked, 1 file could not be read");
  }

  @Test
  void marksFixableFindings() {
    assertThat(GoldenFiles.render(new TextFormatter(), SampleReports.sample()))
        .as("the hint is a command that works when pasted where the check ran")
        .contains("should read '🚀' (fixable: runbook fix runbooks/startup/cold-start.md)\n")
        .containsOnlyOnce("fixable");
  }

  private static String caretLine(String source, int column) {
    String text = GoldenFiles.render(new TextFormatter(false),
        report(new Diagnostic("a.md", 1, column, "RB301", "broken-link", Severity.ERROR, "m",
            source, false)));
    List<String> lines = text.lines().toList();
    assertThat(lines.get(2)).isEqualTo("    " + source);
    return lines.get(3);
  }

  private static String lastLine(Report report) {
    List<String> lines = GoldenFiles.render(new TextFormatter(), report).lines().toList();
    return lines.get(lines.size() - 1);
  }

  private static Report report(Diagnostic d) {
    return new Report("", List.of("a.md"), List.of(d), List.of());
  }
}
