package dev.runbook.core.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.fail;

import dev.runbook.core.check.CheckResult;
import dev.runbook.core.report.Diagnostic;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The fixture runbooks of each {@code links.slugs} dialect ({@code fixtures/slugs/<dialect>/}):
 * links right in that dialect and wrong in GitHub's give nothing, GitHub's anchors for the same
 * headings give exactly the RB302s written in the files. The mkdocs set also has alerting rules
 * whose runbook URLs' fragments are checked with the same slugs (RB602).
 */
class SlugDialectFixturesTest {

  @ParameterizedTest
  @ValueSource(strings = {"gitlab", "mkdocs", "hugo", "kramdown"})
  void eachFileGetsExactlyItsExpectedFindings(String dialect) throws Exception {
    Path folder = Path.of(SlugDialectFixturesTest.class.getResource("/fixtures/slugs/" + dialect).toURI());
    assertThat(folder.resolve(RuleFixtures.CONFIG)).exists();
    CheckResult result = RuleFixtures.check(folder);
    assertThat(result.problems()).isEmpty();
    List<String> files;
    try (Stream<Path> s = Files.list(folder)) {
      files = s.map(p -> p.getFileName().toString()).filter(n -> n.endsWith(".md")).sorted().toList();
    }
    assertThat(files).containsExactly("README.md", "fails.md", "passes.md");
    files = RuleFixtures.checkedFiles(folder);
    for (String file : files) {
      ExpectedFindings expected = RuleFixtures.expectations(folder.resolve(file));
      List<Diagnostic> actual = result.report().diagnostics().stream().filter(d -> d.file().equals(file)).toList();
      ExpectedFindings.Comparison comparison = expected.compare(actual);
      if (!comparison.exact()) {
        fail(expected.describe(dialect + "/" + file, comparison));
      }
    }
    assertThat(result.report().diagnostics()).filteredOn(d -> d.file().equals("fails.md")).isNotEmpty()
        .allSatisfy(d -> assertThat(d.rule()).isEqualTo("RB302"));
    assertThat(result.report().files()).containsExactlyElementsOf(files);
  }
}
