package dev.runbook.core.fix;

import static org.assertj.core.api.Assertions.assertThat;

import dev.runbook.core.config.Config;
import dev.runbook.core.model.DocumentKind;
import dev.runbook.core.testing.Lint;
import java.io.IOException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The project's own runbooks (which pass every rule) as fix test cases: untouched as they are,
 * restored exactly after mojibake damage, and repaired after structural damage, each fix
 * idempotent.
 */
class ProjectRunbooksFixTest {
  private static final Path RUNBOOKS = Path.of(System.getProperty("basedir", "."), "..", "runbooks");
  private static final Charset CP1252 = Charset.forName("windows-1252");

  @TempDir Path root;

  private final Fixer fixer = new Fixer(Config.DEFAULT);

  static Stream<Path> runbooks() throws IOException {
    try (Stream<Path> files = Files.list(RUNBOOKS)) {
      return files.filter(p -> p.toString().endsWith(".md") && !p.endsWith("README.md")).sorted().toList().stream();
    }
  }

  @ParameterizedTest
  @MethodSource("runbooks")
  void aPassingRunbookIsLeftAlone(Path file) throws Exception {
    FixResult result = fixer.fix(file.getFileName().toString(), DocumentKind.RUNBOOK, Files.readAllBytes(file));
    assertThat(result.changes()).isEmpty();
    assertThat(result.notes()).isEmpty();
  }

  @ParameterizedTest
  @MethodSource("runbooks")
  void mojibakeDamageIsUndoneExactly(Path file) throws Exception {
    String text = Files.readString(file);
    byte[] damaged = damage(text).getBytes(StandardCharsets.UTF_8);
    FixResult result = fixer.fix(file.getFileName().toString(), DocumentKind.RUNBOOK, damaged);
    assertThat(result.after().text()).isEqualTo(text);
  }

  @ParameterizedTest
  @MethodSource("runbooks")
  void structuralDamageIsRepairedAndStaysRepaired(Path file) throws Exception {
    String name = file.getFileName().toString();
    String text = Files.readString(file)
        .replaceFirst("(?m)^## Validation$", "## Checks")
        .replaceFirst("(?m)^## References$", "## Further reading")
        .replaceFirst("(?m)^(\\*\\*Risk Level\\*\\*: )\\S+ \\w+", "$1🟠 Severe")
        .replaceFirst("(?m)^2\\. ", "1. ");
    FixResult first = fixer.fix(name, DocumentKind.RUNBOOK, text.getBytes(StandardCharsets.UTF_8));
    assertThat(first.changes()).hasSizeGreaterThanOrEqualTo(2);
    FixResult second = fixer.fix(name, DocumentKind.RUNBOOK, first.after().encode());
    assertThat(second.changed()).isFalse();
    Files.writeString(root.resolve("README.md"), "# Index\n\n- [It](" + name + ")\n");
    Files.write(root.resolve(name), first.after().encode());
    List<String> findings = Lint.findings(root, LocalDate.of(2026, 11, 28));
    assertThat(findings).noneMatch(f -> f.matches(".* RB(101|102|106|202|203|501) .*"));
  }

  /** What a UTF-8 → Windows-1252 → UTF-8 round trip does to text (undefined bytes as Latin-1). */
  static String damage(String text) {
    StringBuilder out = new StringBuilder();
    for (byte b : text.getBytes(StandardCharsets.UTF_8)) {
      String c = new String(new byte[] {b}, CP1252);
      out.append(c.equals("\uFFFD") ? String.valueOf((char) (b & 0xFF)) : c);
    }
    return out.toString();
  }
}
