package dev.runbook.core.parse;

import static org.assertj.core.api.Assertions.assertThat;

import com.code_intelligence.jazzer.junit.FuzzTest;
import dev.runbook.core.model.FrontMatter;
import dev.runbook.core.model.FrontMatterValue;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;

/**
 * Any text between {@code ---} fences is read or reported: a broken block is a {@link
 * FrontMatter.Problem} on a line inside the block (never an exception, never values beside it);
 * read values sit on lines inside the block; and where the quick reader answers, the YAML parser
 * gives the same entries. The input is the text between the fences, as a file holds it.
 * {@code bench/fuzz.sh front-matter 10m} fuzzes it.
 */
class FrontMatterFuzzTest {
  private static final byte[] FENCE = "---\n".getBytes(StandardCharsets.UTF_8);
  private static final byte[] BODY = "\n---\n# Title\n".getBytes(StandardCharsets.UTF_8);

  private final SourceDecoder decoder = new SourceDecoder();
  private final FrontMatterParser parser = new FrontMatterParser(new SafeYaml());

  @FuzzTest
  void parse(byte[] yaml) {
    ByteArrayOutputStream file = new ByteArrayOutputStream(yaml.length + 16);
    file.writeBytes(FENCE);
    file.writeBytes(yaml);
    file.writeBytes(BODY);
    DecodedLines decoded = decoder.decodeLines(file.toByteArray());
    if (decoded.binary()) {
      return;
    }
    List<String> lines = decoded.lines();
    FrontMatter fm = parser.parse(lines);

    assertThat(fm.present()).isTrue();
    assertThat(fm.endLine()).isBetween(2, lines.size());
    if (fm.error().isPresent()) {
      FrontMatter.Problem problem = fm.error().get();
      assertThat(problem.message()).isNotBlank();
      assertThat(problem.position().line()).as(problem.message()).isBetween(1, fm.endLine());
      assertThat(fm.values()).isEmpty();
    }
    for (FrontMatterValue v : fm.values().values()) {
      assertThat(v.position().line()).as("line of key '%s'", v.key()).isBetween(2, fm.endLine() - 1);
    }
    SimpleFrontMatterTest.assertSame(parser, lines.subList(1, fm.endLine() - 1));
  }
}
