package dev.runbook.core.report.format;

import static org.assertj.core.api.Assertions.assertThat;

import dev.runbook.core.report.Diagnostic;
import dev.runbook.core.report.Report;
import dev.runbook.core.report.SampleReports;
import dev.runbook.core.report.Severity;
import java.util.List;
import org.junit.jupiter.api.Test;

class GithubFormatterTest {
  private static final String SUMMARY = "::notice title=runbook summary::";

  @Test
  void summarisesWhenALevelHasMoreThanGithubShows() {
    List<String> lines = render(SampleReports.counted(25, 2, 0));

    assertThat(lines).hasSize(25 + 2 + 1);
    assertThat(lines.get(lines.size() - 1)).isEqualTo(SUMMARY
        + "runbook found 25 errors, 2 warnings and 0 infos; GitHub shows at most 10 annotations"
        + " of each level per step, so annotations are missing for 15 errors; the full report"
        + " lists every finding.");
    assertThat(lines.stream().filter(l -> l.startsWith("::error "))).hasSize(25);
  }

  @Test
  void doesNotSummariseWhenGithubShowsEverything() {
    List<String> lines = render(SampleReports.counted(3, 10, 10));
    assertThat(lines).hasSize(23).noneMatch(l -> l.startsWith(SUMMARY));
  }

  @Test
  void putsTheSummaryAmongTheNoticesGithubShowsWhenNoticesOverflowToo() {
    List<String> lines = render(SampleReports.counted(11, 0, 12));

    int summary = lines.indexOf(lines.stream().filter(l -> l.startsWith(SUMMARY)).findFirst()
        .orElseThrow());
    assertThat(summary).isEqualTo(11);
    assertThat(lines.get(summary)).contains("missing for 1 error and 2 infos");
    assertThat(lines.subList(summary + 1, lines.size())).allMatch(l -> l.startsWith("::notice "));
  }

  @Test
  void escapesDataAndProperties() {
    Report report = new Report("runbooks", List.of("a,b:c.md"),
        List.of(new Diagnostic("a,b:c.md", 2, 3, "RB301", "broken-link", Severity.ERROR,
            "100% broken:\r\nsee a, b", "", false)), List.of());

    assertThat(render(report)).containsExactly(
        "::error file=runbooks/a%2Cb%3Ac.md,line=2,col=3,title=RB301 broken-link"
            + "::100%25 broken:%0D%0Asee a, b");
  }

  @Test
  void mapsInfoToNotice() {
    assertThat(render(SampleReports.counted(1, 1, 1)))
        .extracting(l -> l.substring(0, l.indexOf(' ')))
        .containsExactly("::error", "::warning", "::notice");
  }

  private static List<String> render(Report report) {
    String out = GoldenFiles.render(new GithubFormatter(), report);
    assertThat(out).endsWith("\n");
    return out.lines().toList();
  }
}
