package dev.runbook.core.fix;

import static org.assertj.core.api.Assertions.assertThat;

import dev.runbook.core.parse.MarkdownParser;
import org.junit.jupiter.api.Test;

class StepRenumberFixTest {
  private final StepRenumberFix fix = new StepRenumberFix(new MarkdownParser());

  private static String runbook(String steps) {
    return "# R\n\n## Overview\n\n1. not a step\n3. left alone\n\n## Steps\n\n" + steps + "\n## Validation\n\n5. x\n";
  }

  @Test
  void countsUpOneByOne() {
    String before = runbook("1. a\n2. b\n2. c\n5. d\n");
    String after = FixTexts.apply(fix, before);
    assertThat(after).isEqualTo(runbook("1. a\n2. b\n3. c\n4. d\n"));
    assertThat(FixTexts.step(fix, after).changed()).isFalse();
  }

  @Test
  void neverTouchesCodeBlocksOrNestedLists() {
    String before = runbook("""
        1. a
           ```bash
           1. echo one
           7. echo seven
           ```
           1. sub
           1. sub
        1. b
        """);
    assertThat(FixTexts.apply(fix, before)).isEqualTo(before.replace("1. b", "2. b"));
  }

  @Test
  void continuesAcrossCodeBlocksUnlessAListStartsAgainAtOne() {
    String before = runbook("1. a\n2. b\n\n```\nrun\n```\n\n2. c\n2. d\n\nThen, separately:\n\n1. x\n1. y\n");
    assertThat(FixTexts.apply(fix, before))
        .isEqualTo(runbook("1. a\n2. b\n\n```\nrun\n```\n\n3. c\n4. d\n\nThen, separately:\n\n1. x\n2. y\n"));
  }

  @Test
  void aHeadingStartsANewCount() {
    String before = runbook("### Step 1\n\n1. a\n1. b\n\n### Step 2\n\n1. c\n3. d\n");
    assertThat(FixTexts.apply(fix, before))
        .isEqualTo(runbook("### Step 1\n\n1. a\n2. b\n\n### Step 2\n\n1. c\n2. d\n"));
  }

  @Test
  void aWiderNumberMovesTheItemsContinuationLines() {
    StringBuilder steps = new StringBuilder();
    for (int i = 1; i <= 9; i++) {
      steps.append(i).append(". s").append(i).append('\n');
    }
    steps.append("9. ten\n   ```\n   code\n   ```\n");
    String after = FixTexts.apply(fix, runbook(steps.toString()));
    assertThat(after).contains("10. ten\n    ```\n    code\n    ```\n");
    assertThat(FixTexts.step(fix, after).changed()).isFalse();
  }

  @Test
  void keepsTheDelimiter() {
    assertThat(FixTexts.apply(fix, runbook("1) a\n1) b\n"))).isEqualTo(runbook("1) a\n2) b\n"));
  }
}
