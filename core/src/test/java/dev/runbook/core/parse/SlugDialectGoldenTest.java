package dev.runbook.core.parse;

import static org.assertj.core.api.Assertions.assertThat;

import dev.runbook.core.model.Heading;
import dev.runbook.core.model.SlugDialect;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.assertj.core.api.SoftAssertions;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * Every dialect's heading ids equal those its real generator made for the same headings, in one
 * document and in order (so repeats show each one's numbering). The tables in {@code slugs/*.tsv}
 * were made by {@code bench/slugs/regen.sh} running github-slugger, GitLab's anchor code in Ruby,
 * Python-Markdown's toc, Hugo and kramdown; this test needs none of them.
 */
class SlugDialectGoldenTest {

  record Row(String heading, String id) {}

  static List<Row> table(SlugDialect dialect) throws IOException {
    String name = "slugs/" + dialect.configName() + ".tsv";
    try (InputStream in = SlugDialectGoldenTest.class.getResourceAsStream(name)) {
      assertThat(in).as(name).isNotNull();
      List<Row> rows = new ArrayList<>();
      for (String line : new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\n")) {
        if (line.isEmpty() || line.startsWith("#")) {
          continue;
        }
        int tab = line.indexOf('\t');
        rows.add(new Row(line.substring(0, tab), line.substring(tab + 1)));
      }
      return rows;
    }
  }

  @ParameterizedTest
  @EnumSource(SlugDialect.class)
  void headingIdsEqualTheRealGenerators(SlugDialect dialect) throws IOException {
    List<Row> rows = table(dialect);
    assertThat(rows).as("rows of %s.tsv", dialect.configName()).hasSizeGreaterThan(30);
    List<String> lines = new ArrayList<>();
    for (Row r : rows) {
      lines.add("## " + r.heading());
      lines.add("");
    }
    List<Heading> headings = new MarkdownParser(dialect).parse(lines, 0).headings();
    assertThat(headings).hasSameSizeAs(rows);
    SoftAssertions soft = new SoftAssertions();
    for (int i = 0; i < rows.size(); i++) {
      soft.assertThat(headings.get(i).anchor()).as("%s: '## %s'", dialect.configName(), rows.get(i).heading())
          .isEqualTo(rows.get(i).id());
    }
    soft.assertAll();
  }
}
