package dev.runbook.core.rules;

import static org.assertj.core.api.Assertions.assertThat;

import dev.runbook.core.report.Diagnostic;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** What every finding of the rule fixtures says, read as a user would read it. */
class RuleMessagesTest {
  private static final List<Diagnostic> FINDINGS = new ArrayList<>();

  @BeforeAll
  static void checkEveryFixture() throws Exception {
    for (Path folder : RuleFixtures.folders()) {
      RuleFixtures.check(folder).report().diagnostics().stream()
          .map(d -> new Diagnostic(folder.getFileName() + "/" + d.file(), d.line(), d.column(), d.rule(),
              d.name(), d.severity(), d.message(), d.sourceLine(), d.fixable()))
          .forEach(FINDINGS::add);
    }
    assertThat(FINDINGS).as("findings of the fixtures").isNotEmpty();
  }

  @Test
  void noMessageShowsAJavaNull() {
    assertThat(FINDINGS).filteredOn(d -> d.message().matches("(?s).*\\bnull\\b.*"))
        .extracting(d -> d.file() + ":" + d.line() + " " + d.rule() + " " + d.message())
        .isEmpty();
  }
}
