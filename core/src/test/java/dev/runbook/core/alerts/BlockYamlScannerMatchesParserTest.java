package dev.runbook.core.alerts;

import static org.assertj.core.api.Assertions.assertThat;

import dev.runbook.core.parse.YamlProblem;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Random;
import org.junit.jupiter.api.Test;

/**
 * {@link BlockYamlScanner} reads what it takes exactly as SnakeYAML Engine's parser does
 * ({@link YamlEvents#parsed}): over everything {@link EventReaderMatchesNodeReaderTest} reads
 * (kube-prometheus's rules, every fixture, the corner cases, the limits and thousands of
 * mutations), corner cases of its own subset and mutations of those, every text it does not give
 * up on gives the same documents, nodes, values, nulls, lines, columns and last lines. And it
 * takes the rules files bench/gen_corpus.py writes and kube-prometheus's, so they read fast.
 */
class BlockYamlScannerMatchesParserTest {

  /** Whether the scanner took the text; when it did, that it read it as the parser does. */
  private static boolean same(String text) {
    YamlEvents scanned = BlockYamlScanner.scan(text);
    if (scanned == null) {
      return false;
    }
    Optional<YamlEvents> parsed;
    try {
      parsed = YamlEvents.parsed(text);
    } catch (YamlProblem e) {
      throw new AssertionError("the parser refuses what the scanner took: " + e.getMessage() + "\n" + text, e);
    }
    assertThat(parsed).as("the parser reads what the scanner took:\n%s", text).isPresent();
    assertThat(dump(scanned)).as("%s", text.length() > 3000 ? text.substring(0, 3000) : text)
        .isEqualTo(dump(parsed.get()));
    return true;
  }

  /** Everything {@link AlertRulesReader} can ask of the events, written out. */
  private static String dump(YamlEvents events) {
    StringBuilder out = new StringBuilder();
    for (int doc : events.documents()) {
      out.append("--- document\n");
      dump(events, doc, "", out);
    }
    return out.toString();
  }

  private static void dump(YamlEvents e, int node, String indent, StringBuilder out) {
    out.append(indent).append(e.line(node)).append(':').append(e.column(node)).append('-').append(e.lastLine(node))
        .append(' ');
    if (e.isMapping(node)) {
      out.append("map\n");
      int[] entries = e.entries(node);
      for (int i = 0; i < entries.length; i += 2) {
        dump(e, entries[i], indent + "  ? ", out);
        dump(e, entries[i + 1], indent + "  : ", out);
      }
    } else if (e.isSequence(node)) {
      out.append("seq\n");
      for (int item : e.items(node)) {
        dump(e, item, indent + "  - ", out);
      }
    } else {
      out.append(e.scalar(node) == null ? "null " : "").append('[').append(e.text(node)).append("]\n");
    }
  }

  @Test
  void theGeneratedRulesFilesAreTakenAndReadTheSame() {
    Random random = new Random(11);
    for (int f = 0; f < 8; f++) {
      String text = generatedLikeGenCorpus(random, 300, "category-" + f);
      assertThat(same(text)).as("taken:\n%s", text.substring(0, 400)).isTrue();
    }
    for (int f = 0; f < 3; f++) {
      assertThat(same(EventReaderMatchesNodeReaderTest.generated(random, 200))).isTrue();
    }
  }

  @Test
  void kubePrometheusRulesAreTakenAndReadTheSame() {
    Optional<Path> rules = EventReaderMatchesNodeReaderTest.corpora().map(c -> c.resolve("kube-prometheus__rules"))
        .filter(Files::isDirectory);
    org.junit.jupiter.api.Assumptions.assumeTrue(rules.isPresent(), "shared/corpora not found");
    List<String> files = EventReaderMatchesNodeReaderTest.filesUnder(rules.get());
    assertThat(files).hasSize(8);
    for (String t : files) {
      assertThat(same(t)).isTrue();
    }
  }

  @Test
  void everyFixtureAndCornerCaseReadsTheSameWhereTaken() {
    List<String> texts = new ArrayList<>(EventReaderMatchesNodeReaderTest.seeds());
    texts.addAll(EventReaderMatchesNodeReaderTest.corners());
    texts.addAll(corners());
    texts.addAll(outside());
    int taken = 0;
    for (String t : texts) {
      taken += same(t) ? 1 : 0;
    }
    assertThat(taken).as("texts taken of %s", texts.size()).isGreaterThan(60);
  }

  @Test
  void theSubsetsCornerCasesAreTakenAndWhatIsJustOutsideIsNot() {
    for (String t : corners()) {
      assertThat(same(t)).as("taken:\n%s", t).isTrue();
    }
    for (String t : outside()) {
      assertThat(same(t)).as("given up:\n%s", t).isFalse();
    }
  }

  @Test
  void theLimitsAreLeftToTheParser() {
    assertThat(same(EventReaderMatchesNodeReaderTest.deep(64))).isFalse();
    assertThat(same(EventReaderMatchesNodeReaderTest.aliases(51))).isFalse();
    assertThat(same(EventReaderMatchesNodeReaderTest.nodes(100_000))).isFalse();
    assertThat(same(blockNodes(99_999))).isFalse();
    assertThat(same(blockNodes(1_000))).isTrue();
    assertThat(same(deepBlock(30))).isTrue();
    assertThat(same(deepBlock(64))).isFalse();
    assertThat(same(deepBlock(65))).isFalse();
    assertThat(same("groups:\n- name: g\n  rules:\n  - alert: A\n    expr: x\n    expr: y\n")).isFalse();
    assertThat(same("a: 1\n'a': 2\n")).isFalse();
    assertThat(same("k: " + "x".repeat(1_000_001) + "\n")).isFalse();
    assertThat(same("x".repeat(1001) + ": 1\n")).isFalse();
    assertThat(same("x".repeat(999) + ": 1\n")).isTrue();
  }

  @Test
  void mutationsReadTheSameWhereTaken() {
    List<String> seeds = new ArrayList<>(EventReaderMatchesNodeReaderTest.seeds());
    seeds.addAll(EventReaderMatchesNodeReaderTest.corners());
    seeds.addAll(corners());
    seeds.addAll(outside());
    seeds.add(EventReaderMatchesNodeReaderTest.generated(new Random(7), 30));
    seeds.add(generatedLikeGenCorpus(new Random(8), 20, "c"));
    Random random = new Random(2027);
    int taken = 0;
    for (int i = 0; i < 12_000; i++) {
      String text = EventReaderMatchesNodeReaderTest.mutate(seeds.get(random.nextInt(seeds.size())), random);
      if (text.contains("!!merge") || text.contains(":merge")) {
        continue; // never taken (a tag), and the parser may never end
      }
      taken += same(text) ? 1 : 0;
    }
    assertThat(taken).as("mutations taken").isGreaterThan(1500);
  }

  @Test
  void smallMutationsOfTheSubsetReadTheSameWhereTaken() {
    // Edits that mostly stay in the subset: spaces, colons, dashes, quotes, markers, line breaks.
    String[] tokens = {" ", "  ", "\n", "\n\n", ":", ": ", "- ", "-", "#", " #", "'", "''", "\"", "\\", "\\n", "\\u00e9",
        "|", "|-", "|+", ">", ">-", ">+", "---\n", "...\n", "~", "null", "x", "a: b\n", "- c\n", "\u00e9", "?", "%"};
    List<String> seeds = new ArrayList<>(corners());
    seeds.add(generatedLikeGenCorpus(new Random(3), 6, "c"));
    Random random = new Random(99);
    int taken = 0;
    for (int i = 0; i < 20_000; i++) {
      StringBuilder s = new StringBuilder(seeds.get(random.nextInt(seeds.size())));
      int edits = 1 + random.nextInt(3);
      for (int e = 0; e < edits && s.length() > 0; e++) {
        int at = random.nextInt(s.length() + 1);
        switch (random.nextInt(3)) {
          case 0 -> s.insert(at, tokens[random.nextInt(tokens.length)]);
          case 1 -> s.delete(Math.min(at, s.length() - 1), Math.min(s.length(), at + 1 + random.nextInt(3)));
          default -> {
            int lineStart = s.lastIndexOf("\n", Math.max(0, at - 1)) + 1;
            if (random.nextBoolean()) {
              s.insert(lineStart, ' ');
            } else if (lineStart < s.length() && s.charAt(lineStart) == ' ') {
              s.deleteCharAt(lineStart);
            }
          }
        }
      }
      taken += same(s.toString()) ? 1 : 0;
    }
    assertThat(taken).as("mutations taken").isGreaterThan(5000);
  }

  /** Texts in (and at the edges of) the subset. */
  static List<String> corners() {
    List<String> out = new ArrayList<>();
    out.add("a: 1\n");
    out.add("a: 1");
    out.add("a:\n");
    out.add("a:");
    out.add("a:   \nb: ~\nc: null\nd: Null\ne: NULL\nf: ''\ng: \"\"\nh: 'null'\ni: nulls\n");
    out.add("a:\n  b:\n    c: d\n  e: f\ng: h\n");
    out.add("  a: 1\n  b: 2\n");
    out.add("a :  1  # c\nb    : 2\n'c' : 3\n\"d\": 4\n");
    out.add("a: b c  d   # comment\n# whole line\n   # indented comment\nb: x#y\nc: x #y\n");
    out.add("url: https://x.example/a?b=c#d\nexpr: up{job=\"j\"} == 0 and on(x) y[5m] > 1\nk: a:b\n");
    out.add("a: -1\nb: ?x\nc: :x\nd: -x-\ne: ...x\nf: --x\n");
    out.add("- a\n- b\n-\n- c\n");
    out.add("- a\n-   b\n- # c\n  d\n");
    out.add("-\n  a: 1\n- - x\n  - y\n- k: v\n  l: w\n");
    out.add("k:\n- a\n- b\nl:\n  - c\nm: x\n");
    out.add("k:\n- a: 1\n  b: 2\n- c: 3\nl: x\n");
    out.add("k:\n-\n- \nl: x\n");
    out.add("groups:\n  - name: g\n    rules:\n      - alert: A\n        expr: x\n      - record: r\n        expr: y\n");
    out.add("a: 'it''s'\nb: '  padded  '\nc: 'say \"hi\"' # c\nd: 'back\\slash'\n");
    out.add("a: \"x\\\\y\\\"z\\n\\t\\u00e9\\u0041\"\nb: \"'\"\n");
    out.add("a: \u00e9t\u00e9 \u00ff\nb: \u4e2d\u6587\n");
    out.add("a: |\n  one\n  two\nb: x\n");
    out.add("a: |\n  one\n\n  two\n\n\nb: x\n");
    out.add("a: |-\n  one\n  two\n\n\nb: x\n");
    out.add("a: |+\n  one\n  two\n\n\nb: x\n");
    out.add("a: |+\n  one\n   \n    \n  two\n  \nb: x\n");
    out.add("a: >\n  one\n  two\n\n  three\n    more\n  four\nb: x\n");
    out.add("a: >-\n  one\n  two\n\n\n  three\nb: x\n");
    out.add("a: >+\n  one\n\n");
    out.add("a: |\n  one\n  two");
    out.add("a: |\n  one\n  two\n");
    out.add("a: |  # c\n  one\n# comment\nb: x\n");
    out.add("a: |\n  # not a comment\n  x\n");
    out.add("a:\n  b: |\n    x\n  c: >\n    y\n    z\nd: e\n");
    out.add("- a: |\n    x\n  b: y\n- c\n");
    out.add("k:\n- a: |\n    x\n  b: y\n");
    out.add("a: 1\n---\nb: 2\n...\n---\nc: 3\n...\n");
    out.add("---\na: 1\n");
    out.add("--- # c\na: 1\n... # c\n");
    out.add("scalar\n");
    out.add("'quoted'\n");
    out.add("a: ---\nb: ...\n");
    out.add("---x: 1\n");
    out.add("# only\n---\na: 1\n");
    out.add("\n\n  \na: 1\n\n   \n");
    return out;
  }

  /** Texts just outside the subset (or not YAML), which the scanner gives up to the parser. */
  static List<String> outside() {
    List<String> out = new ArrayList<>();
    out.add("a: \"x\\u00\"\n");
    out.add("a: \"\\/\"\n");
    out.add("a: \"\\x41\"\n");
    out.add("a: 'a\n  b'\n");
    out.add("a: \u00ff\uD83D\uDD34\n");
    out.add("a: |\n    deep\n  less\nb: x\n");
    out.add("a: |2\n   x\n");
    out.add("a: |\n\n  x\n");
    out.add("a: |\nb: x\n");
    out.add("a: |\n");
    out.add("- |\n  x\n");
    out.add("a: |x\n  y\n");
    out.add("---\n---\na: 1\n");
    out.add("a: 1\n...\nx\n");
    out.add("--- a: 1\n");
    out.add("a: 1\n  b: 2\n");
    out.add("a: b\n  c\n");
    out.add("- a\n  b\n");
    out.add("k:\n- a\n  b\n");
    out.add("a: 1\nb: 2: 3\n");
    out.add("a:\tb\n");
    out.add("a: b\r\nc: d\r\n");
    out.add("\uFEFFa: b\n");
    out.add("a: {b: c}\n");
    out.add("a: !!str b\n");
    out.add("a: &x b\nc: *x\n");
    out.add("key: - x\n");
    out.add("? a\n: b\n");
    out.add("%YAML 1.2\n---\na: b\n");
    out.add("a: 'x' y\n");
    out.add("a: \"x\"#y\n");
    out.add("- a\nb: c\n");
    out.add("a: 1\n- b\n");
    out.add("a:\n  - b\n c: d\n");
    out.add("- a:  1\n   b: 2\n");
    out.add("a: b\n---\n");
    return out;
  }

  /** A rules file as bench/gen_corpus.py writes one (json.dumps for the summary). */
  static String generatedLikeGenCorpus(Random random, int alerts, String category) {
    StringBuilder s = new StringBuilder("# Alerting rules for " + category + " (generated)\ngroups:\n  - name: "
        + category + "\n    rules:\n");
    String[] severities = {"critical", "warning", "warning", "info"};
    for (int i = 0; i < alerts; i++) {
      String slug = "fail-over-replica-" + Integer.toString(random.nextInt(1 << 20), 36) + "-" + i;
      s.append("      - alert: FailOverReplica").append(i).append('\n')
          .append("        expr: up{job=\"").append(slug).append("\"} == 0\n")
          .append("        for: 5m\n")
          .append("        labels:\n")
          .append("          severity: ").append(severities[random.nextInt(4)]).append('\n')
          .append("        annotations:\n")
          .append("          summary: \"Fail over replica (").append(random.nextBoolean() ? "auth" : "caf\\u00e9")
          .append(") \\\"").append(i).append("\\\"\"\n")
          .append("          runbook_url: https://runbooks.example.org/").append(category).append('/').append(slug)
          .append('\n');
    }
    return s.toString();
  }

  private static String blockNodes(int count) {
    StringBuilder s = new StringBuilder();
    for (int i = 1; i < count; i++) {
      s.append("- x\n");
    }
    return s.toString();
  }

  private static String deepBlock(int depth) {
    StringBuilder s = new StringBuilder();
    for (int i = 0; i < depth; i++) {
      s.append(" ".repeat(i)).append("k:\n");
    }
    return s.append(" ".repeat(depth)).append("v\n").toString();
  }
}
