package dev.runbook.core.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.fail;
import static org.junit.jupiter.api.DynamicContainer.dynamicContainer;
import static org.junit.jupiter.api.DynamicTest.dynamicTest;

import dev.runbook.core.check.CheckResult;
import dev.runbook.core.report.Diagnostic;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicContainer;
import org.junit.jupiter.api.DynamicNode;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

/**
 * Runs the real linter over one small set per {@code site.url_style} under {@code
 * src/test/resources/fixtures/dialects/}: links written as each generator's site writes them
 * resolve and have their anchors checked, and each file gets exactly the findings it states.
 */
class DialectFixturesTest {

  static Path root() {
    try {
      return Path.of(DialectFixturesTest.class.getResource("/fixtures/dialects").toURI());
    } catch (URISyntaxException e) {
      throw new IllegalStateException(e);
    }
  }

  static List<Path> folders() {
    try (Stream<Path> s = Files.list(root())) {
      return s.filter(Files::isDirectory).sorted().toList();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  @Test
  void thereIsASetForEveryUrlStyle() {
    assertThat(folders().stream().map(p -> p.getFileName().toString()))
        .containsExactlyInAnyOrderElementsOf(dev.runbook.core.model.url.UrlStyle.NAMES);
  }

  /** The messages of a fixture set's findings of one rule in one file. */
  private static List<String> messages(String style, String file, String rule) throws Exception {
    return RuleFixtures.check(root().resolve(style)).report().diagnostics().stream()
        .filter(d -> d.file().equals(file) && d.rule().equals(rule)).map(Diagnostic::message).toList();
  }

  @Test
  void aBrokenSiteLinkNamesTheClosestPageAsTheLinkWasWritten() throws Exception {
    assertThat(messages("middleman", "alerts/disk-full.html.md", "RB301")).containsExactly(
        "link target '/manual/cnd.html' does not exist: no page of the set has this URL; "
            + "did you mean '/manual/cdn.html' (cdn.html.md)?");
    assertThat(messages("hugo", "content/runbooks/kubernetes/KubePodNotReady.md", "RB301")).containsExactly(
        "link target '../kubepodcrashloopin/' does not exist: no page of the set has this URL; "
            + "did you mean '../kubepodcrashlooping/' (content/runbooks/kubernetes/KubePodCrashLooping.md)?",
        "link target 'KubePodCrashLooping/' does not exist: no page of the set has this URL; "
            + "did you mean '../kubepodcrashlooping/' (content/runbooks/kubernetes/KubePodCrashLooping.md)?");
  }

  @Test
  void aSitePathOutsideTheSetSaysWhereTheSetLives() throws Exception {
    assertThat(messages("middleman", "alerts/disk-full.html.md", "RB303")).containsExactly(
        "'/government/publications/outage-policy' is a path of the web site outside this set's pages "
            + "(site.base_path /manual/) and will not be published: link to its full URL");
  }

  @Test
  void anAnchorOfAPageFoundByItsUrlIsCheckedAgainstThatPage() throws Exception {
    assertThat(messages("mkdocs", "before/checklist.md", "RB302")).containsExactly(
        "'#stesp' matches no heading in during/page.md: did you mean '#steps'?");
  }

  @TestFactory
  Stream<DynamicContainer> everyFileGetsExactlyItsExpectedFindings() {
    return folders().stream().map(DialectFixturesTest::folderTests);
  }

  private static DynamicContainer folderTests(Path folder) {
    CheckResult result;
    try {
      result = RuleFixtures.check(folder);
    } catch (Exception e) {
      throw new IllegalStateException(folder + ": the check could not run: " + e.getMessage(), e);
    }
    String style = folder.getFileName().toString();
    Stream<DynamicNode> loads = Stream.of(dynamicTest(style + ": every file loads", () ->
        assertThat(result.problems()).as("files that could not be read").isEmpty()));
    Stream<DynamicNode> files = RuleFixtures.checkedFiles(folder).stream()
        .filter(f -> f.endsWith(".md"))
        .map(file -> dynamicTest(style + "/" + file, folder.resolve(file).toUri(), () -> {
          ExpectedFindings expected = RuleFixtures.expectations(folder.resolve(file));
          List<Diagnostic> actual = result.report().diagnostics().stream()
              .filter(d -> d.file().equals(file)).toList();
          ExpectedFindings.Comparison comparison = expected.compare(actual);
          if (!comparison.exact()) {
            fail(expected.describe(style + "/" + file, comparison));
          }
        }));
    return dynamicContainer(style, folder.toUri(), Stream.concat(loads, files));
  }
}
