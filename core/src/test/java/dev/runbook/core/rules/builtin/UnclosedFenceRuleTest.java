package dev.runbook.core.rules.builtin;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class UnclosedFenceRuleTest {
  private static final String SWALLOWING = "# Fail over\n\n## Overview\n\nFails over.\n\n## Steps\n\n"
      + "```bash\nfailover --now\n\n## Mitigation\n\nWait.\n\n## Rollback\n\n### Step 1\n\n## References\n\n## Notes\n";

  @Test
  void saysAtTheOpeningLineWhichHeadingsTheFenceSwallows() {
    assertThat(RuleRun.findings(new UnclosedFenceRule(), SWALLOWING)).containsExactly(
        "9:1 code fence opened here is never closed; it swallows 5 headings after it (## Mitigation, ## Rollback, "
            + "### Step 1, …): add a closing ``` after the code's last line, before line 12 | ```bash");
  }

  @Test
  void oneHeadingOrNone() {
    assertThat(RuleRun.findings(new UnclosedFenceRule(), "# A\n\n  ~~~~\nx\n# B\n")).containsExactly(
        "3:3 code fence opened here is never closed; it swallows 1 heading after it (# B): add a closing ~~~~ "
            + "after the code's last line, before line 5 |   ~~~~");
    assertThat(RuleRun.findings(new UnclosedFenceRule(), "# A\n\n```\nx\n\n\n")).containsExactly(
        "3:1 code fence opened here is never closed; it runs to the end of the file: add a closing ``` "
            + "after the code's last line | ```");
  }

  @Test
  void closedFencesAndFencesEndedByTheirListItemAreFine() {
    assertThat(RuleRun.findings(new UnclosedFenceRule(), "# A\n\n```\n## x\n```\n\n## B\n")).isEmpty();
    assertThat(RuleRun.findings(new UnclosedFenceRule(), "# A\n\n1. Run:\n\n   ```\n   x\n\n## B\n")).isEmpty();
    assertThat(RuleRun.findings(new UnclosedFenceRule(), "# A\n\n> ```\n> x\n\nText after.\n")).isEmpty();
  }

  @Test
  void missingSectionSaysItsHeadingIsInsideTheFence() {
    List<String> found = RuleRun.findings(new MissingSectionRule(), SWALLOWING);
    assertThat(found).contains(
        "1:1 required section 'Rollback' is missing: '## Rollback' (line 16) is inside the unclosed code fence "
            + "at line 9: close the fence before it (RB107) | # Fail over",
        "1:1 required section 'References' is missing: '## References' (line 20) is inside the unclosed code fence "
            + "at line 9: close the fence before it (RB107) | # Fail over");
    assertThat(found).anyMatch(f -> f.startsWith("1:1 required section 'Validation' is missing: add '## Validation'"));
  }
}
