package dev.runbook.core.check;

import static org.assertj.core.api.Assertions.assertThat;

import dev.runbook.core.report.Diagnostic;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The seed's damaged index, as received: RB501 on exactly its emoji lines; the repaired one none. */
class SeedReadmeTest {
  private static final Clock TODAY =
      Clock.fixed(LocalDate.of(2026, 11, 28).atStartOfDay(ZoneOffset.UTC).toInstant(), ZoneOffset.UTC);

  @TempDir Path dir;

  private List<Diagnostic> encodingFindings(String resource) throws Exception {
    Path root = dir.resolve(resource);
    Files.createDirectories(root);
    try (InputStream in = getClass().getResourceAsStream("/seed/" + resource)) {
      Files.copy(in, root.resolve("README.md"));
    }
    return new CheckRunner().run(CheckOptions.of(dir, root, TODAY)).report().diagnostics().stream()
        .filter(d -> d.rule().equals("RB501")).toList();
  }

  @Test
  void damagedReadmeHasAnEncodingFindingOnEachEmojiLine() throws Exception {
    List<Diagnostic> found = encodingFindings("runbooks-README.original.md");
    assertThat(found).extracting(Diagnostic::line)
        .containsExactly(7, 12, 17, 23, 29, 35, 41, 79, 80, 81, 82);
    assertThat(found.get(0).message()).contains("'ðŸš€'").contains("'🚀'");
    assertThat(found.get(0).column()).isEqualTo(5);
    assertThat(found).allSatisfy(d -> assertThat(d.fixable()).isTrue());
  }

  @Test
  void repairedReadmeHasNone() throws Exception {
    assertThat(encodingFindings("runbooks-README.md")).isEmpty();
  }
}
