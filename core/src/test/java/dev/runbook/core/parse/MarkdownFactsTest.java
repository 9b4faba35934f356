package dev.runbook.core.parse;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The linter reads Markdown with inline parsing skipped where it cannot matter ({@link
 * FactsInlineParser}) and streams lines into CommonMark ({@link LinesReader}). Both must give
 * exactly the facts a full parse of the body text gives, on every Markdown file the project has.
 */
class MarkdownFactsTest {
  private final MarkdownParser markdown = new MarkdownParser();
  private final FrontMatterParser frontMatter = new FrontMatterParser(new SafeYaml());

  static Stream<Path> markdownFiles() throws IOException {
    List<Path> roots = List.of(Path.of("src/test/resources"), Path.of("../runbooks"), Path.of("../../shared/corpora"));
    Stream<Path> all = Stream.empty();
    for (Path root : roots) {
      if (Files.isDirectory(root)) {
        try (Stream<Path> files = Files.walk(root)) {
          all = Stream.concat(all, files.filter(f -> f.toString().endsWith(".md") && Files.isRegularFile(f)).toList().stream());
        }
      }
    }
    return all;
  }

  @ParameterizedTest
  @MethodSource("markdownFiles")
  void factsEqualAFullParseOfTheText(Path file) throws IOException {
    assertSameFacts(new SourceDecoder().decodeLines(Files.readAllBytes(file)).lines());
  }

  @ParameterizedTest
  @ValueSource(strings = {
      "## Rollback\n\n- N/A\n",
      "## Rollback\n\n- *N/A*\n",
      "## Rollback\n\n- **Not applicable.**\n",
      "## Rollback\n\n- `none`\n",
      "## Rollback\n\n- &#78;/A\n",
      "## Rollback\n\n- > N/A\n",
      "## Rollback\n\n1. Nothing to roll back\n   _really_\n",
      "## Steps\n\n1. a long step with `code`, **bold** and _emphasis_ that goes on well past sixty characters\n",
      "## Steps\n\n1. see [the guide](guide.md#run) and ![img](a.png)\n2. <span id=\"x\">x</span>\n",
      "A paragraph with <!-- runbook-disable-next-line RB502 --> inline comment\nTODO here\n",
      "| a | b |\n|---|---|\n| [x](y.md) | plain `code` |\n| <b id=\"c\">c</b> | *e* |\n",
      "# `kubectl` and *emphasis* [link](z.md)\n\n## Steps &amp; more\n",
      "Text with [ref] link\n\n[ref]: target.md\n",
      "Hard  \nbreak\\\nand\ttabs \n"})
  void factsEqualAFullParseOnEdgeCases(String text) {
    assertSameFacts(new SourceDecoder().decodeLines(text.getBytes(StandardCharsets.UTF_8)).lines());
  }

  @Test
  void frontMatterLinesAreReadAsBlank() {
    List<String> lines = List.of("---", "title: \"[not a link](x.md)\"", "---", "# T", "[a](b.md)");
    MarkdownParser.Result r = markdown.parse(lines, 3);
    assertThat(r.links()).singleElement().satisfies(l -> assertThat(l.position().line()).isEqualTo(5));
  }

  private void assertSameFacts(List<String> lines) {
    int skip = frontMatter.parse(lines).endLine();
    MarkdownParser.Result fromText = markdown.resultOf(
        markdown.commonmark().parse(LinesReaderTest.bodyText(lines, skip)), lines);
    assertThat(markdown.parseFully(lines, skip)).isEqualTo(fromText);
    assertThat(markdown.parse(lines, skip)).isEqualTo(fromText);
  }
}
