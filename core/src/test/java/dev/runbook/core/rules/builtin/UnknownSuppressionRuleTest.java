package dev.runbook.core.rules.builtin;

import static org.assertj.core.api.Assertions.assertThat;

import dev.runbook.core.config.Config;
import java.util.Map;
import org.junit.jupiter.api.Test;

class UnknownSuppressionRuleTest {
  @Test
  void namesTheClosestRealRuleAtTheWord() {
    assertThat(RuleRun.findings(new UnknownSuppressionRule(),
        "# A\n\n<!-- runbook-disable-next-line broken-links RB3O2 -->\ntext\n")).containsExactly(
        "3:32 unknown rule 'broken-links' in a suppression comment suppresses nothing: did you mean RB301 "
            + "(broken-link)? 'runbook rules' lists them all | <!-- runbook-disable-next-line broken-links RB3O2 -->",
        "3:45 unknown rule 'RB3O2' in a suppression comment suppresses nothing: did you mean RB302 "
            + "(broken-anchor)? 'runbook rules' lists them all | <!-- runbook-disable-next-line broken-links RB3O2 -->");
  }

  @Test
  void knownIdsAndNamesInAnyCaseAndCommentsInCodeAreFine() {
    assertThat(RuleRun.findings(new UnknownSuppressionRule(), "# A\n\n<!-- runbook-disable RB301, Broken-Anchor -->\n"
        + "<!-- runbook-enable -->\n<!-- runbook-disable-file unclosed-fence unknown-suppression -->\n"
        + "```\n<!-- runbook-disable nope -->\n```\n")).isEmpty();
  }

  @Test
  void aSuppressionByNameSilencesTheRuleLikeItsId() {
    String text = "# A\n\n<!-- runbook-disable-next-line placeholder -->\nTBD\nTBD\n";
    assertThat(RuleRun.diagnostics(new PlaceholderRule(), Config.DEFAULT, Map.of("a.md", text)))
        .extracting(d -> d.line()).containsExactly(5);
  }
}
