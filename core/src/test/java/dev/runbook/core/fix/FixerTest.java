package dev.runbook.core.fix;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.runbook.core.config.Config;
import dev.runbook.core.edit.EditRefused;
import dev.runbook.core.model.DocumentKind;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;

class FixerTest {
  /** A broken fix: it adds a line every time it runs. */
  private static final Fix UNSTABLE = new Fix() {
    @Override
    public String name() {
      return "unstable";
    }

    @Override
    public FixStep apply(FixContext c) {
      return new FixStep(c.lines().withInserted(c.lines().size(), List.of("more")), List.of("added more"), List.of());
    }
  };

  /** Another broken fix: it breaks the front matter. */
  private static final Fix BREAKS_YAML = new Fix() {
    @Override
    public String name() {
      return "yaml breaker";
    }

    @Override
    public FixStep apply(FixContext c) {
      return new FixStep(c.lines().withLine(1, "risk: [high"), List.of("broke it"), List.of());
    }
  };

  private static byte[] utf8(String s) {
    return s.getBytes(StandardCharsets.UTF_8);
  }

  @Test
  void aFixWhoseResultIsNotStableIsDropped() throws EditRefused {
    FixResult r = new Fixer(Config.DEFAULT, List.of(UNSTABLE, new MojibakeFix()))
        .fix("a.md", DocumentKind.RUNBOOK, utf8("# Ã©\n"));
    assertThat(r.after().text()).isEqualTo("# é\n");
    assertThat(r.changes()).singleElement().asString().startsWith("repaired 1");
    assertThat(r.notes()).singleElement().asString().contains("the unstable fix was skipped");
  }

  @Test
  void aFixThatWouldBreakTheFrontMatterRefusesTheFile() {
    assertThatThrownBy(() -> new Fixer(Config.DEFAULT, List.of(BREAKS_YAML))
        .fix("a.md", DocumentKind.RUNBOOK, utf8("---\nrisk: high\n---\n# A\n")))
        .isInstanceOf(EditRefused.class).hasMessageContaining("yaml breaker fix would break the front matter");
  }

  @Test
  void aRulesFixerRepairsOnlyWhatThatRuleReports() throws EditRefused {
    // Steps numbered 1, 3 (RB106) and a missing section (RB101): the RB101 fixer leaves the steps.
    String text = "# R\n\n**Risk Level**: 🟢 Low\n\n## Overview\n\nx\n\n## Steps\n\n1. a\n3. b\n";
    FixResult sections = Fixer.forRule(Config.DEFAULT, "RB101").orElseThrow()
        .fix("r.md", DocumentKind.RUNBOOK, utf8(text));
    assertThat(sections.after().text()).contains("## Rollback").contains("1. a\n3. b\n");
    FixResult steps = Fixer.forRule(Config.DEFAULT, "RB106").orElseThrow()
        .fix("r.md", DocumentKind.RUNBOOK, utf8(text));
    assertThat(steps.after().text()).contains("1. a\n2. b\n").doesNotContain("## Rollback");
  }

  @Test
  void aRuleWithoutAFixHasNoFixer() {
    assertThat(Fixer.forRule(Config.DEFAULT, "RB301")).isEmpty();
  }
}
