package dev.runbook.core.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import dev.runbook.core.report.format.JsonFormatter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ReportFileTest {
  @TempDir Path dir;

  @Test
  void parsesFormatAndResolvesFileAgainstBase() {
    ReportFile f = ReportFile.parse("sarif:target/runbook/runbook.sarif", dir);

    assertThat(f.formatter().name()).isEqualTo("sarif");
    assertThat(f.file()).isEqualTo(dir.resolve("target/runbook/runbook.sarif"));
  }

  @Test
  void keepsAbsoluteFilesAndColonsInTheFileName() {
    Path abs = dir.resolve("a:b.xml").toAbsolutePath();

    assertThat(ReportFile.parse("JUnit:" + abs, Path.of("elsewhere")).file()).isEqualTo(abs);
  }

  @Test
  void refusesSpecsWithoutFormatOrFile() {
    for (String bad : new String[] {"sarif", ":x.sarif", "sarif:", ""}) {
      assertThatThrownBy(() -> ReportFile.parse(bad, dir))
          .isInstanceOf(IllegalArgumentException.class)
          .hasMessage("a report is FORMAT:FILE, e.g. sarif:target/runbook.sarif, not '" + bad + "'");
    }
  }

  @Test
  void namesTheKnownFormatsForAnUnknownOne() {
    assertThatThrownBy(() -> ReportFile.parse("pdf:x.pdf", dir))
        .hasMessage("unknown report format 'pdf': use one of text, json, sarif, junit, checkstyle, github, gitlab");
  }

  @Test
  void writesTheWholeReportCreatingFoldersAndReplacingOldFiles() throws Exception {
    Path target = dir.resolve("deep/er/report.json");
    Files.createDirectories(target.getParent());
    Files.writeString(target, "old and much longer content than the report will ever have".repeat(100));
    Report report = SampleReports.sample();

    new ReportFile(new JsonFormatter(), target).write(report);

    StringWriter expected = new StringWriter();
    new JsonFormatter().write(report, expected);
    assertThat(Files.readString(target, StandardCharsets.UTF_8)).isEqualTo(expected.toString());
    try (var left = Files.list(target.getParent())) {
      assertThat(left).containsExactly(target);
    }
  }

  @Test
  void reportsGetTheSamePermissionsAsAnyNewFile() throws Exception {
    assumeTrue(dir.getFileSystem().supportedFileAttributeViews().contains("posix"));
    Path target = dir.resolve("r.sarif");
    Path plain = Files.createFile(dir.resolve("plain.txt"));

    ReportFile.parse("sarif:r.sarif", dir).write(SampleReports.sample());

    assertThat(Files.getPosixFilePermissions(target)).isEqualTo(Files.getPosixFilePermissions(plain));
  }
}
