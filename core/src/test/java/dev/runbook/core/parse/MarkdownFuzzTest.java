package dev.runbook.core.parse;

import static org.assertj.core.api.Assertions.assertThat;

import com.code_intelligence.jazzer.junit.FuzzTest;
import dev.runbook.core.model.DocumentKind;
import dev.runbook.core.model.EncodingProblem;
import dev.runbook.core.model.Heading;
import dev.runbook.core.model.Link;
import dev.runbook.core.model.Position;
import dev.runbook.core.model.Runbook;
import dev.runbook.core.model.Section;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.Set;

/**
 * Any bytes parse into a {@link Runbook} (damage is data, never an exception); every position the
 * model holds names a line of the file, so a finding points at text the user can find; H2
 * sections follow each other without overlap; heading anchors are unique; and the linter's fast
 * parse yields the same facts as a full parse. Replays {@code MarkdownFuzzTestInputs/} in every
 * build; {@code bench/fuzz.sh markdown 10m} fuzzes it.
 */
class MarkdownFuzzTest {
  private static final RunbookParser PARSER = new RunbookParser();
  private static final MarkdownParser MARKDOWN = new MarkdownParser();

  @FuzzTest
  void parse(byte[] bytes) {
    Runbook doc = PARSER.parse("fuzz.md", Path.of("fuzz.md"), DocumentKind.RUNBOOK, bytes);

    int last = Math.max(1, doc.lines().size());
    assertThat(doc.frontMatter().endLine()).isBetween(0, doc.lines().size());
    doc.frontMatter().error().ifPresent(p -> assertOnAFileLine(p.position(), last, "front matter problem"));
    for (EncodingProblem p : doc.encodingProblems()) {
      assertOnAFileLine(p.position(), last, "encoding problem " + p.kind());
    }
    Set<String> anchors = new HashSet<>();
    for (Heading h : doc.headings()) {
      assertOnAFileLine(h.position(), last, "heading " + h.text());
      assertThat(anchors.add(h.anchor())).as("anchor '%s' is unique", h.anchor()).isTrue();
    }
    for (Link l : doc.links()) {
      assertOnAFileLine(l.position(), last, "link " + l.destination());
    }
    doc.riskLine().ifPresent(r -> assertOnAFileLine(r.position(), last, "risk line"));
    int previousEnd = 0;
    for (Section s : doc.sections()) {
      int start = s.heading().position().line();
      assertThat(start).as("section '%s' starts after the one before", s.title()).isGreaterThan(previousEnd);
      assertThat(s.endLine()).as("end of section '%s'", s.title()).isBetween(start, last);
      previousEnd = s.endLine();
    }

    if (!doc.lines().isEmpty()) {
      int skip = doc.frontMatter().endLine();
      assertThat(MARKDOWN.parse(doc.lines(), skip)).isEqualTo(MARKDOWN.parseFully(doc.lines(), skip));
    }
  }

  private static void assertOnAFileLine(Position p, int lastLine, String what) {
    assertThat(p.line()).as("line of %s", what).isBetween(1, lastLine);
  }
}
