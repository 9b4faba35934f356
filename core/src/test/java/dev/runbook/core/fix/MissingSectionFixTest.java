package dev.runbook.core.fix;

import static org.assertj.core.api.Assertions.assertThat;

import dev.runbook.core.config.Config;
import dev.runbook.core.config.ConfigException;
import dev.runbook.core.config.ConfigLoader;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class MissingSectionFixTest {
  private final MissingSectionFix fix = new MissingSectionFix();

  @Test
  void insertsAfterThePreviousRequiredSectionInOrder() {
    String before = """
        # Restart

        ## Overview

        What it does.

        ## Steps

        1. Restart it.

        ## Notes

        Extra.

        ## References

        - [Index](README.md)
        """;
    String after = FixTexts.apply(fix, before);
    assertThat(after).isEqualTo("""
        # Restart

        ## Overview

        What it does.

        ## Prerequisites

        - Access, tools and approvals the engineer needs before the first step.

        ## Steps

        1. Restart it.

        ## Validation

        Say how to confirm the procedure worked: the checks to run and the results that mean success.

        ## Rollback

        1. Write how to undo each step, starting with the last one completed.

        ## Notes

        Extra.

        ## References

        - [Index](README.md)
        """);
    assertThat(FixTexts.step(fix, after).changed()).isFalse();
  }

  @Test
  void leadingSectionsGoBeforeTheFirstSection() {
    String before = "# Restart\n\nIntro.\n\n## Background\n\nWhy.\n\n## Steps\n\n1. Go.\n";
    String after = FixTexts.apply(fix, before);
    assertThat(after).startsWith("# Restart\n\nIntro.\n\n## Overview\n\n");
    assertThat(headings(after)).containsExactly("# Restart", "## Overview", "## Prerequisites", "## Background",
        "## Steps", "## Validation", "## Rollback", "## References");
    assertThat(after).endsWith("1. Go.\n\n## Validation\n\nSay how to confirm the procedure worked: the checks "
        + "to run and the results that mean success.\n\n## Rollback\n\n1. Write how to undo each step, starting "
        + "with the last one completed.\n\n## References\n\n- Link the related runbooks, dashboards and "
        + "documentation here.\n");
  }

  @Test
  void aRunbookWithoutSectionsGetsAllAtTheEndKeepingNoFinalNewline() {
    String after = FixTexts.apply(fix, "# Restart\n\nText.");
    assertThat(headings(after)).containsExactly("# Restart", "## Overview", "## Prerequisites", "## Steps",
        "## Validation", "## Rollback", "## References");
    assertThat(after).endsWith("documentation here.");
  }

  @Test
  void numberedAndEmojiHeadingsCountAsPresent() {
    String before = "# R\n\n## 1. 📋 Overview\n\nx\n\n## 2. Prerequisites\n\nx\n\n## 3. Steps\n\n1. x\n\n"
        + "## 4. Validation\n\nx\n\n## 5. Rollback\n\n- x\n\n## 6. References\n\n- x\n";
    assertThat(FixTexts.step(fix, before).changed()).isFalse();
  }

  @Test
  void followsTheConfiguredSectionsAndAliases() throws ConfigException {
    Config openshift = new ConfigLoader(Set.of()).parse(Path.of("runbook.yml"),
        "sections: [Meaning, Impact, Diagnosis, Mitigation]\nsection_aliases: {Mitigation: [Fix]}\n");
    String before = "# Alert\n\n## Meaning\n\nx\n\n## Fix\n\n1. y\n";
    String after = FixTexts.step(fix, before, openshift).lines().text();
    assertThat(headings(after)).containsExactly("# Alert", "## Meaning", "## Impact", "## Diagnosis", "## Fix");
  }

  @Test
  void neverAddsHeadingsInsideAnUnclosedCodeBlock() {
    String before = "# R\n\n## Overview\n\nx\n\n```shell\nrm -rf /tmp/x\n\n## Steps\n\n1. y\n";
    FixStep step = FixTexts.step(fix, before);
    assertThat(step.changed()).isFalse();
    assertThat(step.notes()).singleElement().asString().contains("fence left open");
  }

  @Test
  void indexPagesAndMovedStubsAreLeftAlone() {
    String stub = "---\nmoved_to: new.md\n---\n# Old\n\nSee new.md.\n";
    assertThat(FixTexts.step(fix, stub).changed()).isFalse();
  }

  private static List<String> headings(String text) {
    return text.lines().filter(l -> l.startsWith("#")).toList();
  }
}
