package dev.runbook.core.alerts;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Random;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * {@link AlertRulesReader} reads parser events; {@link NodeRulesReader} (the reader it replaced)
 * composes SnakeYAML Engine's node tree. Over the public kube-prometheus rules, every YAML and
 * JSON fixture, generated rules files, hand-written corner cases of YAML (anchors, aliases,
 * {@code !!merge}, tags, limits) and thousands of mutations of all of them, both give the same
 * file: the same alerts with the same lines, columns, labels and annotations, the same
 * suppressions, and the same problem where a file does not read.
 */
class EventReaderMatchesNodeReaderTest {
  private static final Path FILE = Path.of("rules.yaml");
  private final AlertRulesReader events = new AlertRulesReader();
  private final NodeRulesReader nodes = new NodeRulesReader();

  private void same(String text) {
    AlertRulesFile expected = nodes.parse(FILE, "rules.yaml", text);
    assertThat(events.parse(FILE, "rules.yaml", text)).as("%s", text.length() > 3000 ? text.substring(0, 3000) : text)
        .isEqualTo(expected);
  }

  @Test
  void thePublicKubePrometheusRulesAndEveryFixtureReadTheSame() {
    List<String> texts = seeds();
    assertThat(texts).hasSizeGreaterThan(40);
    int alerts = 0;
    for (String t : texts) {
      same(t);
      alerts += nodes.parse(FILE, "rules.yaml", t).alerts().size();
    }
    assertThat(alerts).as("alerts read in all").isGreaterThan(20);
  }

  @Test
  void kubePrometheusRulesReadTheSameWhereTheyAre() {
    Optional<Path> rules = corpora().map(c -> c.resolve("kube-prometheus__rules")).filter(Files::isDirectory);
    org.junit.jupiter.api.Assumptions.assumeTrue(rules.isPresent(), "shared/corpora not found");
    int alerts = 0;
    for (String t : filesUnder(rules.get())) {
      same(t);
      alerts += events.parse(FILE, "rules.yaml", t).alerts().size();
    }
    assertThat(alerts).isEqualTo(139);
  }

  @Test
  void generatedRulesFilesReadTheSame() {
    Random random = new Random(13);
    for (int f = 0; f < 5; f++) {
      same(generated(random, 400));
    }
  }

  @Test
  void cornerCasesOfYamlReadTheSame() {
    for (String t : corners()) {
      same(t);
    }
  }

  @Test
  void aMappingMergedFromInsideItselfIsAProblemWhereTheComposerWouldLoopForever() {
    // Not compared: SnakeYAML Engine 2.10 never finishes composing the first.
    for (String text : List.of("m: &m {a: 1, !!merge <<: *m}\n", "m: &m {x: {!!merge <<: [*m]}}\n")) {
      assertThat(events.parse(FILE, "rules.yaml", text).problem()).hasValueSatisfying(p -> {
        assertThat(p.message()).contains("'!!merge' of a mapping from inside itself");
        assertThat(p.at().line()).isEqualTo(1);
      });
    }
  }

  @Test
  void theLimitsAreTheSameToTheNode() {
    same(deep(64));
    same(deep(65));
    same(aliases(50));
    same(aliases(51));
    same(nodes(99_998));
    same(nodes(99_999));
    same(nodes(100_000));
    same("groups:\n- name: g\n  rules:\n  - alert: A\n    expr: x\n    expr: y\n");
    same("a: &a {k: 1, k: 2}\nb: *a\n");
  }

  @Test
  void mutationsOfEveryFileReadTheSame() {
    List<String> seeds = new ArrayList<>(seeds());
    seeds.addAll(corners());
    seeds.add(generated(new Random(7), 30));
    Random random = new Random(2026);
    int unreadable = 0;
    int read = 0;
    for (int i = 0; i < 6000; i++) {
      String text = mutate(seeds.get(random.nextInt(seeds.size())), random);
      if (text.contains("!!merge") || text.contains(":merge")) {
        continue; // a merge of a mapping into itself never ends in SnakeYAML Engine: merges have their own cases
      }
      same(text);
      if (events.parse(FILE, "rules.yaml", text).problem().isPresent()) {
        unreadable++;
      } else {
        read++;
      }
    }
    assertThat(unreadable).as("mutations that do not read").isGreaterThan(500);
    assertThat(read).as("mutations that read").isGreaterThan(500);
  }

  static String mutate(String seed, Random random) {
    String[] tokens = {"&a ", "*a", "&b ", "*b", "*c", "&c ", "!!str ", "!x ", "! ", "? ", "- ", ": ", "{", "}", "[",
        "]", ",", "\n---\n", "\n...\n", " #", "'", "\"", "|\n", ">-\n", "~", "null", "\t", "\\x", "%YAML 1.2\n",
        "!t%3 ", "\n", "  ", "alert: X", "runbook_url: u", "\u00e9", "\uD83D\uDD34", "!!map ", "!!seq ", "&a [*a]",
        "*a\n", "- alert: Y\n  labels: *a\n"};
    StringBuilder s = new StringBuilder(seed);
    int edits = 1 + random.nextInt(3);
    for (int e = 0; e < edits && s.length() > 0; e++) {
      int at = random.nextInt(s.length());
      switch (random.nextInt(6)) {
        case 0 -> s.insert(at, tokens[random.nextInt(tokens.length)]);
        case 1 -> s.delete(at, Math.min(s.length(), at + 1 + random.nextInt(8)));
        case 2 -> {
          int start = s.lastIndexOf("\n", at) + 1;
          int end = s.indexOf("\n", at);
          end = end < 0 ? s.length() : end + 1;
          s.insert(start, s.substring(start, end));
        }
        case 3 -> {
          int start = s.lastIndexOf("\n", at) + 1;
          s.insert(start, random.nextBoolean() ? " " : "  ");
        }
        case 4 -> {
          int start = s.lastIndexOf("\n", at) + 1;
          if (start < s.length() && s.charAt(start) == ' ') {
            s.deleteCharAt(start);
          }
        }
        default -> {
          // an anchor on a value and an alias to it further on
          int colon = s.indexOf(": ", at);
          if (colon > 0) {
            s.insert(colon + 2, "&a ");
            int later = s.indexOf(": ", colon + 10);
            if (later > 0) {
              int end = s.indexOf("\n", later);
              s.replace(later + 2, end < 0 ? s.length() : end, "*a");
            }
          }
        }
      }
    }
    return s.toString();
  }

  static List<String> corners() {
    List<String> out = new ArrayList<>();
    String rule = """
        groups:
        - name: g
          rules:
        """;
    out.add("");
    out.add("# only a comment\n");
    out.add("---\n---\n...\n");
    out.add("~\n");
    out.add("[]\n");
    out.add("groups: ~\n");
    out.add("groups: []\n");
    out.add("groups: [~, 1, [], {}]\n");
    out.add("groups:\n- name: g\n  rules: ~\n- name: [x]\n  rules:\n  - alert: A\n");
    out.add(rule + "  - alert: ~\n  - alert: ''\n  - alert: '  '\n  - alert: [A]\n  - alert: \" Padded \"\n  - alert: null\n"
        + "  - alert: Null\n  - alert: 'null'\n");
    out.add(rule + "  - alert: A\n    expr: |\n      sum(x)\n        > 1\n\n\n    for: 5m\n  - alert: B\n    expr: >-\n      a\n"
        + "      b\n\n\n");
    out.add(rule + "  - alert: A\n    labels: {severity: critical, team: ~, n: 1, s: !!str 2}\n"
        + "    annotations: {runbook_url: \"https://x/a\", summary: 'It''s'}\n");
    out.add(rule + "  - {alert: A, expr: up == 0, labels: {severity: page}}\n  - alert: B\n");
    out.add("""
        common: &common {team: db, severity: warning}
        ann: &ann
          runbook_url: https://runbooks.example.org/a
          summary: s
        groups:
        - name: &gname g
          rules:
          - &rule
            alert: A
            labels:
              !!merge <<: *common
              severity: critical
            annotations: *ann
          - *rule
          - alert: *gname
            labels:
              !!merge <<: [*common, {extra: x, team: other}]
          - alert: C
            annotations:
              ? runbook_url
              : https://runbooks.example.org/c
              ? [complex]
              : key
        """);
    out.add("a: &a x\nb: {!!merge <<: *a}\n");
    out.add("a: &a [x]\nb: {!!merge <<: *a}\n");
    out.add("a: &a {k: v}\nb: {!!merge <<: [*a, *a], k: w}\nc: {!!merge <<: {k: 1, k: 2}}\n");
    out.add("a: &s x\nm: {!!merge <<: *s, k: &s {z: 1}}\n");
    out.add("groups: &g\n- name: g\n  rules:\n  - alert: A\n---\ngroups: *g\n");
    out.add("a: *undefined\n");
    out.add("a: &a [*a]\n");
    out.add("a: &a {k: *a}\n");
    out.add("a: &a x\nb: &a [y]\nc: *a\nd: [*a, *a]\n");
    out.add("&k key: value\n*k : other\n");
    out.add("!!map {groups: !!seq [!!map {name: !!str g, rules: [{alert: !custom A}]}]}\n");
    out.add("!<tag:yaml.org,2002:str> x\n");
    out.add("a: !t%3 x\n");
    out.add("a: \"\\x");
    out.add("groups:\n- name: \uD83D\uDD34 g\n  rules:\n  - alert: \uD83D\uDD34A\n    annotations: {summary: \uD83D\uDD34}\n");
    out.add("""
        kind: List
        items:
        - kind: PrometheusRule
          spec:
            groups:
            - name: one
              rules:
              - alert: First
        - kind: List
          items:
          - spec: {groups: [{name: two, rules: [{alert: Second}]}]}
        - spec: ~
        - spec: [x]
        ---
        {"spec": {"groups": [{"name": "j", "rules": [{"alert": "Json", "annotations": {"runbook_url": "u"}}]}]}}
        """);
    out.add(rule + "  # runbook-disable-next-line RB602\n  - alert: A\n    annotations:\n      runbook_url: x\n"
        + "  # runbook-disable-file\n");
    out.add("groups:\n{{- range .Values.groups }}\n- name: x\n{{- end }}\n");
    out.add("groups:\n  - name: a\n   rules: x\n");
    return out;
  }

  static String deep(int depth) {
    return "[".repeat(depth) + "]".repeat(depth) + "\n";
  }

  static String aliases(int count) {
    StringBuilder s = new StringBuilder("a: &a [x]\nb:\n");
    for (int i = 0; i < count; i++) {
      s.append("- *a\n");
    }
    return s.toString();
  }

  /** A document of {@code count} nodes: a sequence of (count - 1) scalars. */
  static String nodes(int count) {
    StringBuilder s = new StringBuilder("[");
    for (int i = 1; i < count; i++) {
      s.append(i > 1 ? ",x" : "x");
    }
    return s.append("]\n").toString();
  }

  /** A rules file like bench/gen_corpus.py writes. */
  static String generated(Random random, int alerts) {
    StringBuilder s = new StringBuilder("# Alerting rules (generated)\ngroups:\n  - name: gen\n    rules:\n");
    for (int i = 0; i < alerts; i++) {
      String name = "Svc" + Integer.toString(random.nextInt(1 << 20), 36) + i;
      s.append("      - alert: ").append(name).append('\n')
          .append("        expr: up{job=\"j-").append(i).append("\"} == 0\n")
          .append("        for: ").append(1 + random.nextInt(30)).append("m\n")
          .append("        labels:\n          severity: ").append(random.nextBoolean() ? "critical" : "warning").append('\n')
          .append("        annotations:\n          summary: \"Thing ").append(i).append("\"\n")
          .append("          runbook_url: https://runbooks.example.org/gen/").append(name.toLowerCase()).append('\n');
      if (random.nextInt(20) == 0) {
        s.append("      - record: job:x:").append(i).append("\n        expr: sum(x)\n");
      }
    }
    return s.toString();
  }

  static List<String> seeds() {
    List<String> out = new ArrayList<>();
    for (String module : List.of("src/test/resources", "../cli/src/test/resources")) {
      Path p = Path.of(module);
      if (Files.isDirectory(p)) {
        out.addAll(filesUnder(p));
      }
    }
    corpora().map(c -> c.resolve("kube-prometheus__rules")).filter(Files::isDirectory)
        .ifPresent(d -> out.addAll(filesUnder(d)));
    return out;
  }

  static List<String> filesUnder(Path dir) {
    try (Stream<Path> files = Files.walk(dir)) {
      return files.filter(Files::isRegularFile)
          .filter(f -> f.toString().matches(".*\\.(ya?ml|json)$"))
          .sorted()
          .map(f -> {
            try {
              return new String(Files.readAllBytes(f), StandardCharsets.UTF_8);
            } catch (IOException e) {
              throw new UncheckedIOException(e);
            }
          })
          .toList();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  static Optional<Path> corpora() {
    for (Path p = Path.of("").toAbsolutePath(); p != null; p = p.getParent()) {
      Path c = p.resolve("shared/corpora");
      if (Files.isDirectory(c)) {
        return Optional.of(c);
      }
    }
    return Optional.empty();
  }
}
