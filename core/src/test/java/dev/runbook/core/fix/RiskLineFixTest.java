package dev.runbook.core.fix;

import static org.assertj.core.api.Assertions.assertThat;

import dev.runbook.core.model.RiskLevel;
import org.junit.jupiter.api.Test;

class RiskLineFixTest {
  private final RiskLineFix fix = new RiskLineFix();

  private static String runbook(String risk, String body) {
    return "---\nrisk: " + risk + "\n---\n\n# Restart\n" + body + "\n## Overview\n\nText.\n";
  }

  @Test
  void setsEmojiAndWordToTheFrontMatterLevel() {
    String before = runbook("high", "\n**Risk Level**: 🔴 Critical\n");
    String after = FixTexts.apply(fix, before);
    assertThat(after).isEqualTo(runbook("high", "\n**Risk Level**: 🟡 High\n"));
    assertThat(FixTexts.apply(fix, after)).isEqualTo(after);
  }

  @Test
  void keepsBoldMarkersAndTrailingWords() {
    assertThat(FixTexts.apply(fix, runbook("low", "\n**Risk Level:** 🔴 **critical** — downtime possible\n")))
        .isEqualTo(runbook("low", "\n**Risk Level:** 🔵 **Low** — downtime possible\n"));
    assertThat(RiskLineFix.canonicalValue("**🟠 Severe**", RiskLevel.MEDIUM)).isEqualTo("**🟢 Medium**");
    assertThat(RiskLineFix.canonicalValue("🔴", RiskLevel.CRITICAL)).isEqualTo("🔴 Critical");
  }

  @Test
  void addsTheMissingEmojiOrWordWithoutFrontMatter() {
    String before = "# Restart\n\n**Risk Level**: High\n\n## Overview\n\nText.\n";
    assertThat(FixTexts.apply(fix, before)).isEqualTo(before.replace("High", "🟡 High"));
    String emojiOnly = "# Restart\n\n**Risk Level**: 🔵\n\n## Overview\n\nText.\n";
    assertThat(FixTexts.apply(fix, emojiOnly)).isEqualTo(emojiOnly.replace("🔵", "🔵 Low"));
  }

  @Test
  void leavesAContradictionWithoutFrontMatterToAPerson() {
    String before = "# Restart\n\n**Risk Level**: 🔴 Low\n\n## Overview\n\nText.\n";
    FixStep step = FixTexts.step(fix, before);
    assertThat(step.changed()).isFalse();
    assertThat(step.notes()).singleElement().asString().contains("one clear level");
  }

  @Test
  void leavesAnInvalidFrontMatterLevelToAPerson() {
    FixStep step = FixTexts.step(fix, runbook("severe", "\n**Risk Level**: 🔴 Critical\n"));
    assertThat(step.changed()).isFalse();
    assertThat(step.notes()).singleElement().asString().contains("'severe' is not a level");
  }

  @Test
  void addsARiskLineUnderTheTitle() {
    String before = "---\nrisk: critical\n---\n# Restart\nWhy this exists.\n\n## Overview\n\nText.\n";
    String after = FixTexts.apply(fix, before);
    assertThat(after).isEqualTo(
        "---\nrisk: critical\n---\n# Restart\n\n**Risk Level**: 🔴 Critical\n\nWhy this exists.\n\n## Overview\n\nText.\n");
    assertThat(FixTexts.apply(fix, after)).isEqualTo(after);
  }

  @Test
  void addsARiskLineUnderASetextTitle() {
    String before = "---\nrisk: low\n---\nRestart\n=======\n\n## Overview\n\nText.\n";
    assertThat(FixTexts.apply(fix, before))
        .isEqualTo("---\nrisk: low\n---\nRestart\n=======\n\n**Risk Level**: 🔵 Low\n\n## Overview\n\nText.\n");
  }

  @Test
  void canonicalLineIsLeftAlone() {
    String before = runbook("medium", "\n**Risk Level**: 🟢 Medium\n");
    assertThat(FixTexts.step(fix, before).changed()).isFalse();
  }
}
