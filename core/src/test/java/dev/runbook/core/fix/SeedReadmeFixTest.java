package dev.runbook.core.fix;

import static org.assertj.core.api.Assertions.assertThat;

import dev.runbook.core.config.Config;
import dev.runbook.core.model.DocumentKind;
import dev.runbook.core.report.Diagnostic;
import dev.runbook.core.testing.Lint;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The seed's README as received, its emoji damaged by a UTF-8 → Windows-1252 → UTF-8 round trip,
 * and as repaired by hand: {@code fix} must turn the first into the second, byte for byte.
 */
class SeedReadmeFixTest {
  private static final LocalDate TODAY = LocalDate.of(2026, 11, 28);

  @TempDir Path root;

  static byte[] seed(String name) throws IOException {
    try (InputStream in = SeedReadmeFixTest.class.getResourceAsStream("/seed/" + name)) {
      return in.readAllBytes();
    }
  }

  @Test
  void repairsTheDamagedReadmeExactlyAndOnlyOnce() throws Exception {
    Fixer fixer = new Fixer(Config.DEFAULT);
    FixResult first = fixer.fix("README.md", DocumentKind.INDEX, seed("runbooks-README.original.md"));
    assertThat(first.after().encode()).isEqualTo(seed("runbooks-README.md"));
    assertThat(first.changes()).singleElement().asString().startsWith("repaired 11 mis-decoded characters");
    FixResult second = fixer.fix("README.md", DocumentKind.INDEX, first.after().encode());
    assertThat(second.changed()).isFalse();
    assertThat(second.changes()).isEmpty();
  }

  @Test
  void leavesNoEncodingFindings() throws Exception {
    Path readme = root.resolve("README.md");
    Files.write(readme, seed("runbooks-README.original.md"));
    assertThat(encodingFindings()).hasSize(11);
    FileFix result = new FileFixer(new Fixer(Config.DEFAULT)).fix(readme, "README.md", "README.md", DocumentKind.INDEX, true);
    assertThat(result.status()).isEqualTo(FileFix.Status.FIXED);
    assertThat(encodingFindings()).isEmpty();
    assertThat(Files.readAllBytes(readme)).isEqualTo(seed("runbooks-README.md"));
  }

  private List<Diagnostic> encodingFindings() throws Exception {
    return Lint.diagnostics(root, TODAY).stream().filter(d -> d.rule().equals("RB501")).toList();
  }
}
