package dev.runbook.core.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class BaselineTest {
  @TempDir Path dir;

  @Test
  void acceptsEveryRecordedFindingAfterLinesShift() throws Exception {
    Report report = SampleReports.sample();
    Path file = dir.resolve("baseline.json");
    Baseline.write(report, file);

    Report shifted = report.withDiagnostics(report.diagnostics().stream()
        .map(d -> moved(d, 5)).toList());

    Baseline baseline = Baseline.read(file);
    assertThat(baseline.size()).isEqualTo(6);
    assertThat(baseline.filter(shifted).diagnostics()).isEmpty();
  }

  @Test
  void keepsOnlyNewFindings() throws Exception {
    Report report = SampleReports.sample();
    Path file = dir.resolve("baseline.json");
    Baseline.write(report, file);
    Diagnostic fresh = new Diagnostic("shutdown/graceful.md", 40, 1, "RB301", "broken-link",
        Severity.ERROR, "link target 'gone.md' does not exist", "[gone](gone.md)", false);
    List<Diagnostic> now = new ArrayList<>(report.diagnostics());
    now.add(fresh);

    Report filtered = Baseline.read(file).filter(report.withDiagnostics(now));

    assertThat(filtered.diagnostics()).containsExactly(fresh);
    assertThat(filtered.files()).isEqualTo(report.files());
    assertThat(filtered.rules()).isEqualTo(report.rules());
  }

  /** RB201's message holds 🟢; a baseline of hundreds of them puts one across every buffer boundary. */
  @Test
  void readsABaselineWhoseEmojiFallAcrossTheReadersBuffer() throws Exception {
    for (int pad = 0; pad < 2; pad++) {
      Diagnostic risk = new Diagnostic("a.md", 1, 1, "RB201", "risk-missing", Severity.ERROR,
          "x".repeat(pad) + "no risk level: add a '**Risk Level**: 🟢 Medium' line" + " 🟢".repeat(700),
          "# A", false);
      Report report = new Report("runbooks", List.of("a.md"), List.of(risk), List.of());
      Path file = dir.resolve("emoji-" + pad + ".json");
      Baseline.write(report, file);

      Baseline baseline = Baseline.read(file);

      assertThat(baseline.size()).isEqualTo(1);
      assertThat(baseline.filter(report).diagnostics()).isEmpty();
    }
  }

  @Test
  void countsMultiplicityOfIdenticalFindings() throws Exception {
    Diagnostic todo = todo(3);
    Report accepted = new Report("runbooks", List.of("a.md"), List.of(todo), List.of());
    Path file = dir.resolve("baseline.json");
    Baseline.write(accepted, file);

    Report filtered = Baseline.read(file).filter(accepted.withDiagnostics(List.of(todo(3),
        todo(10))));

    assertThat(filtered.diagnostics()).containsExactly(todo(10));
  }

  @Test
  void twoAcceptedIdenticalFindingsAcceptTwo() {
    Baseline baseline = Baseline.of(
        new Report("runbooks", List.of("a.md"), List.of(todo(3), todo(4)), List.of()));
    Report now = new Report("runbooks", List.of("a.md"),
        List.of(todo(5), todo(6), todo(7)), List.of());
    assertThat(baseline.filter(now).diagnostics()).containsExactly(todo(7));
  }

  @Test
  void doesNotAcceptAFindingWhoseSourceLineChanged() {
    Baseline baseline = Baseline.of(
        new Report("runbooks", List.of("a.md"), List.of(todo(3)), List.of()));
    Diagnostic edited = new Diagnostic("a.md", 3, 1, "RB502", "placeholder", Severity.WARNING,
        "placeholder TODO", "- TODO: other text", false);
    assertThat(baseline.filter(new Report("runbooks", List.of("a.md"), List.of(edited),
        List.of())).diagnostics()).containsExactly(edited);
  }

  @Test
  void brokenJsonNamesTheFileAndLine() throws IOException {
    Path file = write("broken.json", "{\n  \"version\": 1,\n  \"diagnostics\": [\n    {\"a\": 1,\n");

    assertThatThrownBy(() -> Baseline.read(file))
        .isInstanceOf(BaselineException.class)
        .hasMessageStartingWith("baseline file " + file + " is not valid JSON at line ")
        .satisfies(e -> {
          BaselineException be = (BaselineException) e;
          assertThat(be.file()).isEqualTo(file);
          assertThat(be.line()).isPresent();
        });
  }

  @Test
  void missingFileNamesTheFile() {
    Path file = dir.resolve("nope.json");
    assertThatThrownBy(() -> Baseline.read(file))
        .isInstanceOf(BaselineException.class)
        .hasMessage("baseline file " + file + " does not exist");
  }

  @Test
  void wrongShapesAreReportedNotCrashedOn() throws IOException {
    Path list = write("list.json", "[1, 2]");
    Path noPrints = write("old.json",
        "{\"version\": 1, \"diagnostics\": [{\"file\": \"a.md\", \"rule\": \"RB301\"}]}");
    Path future = write("v2.json", "{\"version\": 2, \"diagnostics\": []}");
    Path empty = write("empty.json", "");
    Path duplicate = write("dup.json", "{\"diagnostics\": [], \"diagnostics\": []}");

    assertThatThrownBy(() -> Baseline.read(list)).isInstanceOf(BaselineException.class)
        .hasMessageContaining(list + " is not a runbook JSON report");
    assertThatThrownBy(() -> Baseline.read(noPrints)).isInstanceOf(BaselineException.class)
        .hasMessageContaining("no \"fingerprint\" in diagnostic 1");
    assertThatThrownBy(() -> Baseline.read(future)).isInstanceOf(BaselineException.class)
        .hasMessageContaining("version 2");
    assertThatThrownBy(() -> Baseline.read(empty)).isInstanceOf(BaselineException.class)
        .hasMessageContaining(empty.toString());
    assertThatThrownBy(() -> Baseline.read(duplicate)).isInstanceOf(BaselineException.class)
        .hasMessageContaining(duplicate.toString());
  }

  @Test
  void invalidUtf8IsReported() throws IOException {
    Path file = dir.resolve("latin1.json");
    Files.write(file, new byte[] {'{', '"', (byte) 0xE9, '"', ':', '1', '}'});
    assertThatThrownBy(() -> Baseline.read(file)).isInstanceOf(BaselineException.class)
        .hasMessage("baseline file " + file + " is not UTF-8 text");
  }

  @Test
  void writeCreatesFoldersAndReportsFailures() throws Exception {
    Path nested = dir.resolve("target/runbook/baseline.json");
    Baseline.write(SampleReports.clean(), nested);
    assertThat(Baseline.read(nested).size()).isZero();

    Path blocked = write("file", "x").resolve("baseline.json");
    assertThatThrownBy(() -> Baseline.write(SampleReports.clean(), blocked))
        .isInstanceOf(BaselineException.class)
        .hasMessageStartingWith("cannot write baseline file " + blocked + ": ");
  }

  private Path write(String name, String text) throws IOException {
    return Files.writeString(dir.resolve(name), text, StandardCharsets.UTF_8);
  }

  private static Diagnostic moved(Diagnostic d, int lines) {
    return new Diagnostic(d.file(), d.line() + lines, d.column(), d.rule(), d.name(),
        d.severity(), d.message(), d.sourceLine(), d.fixable());
  }

  private static Diagnostic todo(int line) {
    return new Diagnostic("a.md", line, 1, "RB502", "placeholder", Severity.WARNING,
        "placeholder TODO", "- TODO", false);
  }
}
