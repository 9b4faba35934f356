package dev.runbook.core.report.format;

import static org.assertj.core.api.Assertions.assertThat;

import dev.runbook.core.report.ReportFormatter;
import dev.runbook.core.report.SampleReports;
import java.io.IOException;
import java.net.URI;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every format against its golden files, for the shared sample and for a clean report. See
 * {@link GoldenFiles} for how to regenerate them ({@code -Dgolden.update=true}).
 */
class GoldenOutputTest {
  static java.util.List<String> formats() {
    return ReportFormats.names();
  }

  @ParameterizedTest
  @MethodSource("formats")
  void sampleMatchesGoldenFile(String format) throws IOException {
    GoldenFiles.check(formatter(format), SampleReports.sample(), "sample." + format);
  }

  @ParameterizedTest
  @MethodSource("formats")
  void cleanReportMatchesGoldenFile(String format) throws IOException {
    GoldenFiles.check(formatter(format), SampleReports.clean(), "empty." + format);
  }

  @ParameterizedTest
  @MethodSource("formats")
  void writingTwiceGivesTheSameBytes(String format) {
    ReportFormatter f = formatter(format);
    assertThat(GoldenFiles.render(f, SampleReports.sample()))
        .isEqualTo(GoldenFiles.render(f, SampleReports.sample()));
  }

  @Test
  void colouredTextMatchesGoldenFile() throws IOException {
    GoldenFiles.check(new TextFormatter(true), SampleReports.sample(), "sample-colour.text");
  }

  @Test
  void sarifWithInformationUriMatchesGoldenFile() throws IOException {
    SarifFormatter sarif =
        new SarifFormatter(Optional.of(URI.create("https://example.org/runbook")));
    GoldenFiles.check(sarif, SampleReports.sample(), "sample-information-uri.sarif");
  }

  private static ReportFormatter formatter(String format) {
    return ReportFormats.byName(format).orElseThrow();
  }
}
