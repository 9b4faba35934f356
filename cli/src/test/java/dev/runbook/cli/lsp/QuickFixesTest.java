package dev.runbook.cli.lsp;

import static org.assertj.core.api.Assertions.assertThat;

import dev.runbook.core.edit.SourceLines;
import org.eclipse.lsp4j.Position;
import org.eclipse.lsp4j.Range;
import org.eclipse.lsp4j.TextEdit;
import org.junit.jupiter.api.Test;

/** The edit a quick fix sends: only the lines that changed, whatever the line endings. */
class QuickFixesTest {
  private static TextEdit edit(String before, String after) {
    return QuickFixes.between(SourceLines.of(before, false), SourceLines.of(after, false));
  }

  @Test
  void replacesOnlyTheChangedLines() {
    TextEdit e = edit("# A\n\n1. a\n3. b\n\ntail\n", "# A\n\n1. a\n2. b\n\ntail\n");
    assertThat(e.getRange()).isEqualTo(new Range(new Position(3, 0), new Position(4, 0)));
    assertThat(e.getNewText()).isEqualTo("2. b\n");
  }

  @Test
  void insertedLinesKeepTheFilesLineEndings() {
    TextEdit e = edit("# A\r\n\r\n## Steps\r\n", "# A\r\n\r\n## Overview\r\n\r\n## Steps\r\n");
    assertThat(e.getRange()).isEqualTo(new Range(new Position(2, 0), new Position(2, 0)));
    assertThat(e.getNewText()).isEqualTo("## Overview\r\n\r\n");
  }

  @Test
  void aLastLineWithoutANewlineEndsTheRangeAtItsEnd() {
    TextEdit e = edit("# A\n\n1. a\n3. b", "# A\n\n1. a\n2. b");
    assertThat(e.getRange()).isEqualTo(new Range(new Position(3, 0), new Position(3, 4)));
    assertThat(e.getNewText()).isEqualTo("2. b");
  }

  @Test
  void removingAByteOrderMarkReplacesTheWholeText() {
    TextEdit e = QuickFixes.between(SourceLines.of("# A\n", true), SourceLines.of("# A\n", false));
    assertThat(e.getRange().getStart()).isEqualTo(new Position(0, 0));
    assertThat(e.getRange().getEnd()).isEqualTo(new Position(1, 0));
    assertThat(e.getNewText()).isEqualTo("# A\n");
  }
}
