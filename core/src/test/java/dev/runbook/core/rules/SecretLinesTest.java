package dev.runbook.core.rules;

import static org.assertj.core.api.Assertions.assertThat;

import dev.runbook.core.check.CheckOptions;
import dev.runbook.core.check.CheckRunner;
import dev.runbook.core.report.Diagnostic;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A report never repeats a secret: other findings on a credential's line show it masked as RB503 does. */
class SecretLinesTest {
  private static final String KEY = "AKIAIOSFODNN7EXAMPLE";

  @TempDir Path tmp;

  @Test
  void aBrokenLinkOnTheLineOfAKeyShowsTheLineWithTheKeyMasked() throws Exception {
    Files.writeString(tmp.resolve("README.md"), "# Runbooks\n\n- [Leak](leak.md)\n");
    Files.writeString(tmp.resolve("leak.md"), """
        ---
        title: Leak
        risk: low
        owner: team
        last_reviewed: 2026-11-01
        review_interval: quarterly
        ---

        # Leak

        **Risk Level**: 🔵 Low

        ## Overview

        The key %s is in [the vault](missing.md).
        """.formatted(KEY));
    CheckOptions options = CheckOptions.of(tmp, tmp, Clock.fixed(Instant.parse("2026-12-01T00:00:00Z"), ZoneOffset.UTC)).withConfig(Optional.empty());
    List<Diagnostic> found = new CheckRunner().run(options).report().diagnostics();

    assertThat(found).filteredOn(d -> d.line() == 15).extracting(Diagnostic::rule)
        .contains("RB503", "RB301");
    assertThat(found).as("no finding shows the key")
        .allSatisfy(d -> assertThat(d.sourceLine()).doesNotContain(KEY));
    assertThat(found).filteredOn(d -> d.rule().equals("RB301")).singleElement()
        .satisfies(d -> assertThat(d.sourceLine()).isEqualTo("The key AKIA… is in [the vault](missing.md)."));
  }
}
