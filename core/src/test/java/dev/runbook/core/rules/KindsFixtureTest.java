package dev.runbook.core.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.fail;

import dev.runbook.core.check.CheckResult;
import dev.runbook.core.report.Diagnostic;
import java.net.URISyntaxException;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

/**
 * A set in its own words ({@code fixtures/sets/kinds}): alert runbooks chosen by glob with Chinese
 * headings through aliases, checklists chosen by front matter, procedures with the six top-level
 * sections, and front matter mapped from {@code owner_slack}, {@code last_reviewed_on} and {@code
 * review_in}. Each file states its findings inline, as the rule fixtures do.
 */
class KindsFixtureTest {
  private static Path folder;
  private static CheckResult result;

  @BeforeAll
  static void check() throws Exception {
    folder = fixture("kinds");
    result = RuleFixtures.check(folder);
  }

  static Path fixture(String name) throws URISyntaxException {
    return Path.of(KindsFixtureTest.class.getResource("/fixtures/sets/" + name).toURI());
  }

  @TestFactory
  Stream<DynamicTest> everyFileGetsExactlyItsExpectedFindings() {
    assertThat(result.problems()).isEmpty();
    return RuleFixtures.checkedFiles(folder).stream().map(file -> DynamicTest.dynamicTest(file, () -> {
      ExpectedFindings expected = RuleFixtures.expectations(folder.resolve(file));
      List<Diagnostic> actual = result.report().diagnostics().stream().filter(d -> d.file().equals(file)).toList();
      ExpectedFindings.Comparison comparison = expected.compare(actual);
      if (!comparison.exact()) {
        fail(expected.describe("kinds/" + file, comparison));
      }
    }));
  }

  private static String message(String file, String rule) {
    return result.report().diagnostics().stream().filter(d -> d.file().equals(file) && d.rule().equals(rule))
        .map(Diagnostic::message).findFirst().orElseThrow(() -> new AssertionError(file + ": no " + rule));
  }

  @Test
  void aMissingSectionIsNamedAsTheSetWritesIt() {
    assertThat(message("alerts/KubeNodeNotReady.md", "RB101"))
        .isEqualTo("required section '缓解' is missing: add '## 缓解' after '## 诊断'");
  }

  @Test
  void orderAndEmptinessNameTheSectionsAsTheRunbookWritesThem() {
    assertThat(message("alerts/KubeDiskFull.md", "RB102"))
        .isEqualTo("section '影响' is out of order: move it after '含义' (the order is 含义, 影响, 诊断, 缓解)");
    assertThat(message("alerts/KubeDiskFull.md", "RB104"))
        .isEqualTo("section '缓解' is empty: write what to do here, or say why nothing is needed");
  }

  @Test
  void eachKindAsksForItsOwnSections() {
    assertThat(message("rotate-logs.md", "RB101"))
        .isEqualTo("required section 'Rollback' is missing: add '## Rollback' after '## Validation'");
    assertThat(message("broken-checklist.md", "RB101"))
        .isEqualTo("required section 'Checklist' is missing: add '## Checklist' after '## Purpose'");
  }

  @Test
  void theReviewFindingNamesTheSetsKeyAndItsInterval() {
    assertThat(message("alerts/KubeNodeNotReady.md", "RB402")).contains("2026-10-15");
  }

  @Test
  void aBadIntervalInTheSetsOwnKeyNamesThatKey() {
    assertThat(message("bad-interval.md", "RB504")).isEqualTo("review_in 'whenever' is not an interval: use monthly, "
        + "quarterly, semiannual, annual, a count like 30d or 6w, or words like 90 days, 2 weeks, 6 months, 1 year");
  }

  @Test
  void aRuleOffInEveryKindStillRunsWhereTheTopLevelHasIt() {
    assertThat(result.report().rules()).extracting(r -> r.id()).contains("RB201");
  }
}
