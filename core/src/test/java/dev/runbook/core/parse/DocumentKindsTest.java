package dev.runbook.core.parse;

import static org.assertj.core.api.Assertions.assertThat;

import dev.runbook.core.model.DocumentKind;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** One classification for the set loader and {@code runbook fix FILE}. */
class DocumentKindsTest {
  @ParameterizedTest
  @CsvSource({"README.md, INDEX", "readme.md, INDEX", "Index.MD, INDEX", "_index.md, INDEX", "ops/README.md, INDEX",
      "docs/a.md, DOCUMENT", "docs/deep/b.md, DOCUMENT", "x.ref.md, DOCUMENT", "restart.md, RUNBOOK",
      "ops/restart.md, RUNBOOK"})
  void classifiesByNameAndDocumentGlobs(String path, DocumentKind expected) {
    assertThat(new DocumentKinds(List.of("docs/**", "*.ref.md")).of(path)).isEqualTo(expected);
  }
}
