package dev.runbook.core.report.format;

import static dev.runbook.core.report.format.ParsedJson.list;
import static dev.runbook.core.report.format.ParsedJson.map;
import static org.assertj.core.api.Assertions.assertThat;

import dev.runbook.core.report.Diagnostic;
import dev.runbook.core.report.Report;
import dev.runbook.core.report.SampleReports;
import dev.runbook.core.report.Severity;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Checks the output against the properties SARIF 2.1.0 requires, by reading it back. */
class SarifFormatterTest {
  private static final List<String> LEVELS = List.of("none", "note", "warning", "error");

  @Test
  void hasTheRequiredSarifProperties() {
    Report report = SampleReports.sample();
    Map<String, Object> log = map(ParsedJson.render(new SarifFormatter(), report));

    assertThat(log).containsEntry("version", "2.1.0")
        .containsEntry("$schema", "https://json.schemastore.org/sarif-2.1.0.json");
    List<Object> runs = list(log.get("runs"));
    assertThat(runs).hasSize(1);
    Map<String, Object> run = map(runs.get(0));
    Map<String, Object> driver = map(map(run.get("tool")).get("driver"));
    assertThat(driver).containsEntry("name", "runbook");

    List<Object> rules = list(driver.get("rules"));
    assertThat(rules).hasSize(SampleReports.RULES.size());
    for (Object r : rules) {
      Map<String, Object> rule = map(r);
      assertThat(rule).containsKeys("id", "name", "shortDescription", "fullDescription", "help");
      assertThat(map(rule.get("shortDescription"))).containsKey("text");
      assertThat(LEVELS).contains((String) map(rule.get("defaultConfiguration")).get("level"));
    }

    List<Object> results = list(run.get("results"));
    assertThat(results).hasSize(report.diagnostics().size());
    for (int i = 0; i < results.size(); i++) {
      Diagnostic d = report.diagnostics().get(i);
      Map<String, Object> result = map(results.get(i));
      assertThat(map(result.get("message")).get("text")).isEqualTo(d.message());
      assertThat(LEVELS).contains((String) result.get("level"));
      assertThat(result.get("ruleId")).isEqualTo(d.rule());
      int ruleIndex = (Integer) result.get("ruleIndex");
      assertThat(map(rules.get(ruleIndex)).get("id")).isEqualTo(d.rule());

      Map<String, Object> location =
          map(map(list(result.get("locations")).get(0)).get("physicalLocation"));
      assertThat(map(location.get("artifactLocation")))
          .containsEntry("uri", "runbooks/" + d.file())
          .containsEntry("uriBaseId", "%SRCROOT%");
      assertThat(map(location.get("region")))
          .containsEntry("startLine", d.line())
          .containsEntry("startColumn", d.column());
      assertThat(map(result.get("partialFingerprints")))
          .containsEntry("primaryLocationLineHash", d.fingerprint());
    }
  }

  @Test
  void theDriverCarriesTheToolsVersionAndRulesLinkToTheirPagesOnThePublishedSite() {
    Report report = SampleReports.sample();
    Map<String, Object> plain = map(map(map(list(map(ParsedJson.render(new SarifFormatter(), report))
        .get("runs")).get(0)).get("tool")).get("driver"));
    assertThat((String) plain.get("version")).as("from the build").matches("\\d+\\.\\d+\\.\\d+(-[A-Z]+)?");
    assertThat(plain.get("semanticVersion")).isEqualTo(plain.get("version"));
    assertThat(list(plain.get("rules"))).allSatisfy(r -> assertThat(map(r)).doesNotContainKey("helpUri")
        .extractingByKey("help").satisfies(h -> assertThat((String) map(h).get("markdown")).contains("Example:")));

    Map<String, Object> published = map(map(map(list(map(ParsedJson.render(
        new SarifFormatter().forSite(java.util.Optional.of("https://runbooks.example.org/ops")), report))
        .get("runs")).get(0)).get("tool")).get("driver"));
    for (Object r : list(published.get("rules"))) {
      Map<String, Object> rule = map(r);
      assertThat(rule.get("helpUri")).isEqualTo("https://runbooks.example.org/ops/rules/" + rule.get("id") + ".html");
    }
  }

  @Test
  void filesThatCouldNotBeReadMakeAnUnsuccessfulInvocationWithAnErrorEach() {
    Report report = SampleReports.unreadable();
    Map<String, Object> run = map(list(map(ParsedJson.render(new SarifFormatter(), report)).get("runs")).get(0));
    Map<String, Object> invocation = map(list(run.get("invocations")).get(0));
    assertThat(invocation).containsEntry("executionSuccessful", false);
    Map<String, Object> note = map(list(invocation.get("toolExecutionNotifications")).get(0));
    assertThat(note).containsEntry("level", "error");
    assertThat(map(note.get("message"))).containsEntry("text", report.unreadable().get(0).message());
    assertThat(map(map(map(list(note.get("locations")).get(0)).get("physicalLocation")).get("artifactLocation")))
        .containsEntry("uri", "runbooks/big.md").containsEntry("uriBaseId", "%SRCROOT%");
    Map<String, Object> clean = map(list(map(ParsedJson.render(new SarifFormatter(), SampleReports.clean()))
        .get("runs")).get(0));
    assertThat(clean).doesNotContainKey("invocations");
  }

  @Test
  void mapsSeveritiesToSarifLevels() {
    Map<String, Object> run =
        map(list(map(ParsedJson.render(new SarifFormatter(), SampleReports.counted(1, 1, 1)))
            .get("runs")).get(0));
    assertThat(list(run.get("results")))
        .extracting(r -> map(r).get("level"))
        .containsExactly("error", "warning", "note");
  }

  @Test
  void leavesOutRuleIndexForARuleThatIsNotListed() {
    Report report = new Report("runbooks", List.of("a.md"),
        List.of(new Diagnostic("a.md", 1, 1, "RB999", "", Severity.ERROR, "m", "", false)),
        SampleReports.RULES);
    Map<String, Object> result = map(list(map(list(map(
        ParsedJson.render(new SarifFormatter(), report)).get("runs")).get(0)).get("results"))
        .get(0));
    assertThat(result).containsEntry("ruleId", "RB999").doesNotContainKey("ruleIndex");
  }

  @Test
  void encodesPathsAsUrisAndGivesAbsoluteRootsAFileUri() {
    Diagnostic d =
        new Diagnostic("on call/ü#1.md", 1, 1, "RB301", "", Severity.ERROR, "m", "", false);
    String relative = GoldenFiles.render(new SarifFormatter(),
        new Report("./runbooks/", List.of(), List.of(d), List.of()));
    String absolute = GoldenFiles.render(new SarifFormatter(),
        new Report("/srv/runbooks", List.of(), List.of(d), List.of()));

    assertThat(relative).contains("\"uri\": \"runbooks/on%20call/%C3%BC%231.md\"",
        "\"uriBaseId\": \"%SRCROOT%\"");
    assertThat(absolute).contains("\"uri\": \"file:///srv/runbooks/on%20call/%C3%BC%231.md\"")
        .doesNotContain("uriBaseId");
  }

  @Test
  void givesIdenticalFindingsDistinctFingerprints() {
    Diagnostic d = new Diagnostic("a.md", 3, 1, "RB502", "", Severity.WARNING, "TODO", "TODO",
        false);
    Report report = new Report("runbooks", List.of("a.md"),
        List.of(d, new Diagnostic("a.md", 9, 1, "RB502", "", Severity.WARNING, "TODO", "TODO",
            false)), List.of());
    String sarif = GoldenFiles.render(new SarifFormatter(), report);
    assertThat(sarif).contains("\"primaryLocationLineHash\": \"" + d.fingerprint() + "\"",
        "\"primaryLocationLineHash\": \"" + d.fingerprint() + ":2\"");
  }
}
