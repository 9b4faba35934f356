package dev.runbook.maven;

import static org.assertj.core.api.Assertions.assertThat;

import dev.runbook.core.model.LoadProblem;
import dev.runbook.core.report.Diagnostic;
import dev.runbook.core.report.Report;
import dev.runbook.core.report.Severity;
import java.util.List;
import org.junit.jupiter.api.Test;

class FindingLogTest {
  private static Diagnostic finding(Severity s, String message) {
    return new Diagnostic("shutdown/graceful.md", 12, 5, "RB301", "broken-link", s, message, "", false);
  }

  @Test
  void writesCompilerStyleLinesAtTheFindingsLevel() {
    RecordingLog log = new RecordingLog();
    Report report = new Report("runbooks", List.of("shutdown/graceful.md"), List.of(
        finding(Severity.ERROR, "link target 'emergency.md' does not exist"),
        finding(Severity.WARNING, "two\nlines"),
        finding(Severity.INFO, "note")), List.of());

    new FindingLog(log).findings(report);

    assertThat(log.lines).containsExactly(
        "[ERROR] runbooks/shutdown/graceful.md:[12,5] RB301 broken-link: link target 'emergency.md' does not exist",
        "[INFO] runbooks/shutdown/graceful.md:[12,5] RB301 broken-link: note",
        "[WARNING] runbooks/shutdown/graceful.md:[12,5] RB301 broken-link: two lines");
  }

  @Test
  void leavesOutARootThatIsTheCurrentFolder() {
    assertThat(FindingLog.line(".", finding(Severity.ERROR, "m")))
        .isEqualTo("shutdown/graceful.md:[12,5] RB301 broken-link: m");
  }

  @Test
  void logsUnreadableFilesAsErrorsAndSkippedOnesAsWarnings() {
    RecordingLog log = new RecordingLog();

    new FindingLog(log).problems("runbooks", List.of(
        new LoadProblem("a.md", "cannot read: permission denied", true),
        new LoadProblem("b.md", "skipped: a broken symbolic link", false)));

    assertThat(log.lines).containsExactly(
        "[ERROR] runbooks/a.md: cannot read: permission denied",
        "[WARNING] runbooks/b.md: skipped: a broken symbolic link");
  }

  @Test
  void countsSeveritiesFromTheFailLevelUp() {
    Report report = new Report("r", List.of(), List.of(finding(Severity.ERROR, "a"),
        finding(Severity.WARNING, "b"), finding(Severity.WARNING, "c")), List.of());

    assertThat(FindingLog.counts(report, Severity.ERROR)).isEqualTo("1 error");
    assertThat(FindingLog.counts(report, Severity.WARNING)).isEqualTo("1 error, 2 warnings");
    assertThat(FindingLog.counts(report, Severity.INFO)).isEqualTo("1 error, 2 warnings, 0 infos");
  }
}
