package dev.runbook.core.check;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import dev.runbook.core.report.Diagnostic;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Optional;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Real runbook sets written by others (../shared/corpora, beside the checkout), with a config
 * matching their own template (bench/corpora/*.yml): no crash, every file read, and only the
 * findings a reader of those sets would agree with.
 */
class PublicCorporaTest {
  private static final Path CORPORA = Path.of("../../shared/corpora");
  private static final Clock TODAY =
      Clock.fixed(LocalDate.of(2026, 11, 28).atStartOfDay(ZoneOffset.UTC).toInstant(), ZoneOffset.UTC);

  @ParameterizedTest
  @CsvSource({"openshift__runbooks, openshift.yml", "prometheus-operator__runbooks, prometheus-operator.yml"})
  void checksWithoutCrashingAndReadsEveryFile(String folder, String config) throws Exception {
    Path root = CORPORA.resolve(folder);
    assumeTrue(Files.isDirectory(root), "public corpora not found at " + root.toAbsolutePath());
    CheckOptions options = CheckOptions.of(Path.of("").toAbsolutePath(), root, TODAY)
        .withConfig(Optional.of(Path.of("../bench/corpora", config)));
    CheckResult result = new CheckRunner().run(options);

    assertThat(result.incomplete()).isFalse();
    long markdown;
    try (Stream<Path> s = Files.walk(root)) {
      markdown = s.filter(p -> p.toString().endsWith(".md") && !p.toString().contains("/archetypes/")).count();
    }
    assertThat(result.report().files()).hasSize((int) markdown);
    assertThat(result.report().diagnostics()).extracting(Diagnostic::rule)
        .as("their template: no risk, review or front matter noise")
        .doesNotContain("RB201", "RB401", "RB402", "RB405", "RB304", "RB504", "RB501");
  }
}
