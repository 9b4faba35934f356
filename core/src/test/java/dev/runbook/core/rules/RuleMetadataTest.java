package dev.runbook.core.rules;

import static org.assertj.core.api.Assertions.assertThat;

import dev.runbook.core.report.RuleInfo;
import dev.runbook.core.rules.builtin.BuiltinRules;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.assertj.core.api.SoftAssertions;
import org.junit.jupiter.api.Test;

/**
 * The meta-test: every built-in rule is the one SPEC §3 lists, is documented from its metadata,
 * and has fixtures that show it firing and staying quiet.
 */
class RuleMetadataTest {
  /** SPEC §3's table: ID, name and default severity of each rule, in ID order. */
  private static final Map<String, String> SPEC = new LinkedHashMap<>();

  static {
    spec("RB101", "missing-section", "error");
    spec("RB102", "section-order", "error");
    spec("RB103", "duplicate-section", "error");
    spec("RB104", "empty-section", "error");
    spec("RB105", "title", "error");
    spec("RB106", "steps-not-ordered", "warning");
    // SPEC §8.
    spec("RB107", "unclosed-fence", "warning");
    spec("RB201", "risk-missing", "error");
    spec("RB202", "risk-invalid", "error");
    spec("RB203", "risk-conflict", "error");
    spec("RB204", "risk-understated", "warning");
    spec("RB205", "rollback-required", "error");
    spec("RB301", "broken-link", "error");
    spec("RB302", "broken-anchor", "error");
    spec("RB303", "link-outside-root", "warning");
    spec("RB304", "orphan", "warning");
    spec("RB305", "external-link", "error");
    spec("RB306", "unsafe-link", "error");
    spec("RB401", "review-date-missing", "error");
    spec("RB402", "review-overdue", "error");
    spec("RB403", "review-due-soon", "warning");
    spec("RB404", "review-date-invalid", "error");
    spec("RB405", "owner-missing", "warning");
    spec("RB501", "encoding", "error");
    // SPEC: "warning (error in critical runbooks)"; the rule raises it itself.
    spec("RB502", "placeholder", "warning");
    spec("RB503", "secret", "error");
    // SPEC: "error for broken YAML, warning for unknown keys or wrong types"; the default is the warning.
    spec("RB504", "front-matter", "warning");
    // SPEC §9: an unknown rule ID in a suppression comment is a warning.
    spec("RB505", "unknown-suppression", "warning");
    // SPEC §7.3.
    spec("RB601", "alert-runbook-missing", "warning");
    spec("RB602", "alert-runbook-broken", "error");
    spec("RB603", "runbook-without-alert", "warning");
    spec("RB604", "alert-rules-unreadable", "error");
  }

  /**
   * SPEC §2: index pages are checked for links (RB301–RB306), encoding, placeholders, secrets and
   * front matter. RB304 is the exception: "orphan" is said of a runbook no index page reaches.
   */
  private static final Set<String> ALL_DOCUMENTS =
      Set.of("RB301", "RB302", "RB303", "RB305", "RB306", "RB501", "RB502", "RB503", "RB504", "RB505");

  private static final Pattern ID = Pattern.compile("RB\\d{3}");
  private static final Pattern KEBAB = Pattern.compile("[a-z]+(-[a-z]+)*");
  /** A sentence: a capital letter or an opening quote, at least six words, a full stop (or ! or ?). */
  private static final Pattern SENTENCE = Pattern.compile("[\\p{Lu}'\"‘“]\\S*(\\s+\\S+){5,}[.!?]");

  private static void spec(String id, String name, String severity) {
    SPEC.put(id, name + " " + severity);
  }

  private static List<RuleInfo> rules() {
    return BuiltinRules.all().stream().map(r -> r.info()).toList();
  }

  @Test
  void theRulesAreTheSpecsThirtyTwoInIdOrder() {
    List<String> ids = rules().stream().map(RuleInfo::id).toList();
    assertThat(ids).as("rule IDs in BuiltinRules.all()").containsExactlyElementsOf(SPEC.keySet());
    assertThat(ids).as("rule IDs in BuiltinRules.all()").isSorted().doesNotHaveDuplicates().hasSize(32);
  }

  @Test
  void idsAndNamesAreUniqueAndWellFormed() {
    SoftAssertions soft = new SoftAssertions();
    for (RuleInfo r : rules()) {
      soft.assertThat(r.id()).as("ID of %s", r.name()).matches(ID);
      soft.assertThat(r.name()).as("name of %s", r.id()).matches(KEBAB);
    }
    soft.assertThat(rules().stream().map(RuleInfo::id)).as("IDs").doesNotHaveDuplicates();
    soft.assertThat(rules().stream().map(RuleInfo::name)).as("names").doesNotHaveDuplicates();
    soft.assertAll();
  }

  @Test
  void namesAndDefaultSeveritiesAreTheSpecs() {
    Map<String, String> actual = rules().stream().collect(Collectors.toMap(
        RuleInfo::id, r -> r.name() + " " + r.severity().id(), (a, b) -> a, LinkedHashMap::new));
    assertThat(actual).containsExactlyEntriesOf(SPEC);
  }

  @Test
  void indexPagesGetOnlyTheLinkEncodingPlaceholderSecretAndFrontMatterRules() {
    SoftAssertions soft = new SoftAssertions();
    for (RuleInfo r : rules()) {
      RuleInfo.Scope expected = ALL_DOCUMENTS.contains(r.id()) ? RuleInfo.Scope.ALL_DOCUMENTS : RuleInfo.Scope.RUNBOOKS;
      soft.assertThat(r.scope()).as("scope of %s %s", r.id(), r.name()).isEqualTo(expected);
    }
    soft.assertAll();
  }

  @Test
  void everyRuleIsDocumented() {
    SoftAssertions soft = new SoftAssertions();
    for (RuleInfo r : rules()) {
      String rule = r.id() + " " + r.name();
      soft.assertThat(r.summary()).as("summary of %s", rule).isNotBlank().doesNotContain("\n").endsWith(".");
      soft.assertThat(r.rationale()).as("rationale of %s: at least one real sentence", rule)
          .containsPattern(SENTENCE).endsWith(".");
      soft.assertThat(r.example()).as("example of %s", rule).isNotBlank();
    }
    soft.assertAll();
  }

  @Test
  void everyRuleHasFixturesThatPassAndFail() {
    SoftAssertions soft = new SoftAssertions();
    for (RuleInfo r : rules()) {
      Path folder = RuleFixtures.root().resolve(r.id());
      if (!Files.isDirectory(folder)) {
        soft.fail("%s %s has no fixture folder %s", r.id(), r.name(), folder);
        continue;
      }
      List<String> files = RuleFixtures.checkedFiles(folder);
      soft.assertThat(files).as("%s: fixture files", r.id()).contains("README.md", "passes.md");
      if (files.contains("passes.md")) {
        soft.assertThat(RuleFixtures.expectations(folder.resolve("passes.md")).expected())
            .as("%s/passes.md must expect no finding at all", r.id()).isEmpty();
      }
      List<String> failing = new ArrayList<>();
      for (String file : files) {
        String name = file.substring(file.lastIndexOf('/') + 1);
        // Alert rules (RB6xx) report on rules files: theirs fail in fails*.yaml.
        if (!name.matches("fails(-[a-z0-9-]+)?\\.(md|ya?ml)")) {
          continue;
        }
        ExpectedFindings e = RuleFixtures.expectations(folder.resolve(file));
        soft.assertThat(e.expected()).as("%s/%s expects no finding: name it passes-*.md", r.id(), file).isNotEmpty();
        if (e.rules().contains(r.id())) {
          failing.add(file);
        }
      }
      soft.assertThat(failing).as("%s: fails*.md files that expect %s", r.id(), r.id()).isNotEmpty();
    }
    soft.assertAll();
  }

  @Test
  void everyFixtureFolderIsARule() {
    List<String> ids = rules().stream().map(RuleInfo::id).toList();
    List<String> folders = RuleFixtures.folders().stream().map(p -> p.getFileName().toString()).toList();
    assertThat(folders).as("fixture folders").containsExactlyElementsOf(ids);
  }

  @Test
  void passingFilesExpectNothing() {
    SoftAssertions soft = new SoftAssertions();
    for (Path folder : RuleFixtures.folders()) {
      for (String file : RuleFixtures.checkedFiles(folder)) {
        String name = file.substring(file.lastIndexOf('/') + 1);
        if (name.startsWith("passes")) {
          soft.assertThat(RuleFixtures.expectations(folder.resolve(file)).expected())
              .as("%s/%s", folder.getFileName(), file).isEmpty();
        }
      }
    }
    soft.assertAll();
  }
}
