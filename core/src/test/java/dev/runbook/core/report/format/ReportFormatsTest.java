package dev.runbook.core.report.format;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class ReportFormatsTest {
  @Test
  void listsEveryFormatOfTheSpecInHelpOrder() {
    assertThat(ReportFormats.names())
        .containsExactly("text", "json", "sarif", "junit", "checkstyle", "github", "gitlab");
  }

  @Test
  void findsFormattersByName() {
    assertThat(ReportFormats.byName("sarif")).containsInstanceOf(SarifFormatter.class);
    assertThat(ReportFormats.byName(" JSON ")).containsInstanceOf(JsonFormatter.class);
    assertThat(ReportFormats.byName("xml")).isEmpty();
    assertThat(ReportFormats.byName(null)).isEmpty();
  }

  @Test
  void colourAppliesToTextOnly() {
    String coloured = GoldenFiles.render(
        ReportFormats.create("text", true).orElseThrow(),
        dev.runbook.core.report.SampleReports.sample());
    assertThat(coloured).contains("\u001b[");
    assertThat(ReportFormats.create("json", true)).containsInstanceOf(JsonFormatter.class);
    assertThat(ReportFormats.create("nope", true)).isEmpty();
  }
}
