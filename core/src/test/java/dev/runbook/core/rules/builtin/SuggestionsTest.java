package dev.runbook.core.rules.builtin;

import static org.assertj.core.api.Assertions.assertThat;

import dev.runbook.core.config.Config;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class SuggestionsTest {
  private static Optional<String> closest(String wrong, List<String> candidates) {
    Optional<String> found = Suggestions.closest(wrong, candidates);
    assertThat(found).as("the same as before the lower bounds")
        .isEqualTo(ReferenceSuggestions.closest(wrong, candidates));
    assertThat(new Suggestions.Index(candidates).closest(wrong)).as("the same from the index by length")
        .isEqualTo(found);
    return found;
  }

  @Test
  void oneCharacterOff() {
    List<String> folder = List.of("db/restore.md", "db/restarts.md", "db/reset.md", "db/rest.md");
    assertThat(closest("db/restart.md", folder)).contains("db/restarts.md");
    assertThat(closest("db/rest.md", folder)).contains("db/rest.md");
    assertThat(closest("emergency-shutdwon.md", List.of("emergency-startup.md", "emergency-shutdown.md")))
        .contains("emergency-shutdown.md");
    assertThat(closest("caf\u00e9.md", List.of("cafi.md", "cafe.md"))).as("é and i share a bucket")
        .contains("cafi.md");
    assertThat(closest("cafe.md", List.of("caf\u00e9.md"))).contains("caf\u00e9.md");
  }

  @Test
  void theFirstOfEquallyCloseCandidatesAndNothingTooFar() {
    assertThat(closest("ab.md", List.of("ac.md", "ad.md"))).contains("ac.md");
    assertThat(closest("abc", List.of("xyz", "abcdef", ""))).isEmpty();
    assertThat(closest("", List.of("abc", "ab", "a"))).contains("a");
    assertThat(closest("abcdef", List.of())).isEmpty();
    // A bag distance of 0 is not an edit distance of 0: anagrams still need the full computation.
    assertThat(closest("abcdef", List.of("fedcba", "badcfe", "abcdfe"))).contains("abcdfe");
  }

  @Test
  void brokenLinksAndAnchorsSuggestTheNearMiss() {
    var found = RuleRun.diagnostics(new BrokenLinkRule(), Config.DEFAULT, Map.of(
        "ops/a.md", "# A\n\nSee [shutdown](emergency-shutdwon.md) and [b](../b.md#roll-bak).\n",
        "ops/emergency-shutdown.md", "# S\n",
        "ops/emergency-startup.md", "# S\n",
        "b.md", "# B\n\n## Roll back\n"));
    assertThat(found).singleElement().satisfies(d -> assertThat(d.message())
        .isEqualTo("link target 'emergency-shutdwon.md' does not exist: did you mean 'emergency-shutdown.md'?"));
    var anchors = RuleRun.diagnostics(new BrokenAnchorRule(), Config.DEFAULT, Map.of(
        "ops/a.md", "# A\n\nSee [b](../b.md#roll-bak).\n",
        "b.md", "# B\n\n## Roll back\n"));
    assertThat(anchors).singleElement().satisfies(d -> assertThat(d.message())
        .isEqualTo("'#roll-bak' matches no heading in b.md: did you mean '#roll-back'?"));
  }

  @Test
  void choosesExactlyWhatItChoseBeforeItsLowerBounds() {
    Fuzz fuzz = new Fuzz(301);
    List<String> alphabet = List.of("a", "b", "c", "d", "e", "-", "/", ".md", "é", "i", "日", "🟢", "ab", "ba");
    for (int round = 0; round < 3000; round++) {
      String wrong = word(fuzz, alphabet, 1 + fuzz.nextInt(12));
      List<String> candidates = new ArrayList<>();
      int count = fuzz.nextInt(30);
      for (int k = 0; k < count; k++) {
        candidates.add(fuzz.nextInt(3) == 0 ? edit(fuzz, alphabet, wrong) : word(fuzz, alphabet, 1 + fuzz.nextInt(12)));
      }
      Optional<String> expected = ReferenceSuggestions.closest(wrong, candidates);
      assertThat(Suggestions.closest(wrong, candidates)).as("%s in %s", wrong, candidates).isEqualTo(expected);
      assertThat(new Suggestions.Index(candidates).closest(wrong)).as("by length: %s in %s", wrong, candidates)
          .isEqualTo(expected);
    }
  }

  private static String word(Fuzz fuzz, List<String> alphabet, int parts) {
    StringBuilder s = new StringBuilder();
    for (int i = 0; i < parts; i++) {
      s.append(fuzz.pick(alphabet));
    }
    return s.toString();
  }

  /** {@code s} with a few random edits. */
  private static String edit(Fuzz fuzz, List<String> alphabet, String s) {
    StringBuilder b = new StringBuilder(s);
    int edits = 1 + fuzz.nextInt(4);
    for (int e = 0; e < edits; e++) {
      int at = fuzz.nextInt(b.length() + 1);
      switch (fuzz.nextInt(3)) {
        case 0 -> b.insert(at, fuzz.pick(alphabet));
        case 1 -> {
          if (at < b.length()) {
            b.deleteCharAt(at);
          }
        }
        default -> {
          if (at < b.length()) {
            b.setCharAt(at, fuzz.pick(alphabet).charAt(0));
          }
        }
      }
    }
    return b.toString();
  }
}
