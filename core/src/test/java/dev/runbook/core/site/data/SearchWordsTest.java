package dev.runbook.core.site.data;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import java.util.Random;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;

class SearchWordsTest {
  private static final String[] STOP_WORDS = {"The", "AND", "to", "your", "its", "use", "into", "it", "them", "an"};

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
  void compactedWordsStayTheSameAndTakeMoreWords() {
    SearchWords w = new SearchWords();
    w.add("Run `pg_ctl promote` on the Standby, then the STANDBY is primary.");
    StringBuilder many = new StringBuilder();
    for (int i = 0; i < 700; i++) {
      many.append("word").append(i).append(' ');
    }
    w.add(many.toString());
    String[] before = sorted(w);
    w.compact();
    w.compact();
    assertThat(sorted(w)).containsExactly(before);
    w.add("The standby, then a Replica and word699 and word700");
    Set<String> expected = new TreeSet<>(Arrays.asList(before));
    expected.addAll(Set.of("replica", "word700"));
    assertThat(sorted(w)).containsExactlyElementsOf(expected);
    w.compact(); // the late words join the kept ones
    w.add("replica again, word0");
    expected.add("again");
    assertThat(sorted(w)).containsExactlyElementsOf(expected);
    SearchWords empty = new SearchWords();
    empty.compact();
    assertThat(empty.words()).isEmpty();
    empty.add("the one");
    assertThat(empty.words()).containsExactly("one");
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

  @Test
  void randomTextGivesTheWordsOfTheDefinition() {
    String alphabet = "abcXYZ09_ -.\n\téÉßΩωЖж😀\u00a0\u2014";
    Random random = new Random(7);
    for (int round = 0; round < 300; round++) {
      SearchWords w = new SearchWords();
      Set<String> expected = new TreeSet<>();
      for (int piece = random.nextInt(4); piece >= 0; piece--) {
        StringBuilder text = new StringBuilder();
        for (int i = random.nextInt(400); i > 0; i--) {
          text.append(random.nextInt(20) == 0 ? STOP_WORDS[random.nextInt(STOP_WORDS.length)] + " " : random.nextInt(50) == 0 ? "x".repeat(39 + random.nextInt(3))
              : String.valueOf(Character.toChars(alphabet.codePointAt(alphabet.offsetByCodePoints(0,
                  random.nextInt(alphabet.codePointCount(0, alphabet.length())))))));
        }
        w.add(text.toString());
        expected.addAll(definition(text.toString()));
      }
      assertThat(sorted(w)).containsExactlyElementsOf(expected);
    }
  }

  /** The words as the class comment defines them, written plainly. */
  private static Set<String> definition(String text) {
    Set<String> stop = Set.of(
        "the", "and", "to", "of", "in", "is", "for", "on", "with", "be", "it", "that", "this",
        "as", "or", "if", "are", "by", "an", "at", "from", "not", "can", "you", "your", "will",
        "was", "were", "has", "have", "into", "than", "then", "its", "but", "any", "all", "use");
    Set<String> out = new TreeSet<>();
    StringBuilder run = new StringBuilder();
    for (char c : (text + " ").toCharArray()) {
      if (Character.isLetterOrDigit(c) || c == '_') {
        run.append(Character.toLowerCase(c));
      } else {
        if (run.length() >= 2 && run.length() <= 40 && !stop.contains(run.toString())) {
          out.add(run.toString());
        }
        run.setLength(0);
      }
    }
    return out;
  }
}
