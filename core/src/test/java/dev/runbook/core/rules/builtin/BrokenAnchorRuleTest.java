package dev.runbook.core.rules.builtin;

import static org.assertj.core.api.Assertions.assertThat;

import dev.runbook.core.config.Config;
import dev.runbook.core.config.LinksConfig;
import dev.runbook.core.model.SlugDialect;
import dev.runbook.core.report.Diagnostic;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** RB302 in each slug dialect, explicit ids, and what the finding says. */
class BrokenAnchorRuleTest {
  private static final BrokenAnchorRule RULE = new BrokenAnchorRule();

  private static List<String> messages(SlugDialect slugs, String markdown) {
    Config config = Config.DEFAULT.withLinks(new LinksConfig(slugs));
    return RuleRun.diagnostics(RULE, config, Map.of("a.md", markdown)).stream()
        .map(d -> d.line() + " " + d.message()).toList();
  }

  @Test
  void aFragmentThatDiffersOnlyByCaseSaysAnchorsAreCaseSensitive() {
    assertThat(messages(SlugDialect.GITHUB, "# T\n\nSee [setup](#Setup).\n\n## Setup\n")).containsExactly(
        "3 '#Setup' matches no heading in this file: anchors are case-sensitive; did you mean '#setup'?");
  }

  @Test
  void otherwiseTheClosestAnchorIsSuggested() {
    assertThat(messages(SlugDialect.GITHUB, "# T\n\nSee [setup](#set-up).\n\n## Setup\n")).containsExactly(
        "3 '#set-up' matches no heading in this file: did you mean '#setup'?");
  }

  @Test
  void theSameHeadingsAnchorInEachDialect() {
    String doc = "# T\n\n## Café déjà vu\n\n## Rollback\n\n## Rollback\n\n[a](#%s)\n";
    Map<SlugDialect, List<String>> right = Map.of(
        SlugDialect.GITHUB, List.of("café-déjà-vu", "rollback-1"),
        SlugDialect.GITLAB, List.of("café-déjà-vu", "rollback-1"),
        SlugDialect.MKDOCS, List.of("cafe-deja-vu", "rollback_1"),
        SlugDialect.HUGO, List.of("café-déjà-vu", "rollback-1"),
        SlugDialect.KRAMDOWN, List.of("caf-dj-vu", "rollback-1"));
    right.forEach((dialect, anchors) -> {
      for (String a : anchors) {
        assertThat(messages(dialect, doc.formatted(a))).as("%s #%s", dialect, a).isEmpty();
      }
    });
    assertThat(messages(SlugDialect.MKDOCS, doc.formatted("rollback-1")))
        .containsExactly("9 '#rollback-1' matches no heading in this file: did you mean '#rollback_1'?");
    assertThat(messages(SlugDialect.KRAMDOWN, doc.formatted("café-déjà-vu"))).hasSize(1);
  }

  @Test
  void explicitIdsAndHtmlIdsCountInEveryDialect() {
    String doc = "# T\n\n## Set up the replica {#replica}\n\n## Other {: #ial-id}\n\n"
        + "<a name=\"old-name\"></a>\n\n<div id=\"box\"></div>\n\n"
        + "[a](#replica) [b](#ial-id) [c](#old-name) [d](#box)\n";
    for (SlugDialect d : SlugDialect.values()) {
      assertThat(messages(d, doc)).as(d.configName()).isEmpty();
    }
  }

  @Test
  void anExplicitIdReplacesTheGeneratedOne() {
    List<Diagnostic> found = RuleRun.diagnostics(RULE, Config.DEFAULT,
        Map.of("a.md", "# T\n\n## Set up {#setup}\n\n[a](#set-up) [b](#setup) [c](#set-up-setup)\n"));
    assertThat(found).extracting(Diagnostic::message).containsExactly(
        "'#set-up' matches no heading in this file: did you mean '#setup'?",
        "'#set-up-setup' matches no heading in this file: link to an existing heading");
  }
}
