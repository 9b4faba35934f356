package dev.runbook.core.fix;

import static org.assertj.core.api.Assertions.assertThat;

import dev.runbook.core.check.CheckRunner;
import dev.runbook.core.config.Config;
import dev.runbook.core.config.ConfigLoader;
import dev.runbook.core.model.DocumentKind;
import dev.runbook.core.model.RunbookSet;
import dev.runbook.core.rules.SectionWording;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * {@code runbook fix} in a set with kinds ({@code fixtures/sets/kinds}): a missing section is added
 * from the runbook's kind, in the set's own words.
 */
class KindsFixTest {
  private static Path root;
  private static Fixer fixer;

  @BeforeAll
  static void load() throws Exception {
    root = Path.of(KindsFixTest.class.getResource("/fixtures/sets/kinds").toURI());
    CheckRunner runner = new CheckRunner();
    Config config = new ConfigLoader(runner.ruleIds()).load(root.resolve("runbook.yml"));
    RunbookSet set = runner.load(root, config, 1);
    fixer = new Fixer(config, SectionWording.of(set.documents(), config));
  }

  private static String fixed(String path) throws Exception {
    FixResult r = fixer.fix(path, DocumentKind.RUNBOOK, Files.readAllBytes(root.resolve(path)));
    assertThat(r.changed()).as(path).isTrue();
    return String.join("\n", r.after().lines());
  }

  @Test
  void anAlertGetsItsMitigationUnderTheHeadingTheSetUses() throws Exception {
    String text = fixed("alerts/KubeNodeNotReady.md");
    assertThat(text).contains("## 缓解\n\n1. Write the first action that stops the impact").doesNotContain("Mitigation");
    assertThat(text.indexOf("\n## 缓解")).isGreaterThan(text.indexOf("\n## 诊断"));
  }

  @Test
  void aChecklistGetsItsKindsSectionNotAProceduresOnes() throws Exception {
    String text = fixed("broken-checklist.md");
    assertThat(text).contains("## Checklist").doesNotContain("## Steps", "## Rollback");
  }

  @Test
  void aProcedureGetsTheTopLevelSection() throws Exception {
    assertThat(fixed("rotate-logs.md")).contains("## Rollback");
  }
}
