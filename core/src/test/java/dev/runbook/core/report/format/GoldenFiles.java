package dev.runbook.core.report.format;

import static org.assertj.core.api.Assertions.assertThat;

import dev.runbook.core.report.Report;
import dev.runbook.core.report.ReportFormatter;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Compares formatter output with golden files in {@code src/test/resources/golden/report/}, byte
 * for byte. To regenerate them after a deliberate change in output, run
 *
 * <pre>mvn -B -o -pl core test -Dgolden.update=true</pre>
 *
 * and review the diff before committing it.
 */
final class GoldenFiles {
  static final Path DIR =
      Path.of(System.getProperty("basedir", "."), "src/test/resources/golden/report");

  private GoldenFiles() {}

  static boolean updating() {
    return Boolean.getBoolean("golden.update");
  }

  /** Asserts that {@code formatter} writes {@code report} exactly as the golden file says. */
  static void check(ReportFormatter formatter, Report report, String fileName) throws IOException {
    // The tool's version changes with every release: golden files hold a stand-in.
    byte[] actual = render(formatter, report)
        .replace("\"" + dev.runbook.core.report.ToolVersion.get() + "\"", "\"VERSION\"").getBytes(StandardCharsets.UTF_8);
    Path golden = DIR.resolve(fileName);
    if (updating()) {
      Files.createDirectories(DIR);
      Files.write(golden, actual);
    }
    assertThat(golden).as("golden file %s (regenerate with -Dgolden.update=true)", golden).exists();
    assertThat(new String(actual, StandardCharsets.UTF_8))
        .as("output of %s against %s", formatter.name(), golden)
        .isEqualTo(Files.readString(golden, StandardCharsets.UTF_8));
    assertThat(actual).isEqualTo(Files.readAllBytes(golden));
  }

  static String render(ReportFormatter formatter, Report report) {
    StringWriter out = new StringWriter();
    try {
      formatter.write(report, out);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return out.toString();
  }
}
