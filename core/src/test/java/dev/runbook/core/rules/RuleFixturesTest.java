package dev.runbook.core.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.fail;
import static org.junit.jupiter.api.DynamicContainer.dynamicContainer;
import static org.junit.jupiter.api.DynamicTest.dynamicTest;

import dev.runbook.core.check.CheckFailure;
import dev.runbook.core.check.CheckResult;
import dev.runbook.core.report.Diagnostic;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicContainer;
import org.junit.jupiter.api.DynamicNode;
import org.junit.jupiter.api.TestFactory;

/**
 * Runs the real linter over every rule's fixture folder (today pinned to 2026-11-28) and checks
 * each Markdown file's findings against the expectations written in it: the same lines, the same
 * rules, as many of each, the same severity where one is named; nothing missing, nothing extra.
 * See {@code src/test/resources/fixtures/rules/README.md} for the format.
 */
class RuleFixturesTest {

  @TestFactory
  Stream<DynamicContainer> everyFixtureFileGetsExactlyItsExpectedFindings() {
    return RuleFixtures.folders().stream().map(RuleFixturesTest::folderTests);
  }

  private static DynamicContainer folderTests(Path folder) {
    Checked checked = new Checked(folder);
    String rule = folder.getFileName().toString();
    Stream<DynamicNode> loads = Stream.of(dynamicTest(rule + ": every file loads", folder.toUri(), () -> {
      CheckResult result = checked.result();
      assertThat(result.problems()).as("files that could not be read").isEmpty();
      assertThat(result.report().files()).as("the files the check read")
          .containsExactlyElementsOf(RuleFixtures.checkedFiles(folder));
    }));
    Stream<DynamicNode> files = RuleFixtures.checkedFiles(folder).stream()
        .map(file -> dynamicTest(rule + "/" + file, folder.resolve(file).toUri(),
            () -> checkFile(folder, file, checked.result())));
    return dynamicContainer(rule, folder.toUri(), Stream.concat(loads, files));
  }

  private static void checkFile(Path folder, String file, CheckResult result) {
    ExpectedFindings expected = RuleFixtures.expectations(folder.resolve(file));
    List<Diagnostic> actual = result.report().diagnostics().stream()
        .filter(d -> d.file().equals(file)).toList();
    ExpectedFindings.Comparison comparison = expected.compare(actual);
    if (!comparison.exact()) {
      fail(expected.describe(folder.getFileName() + "/" + file, comparison));
    }
  }

  /** A folder is checked once, on first use, for all its file tests. */
  private static final class Checked {
    private final Path folder;
    private CheckResult result;

    Checked(Path folder) {
      this.folder = folder;
    }

    synchronized CheckResult result() {
      if (result == null) {
        try {
          result = RuleFixtures.check(folder);
        } catch (CheckFailure e) {
          throw new IllegalStateException(folder + ": the check could not run: " + e.getMessage(), e);
        } catch (IOException e) {
          throw new UncheckedIOException(e);
        }
      }
      return result;
    }
  }
}
