package dev.runbook.core.site.data;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import org.junit.jupiter.api.Test;

class SearchWordsTest {
  private static String[] sorted(SearchWords w) {
    String[] out = w.words();
    Arrays.sort(out);
    return out;
  }

  @Test
  void lowerCaseDistinctWordsWithoutStopWords() {
    SearchWords w = new SearchWords();
    w.add("Run `pg_ctl promote` on the Standby, then the STANDBY is primary.");
    w.add("Café naïve 503 x");
    assertThat(sorted(w)).containsExactly("503", "café", "naïve", "pg_ctl", "primary", "promote", "run", "standby");
  }

  @Test
  void skipsTooLongRunsAndKeepsManyWords() {
    SearchWords w = new SearchWords();
    w.add("a".repeat(41) + " " + "b".repeat(40));
    StringBuilder many = new StringBuilder();
    for (int i = 0; i < 3000; i++) {
      many.append("word").append(i).append(' ');
    }
    w.add(many.toString());
    assertThat(w.words()).hasSize(3001).contains("b".repeat(40), "word0", "word2999").doesNotContain("a".repeat(41));
  }
}
