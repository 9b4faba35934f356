package dev.runbook.core.check;

import static org.assertj.core.api.Assertions.assertThat;

import dev.runbook.core.report.Diagnostic;
import dev.runbook.core.testing.Lint;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code runbook check} reads a file with CR-only (old Mac), CRLF or LF line endings the same way:
 * the front matter is found, and findings carry the line and source text they have in an editor.
 */
class LineEndingsCheckTest {
  @TempDir Path dir;

  @ParameterizedTest
  @ValueSource(strings = {"\r", "\r\n", "\n"})
  void findingsHaveTheEditorsLineNumbers(String ending) throws Exception {
    Path root = dir.resolve("runbooks");
    Files.createDirectories(root);
    Files.writeString(root.resolve("README.md"), "# Index\n\n## Cache\n\n- [Restart](restart.md)\n");
    ByteArrayOutputStream file = new ByteArrayOutputStream();
    String[] lines = {
      "---", "risk: low", "owner: SRE Team", "last_reviewed: 2026-11-01", "---",   // 1-5
      "# Restart the cache", "", "**Risk Level**: 🔵 Low", "",                    // 6-9
      "## Overview", "Restarts the cache.", "", "## Prerequisites", "Shell access.", "",  // 10-15
      "## Steps", "1. Stop it, see [the guide](missing.md).", "2. TODO start it.", "",  // 16-19
      "## Validation", "It answers \u00ff.", "", "## Rollback", "1. Start the old one.", "",  // 20-25
      "## References", "- [Index](README.md)"};                                  // 26-27
    for (String line : lines) {
      // Line 21 carries a byte that is not UTF-8 (ÿ written as Latin-1).
      file.writeBytes(line.getBytes(line.contains("\u00ff") ? StandardCharsets.ISO_8859_1 : StandardCharsets.UTF_8));
      file.writeBytes(ending.getBytes(StandardCharsets.US_ASCII));
    }
    Files.write(root.resolve("restart.md"), file.toByteArray());

    List<Diagnostic> found = Lint.diagnostics(root, LocalDate.of(2026, 11, 28)).stream()
        .filter(d -> d.file().endsWith("restart.md")).toList();

    assertThat(found).extracting(d -> d.rule() + ":" + d.line() + ":" + d.column() + " " + d.sourceLine())
        .containsExactlyInAnyOrder(
            "RB301:17:29 1. Stop it, see [the guide](missing.md).",
            "RB502:18:4 2. TODO start it.",
            "RB501:21:12 It answers \uFFFD.");
  }
}
