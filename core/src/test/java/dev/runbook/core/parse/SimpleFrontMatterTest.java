package dev.runbook.core.parse;

import static org.assertj.core.api.Assertions.assertThat;

import dev.runbook.core.model.FrontMatter;
import dev.runbook.core.model.FrontMatterValue;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;

/** Where {@link SimpleFrontMatter} answers, SafeYaml gives the same entries; where in doubt it declines. */
class SimpleFrontMatterTest {
  private final FrontMatterParser parser = new FrontMatterParser(new SafeYaml());

  static List<Path> markdownFiles() throws IOException {
    return MarkdownFactsTest.markdownFiles().toList();
  }

  @ParameterizedTest
  @MethodSource("markdownFiles")
  void answersAsTheYamlParserDoes(Path file) throws IOException {
    List<String> lines = new SourceDecoder().decodeLines(Files.readAllBytes(file)).lines();
    FrontMatter fm = parser.parse(lines);
    if (fm.endLine() > 1) {
      assertSame(lines.subList(1, fm.endLine() - 1));
    }
  }

  @ParameterizedTest
  @ValueSource(strings = {
      "title: Restart the API\nrisk: high\nowner: team-sre\nlast_reviewed: 2026-09-02\nreview_interval: 90d",
      "tags: [db, on call, fail-over, v1.2, a/b]\ntags2: []\nempty:\nnothing: ~\nnull_word: null",
      "title: \"Quoted: with colon\"\nother: 'single # not a comment'\nblank: \"\"",
      "title: Plain with [brackets] and {braces}, commas and C#\npath: /etc/app (prod)\nversion: .5",
      "title:   spaced value   \nunicode: café — ok",
      "title: first\n\nsecond: after a blank line",
      "automation: Partial",
      "NULL: upper\nNull: title\nnull: lower"})
  void simpleFrontMatterIsReadWithoutTheYamlParser(String yaml) {
    List<String> lines = Arrays.asList(yaml.split("\n", -1));
    assertThat(SimpleFrontMatter.read(lines)).isPresent();
    assertSame(lines);
  }

  @ParameterizedTest
  @ValueSource(strings = {
      "title: a\ntitle: b",
      "tags:\n  - a\n  - b",
      "owner:\n  team: sre",
      "title: a # comment",
      "title: \"escaped \\\" quote\"",
      "title: 'it''s'",
      "anchor: &a x\nalias: *a",
      "tagged: !!str 5",
      "text: |\n  block",
      "title: a: b",
      "title:value",
      "\"quoted key\": x",
      "title: x\n  continued",
      "tags: [a, [b]]",
      "tags: [a, ]",
      "tags: [~]",
      "emoji: \uD83D\uDD34 critical",
      "tab:\tvalue",
      "- a\n- b",
      "%YAML 1.2"})
  void anythingElseIsLeftToTheYamlParser(String yaml) {
    assertThat(SimpleFrontMatter.read(Arrays.asList(yaml.split("\n", -1)))).isEmpty();
  }

  @Test
  void theSampleRunbooksAllTakeTheSimplePath() throws IOException {
    Path root = Path.of("../runbooks");
    List<Path> files;
    try (var walk = Files.walk(root)) {
      files = walk.filter(f -> f.toString().endsWith(".md")).toList();
    }
    long simple = 0;
    long withFrontMatter = 0;
    for (Path f : files) {
      List<String> lines = new SourceDecoder().decodeLines(Files.readAllBytes(f)).lines();
      int end = parser.parse(lines).endLine();
      if (end > 1) {
        withFrontMatter++;
        simple += SimpleFrontMatter.read(lines.subList(1, end - 1)).isPresent() ? 1 : 0;
      }
    }
    assertThat(withFrontMatter).isGreaterThan(20);
    assertThat(simple).as("sample runbooks read without the YAML parser").isEqualTo(withFrontMatter);
  }

  private void assertSame(List<String> yaml) {
    assertSame(parser, yaml);
  }

  /** Where {@link SimpleFrontMatter} reads {@code yaml}, the YAML parser reads the same entries. */
  static void assertSame(FrontMatterParser parser, List<String> yaml) {
    Optional<Map<String, FrontMatterValue>> simple = SimpleFrontMatter.read(yaml);
    if (simple.isEmpty()) {
      return;
    }
    FrontMatter viaYaml = parser.readYaml(String.join("\n", yaml), yaml.size() + 2);
    assertThat(viaYaml.error()).isEmpty();
    assertThat(simple.get()).isEqualTo(viaYaml.values());
    assertThat(List.copyOf(simple.get().keySet())).isEqualTo(List.copyOf(viaYaml.values().keySet()));
  }
}
