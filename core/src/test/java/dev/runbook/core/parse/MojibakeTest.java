package dev.runbook.core.parse;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class MojibakeTest {
  private static String damage(String s) {
    return new String(s.getBytes(StandardCharsets.UTF_8), Charset.forName("windows-1252"));
  }

  @Test
  void findsAndRepairsEmojiAccentsAndQuotes() {
    for (String good : new String[] {"🚀 Start", "🔴 Critical", "café", "it’s", "naïve — done", "🟡 High"}) {
      String bad = damage(good);
      assertThat(Mojibake.find(bad)).as(bad).isNotEmpty();
      assertThat(Mojibake.repairAll(bad)).isEqualTo(good);
    }
  }

  @Test
  void leavesCorrectTextAlone() {
    for (String good : new String[] {"café crème", "Größe", "naïve", "🚀 Start", "Ångström", "plain ascii", "© 2026 — ok"}) {
      assertThat(Mojibake.find(good)).as(good).isEmpty();
      assertThat(Mojibake.repairAll(good)).isEqualTo(good);
    }
  }

  @Test
  void seedHeadingIsFound() {
    var matches = Mojibake.find("### ðŸš€ **Startup Procedures**");
    assertThat(matches).singleElement().satisfies(m -> {
      assertThat(m.start()).isEqualTo(4);
      assertThat(m.repaired()).isEqualTo("🚀");
      assertThat(m.repairable()).isTrue();
    });
  }

  @Test
  void lossyEmojiIsReportedButNotRepairable() {
    // 0x81 is undefined in windows-1252, so a lossy round trip drops it: "ðŸ" stays.
    var matches = Mojibake.find("ðŸ? broken");
    assertThat(matches).singleElement().satisfies(m -> assertThat(m.repairable()).isFalse());
  }
}
