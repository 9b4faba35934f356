package dev.runbook.core.alerts;

import static org.assertj.core.api.Assertions.assertThat;

import dev.runbook.core.model.Position;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Reading alerting-rule files (SPEC §7.1): every shape, every position, and files that do not read. */
class AlertRulesReaderTest {
  @TempDir Path tmp;
  private final AlertRulesReader reader = new AlertRulesReader();

  private AlertRulesFile read(String name, String text) throws IOException {
    Path f = tmp.resolve(name);
    Files.writeString(f, text);
    return reader.read(f, name);
  }

  @Test
  void keepsTheLineAndColumnOfTheAlertEachLabelAndEachAnnotation() throws IOException {
    AlertRulesFile f = read("rules.yaml", """
        groups:
        - name: disk
          rules:
          - record: job:disk:ratio
            expr: a / b
          - alert: DiskFull
            expr: node_filesystem_avail_bytes == 0
            for: 5m
            labels:
              severity: critical
            annotations:
              summary: full
              runbook_url: https://runbooks.example.org/disk-full
        """);
    assertThat(f.problem()).isEmpty();
    assertThat(f.alerts()).singleElement().satisfies(a -> {
      assertThat(a.name()).isEqualTo("DiskFull");
      assertThat(a.at()).isEqualTo(new Position(6, 5));
      assertThat(a.group()).isEqualTo("disk");
      assertThat(a.expr()).isEqualTo("node_filesystem_avail_bytes == 0");
      assertThat(a.forDuration()).contains("5m");
      assertThat(a.severity()).contains("critical");
      assertThat(a.labels().get("severity").at()).isEqualTo(new Position(10, 7));
      assertThat(a.annotations().get("runbook_url"))
          .isEqualTo(new Located("https://runbooks.example.org/disk-full", new Position(13, 7)));
      assertThat(a.lastLine()).isEqualTo(13);
    });
  }

  @Test
  void readsJsonAsTheSameShapeWithPositions() throws IOException {
    AlertRulesFile f = read("rules.json", """
        {"groups": [{"name": "disk", "rules": [
          {"alert": "DiskFull", "expr": "up == 0",
           "labels": {"severity": "warning"},
           "annotations": {"runbook_url": "https://runbooks.example.org/disk-full"}}
        ]}]}
        """);
    assertThat(f.alerts()).singleElement().satisfies(a -> {
      assertThat(a.at()).isEqualTo(new Position(2, 4));
      assertThat(a.severity()).contains("warning");
      assertThat(a.annotations().get("runbook_url").at()).isEqualTo(new Position(4, 20));
    });
  }

  @Test
  void readsPrometheusRuleObjectsInMultiDocumentFilesAndLists() throws IOException {
    AlertRulesFile f = read("operator.yaml", """
        apiVersion: v1
        kind: ConfigMap
        data: {a: b}
        ---
        apiVersion: monitoring.coreos.com/v1
        kind: PrometheusRule
        spec:
          groups:
          - name: one
            rules:
            - alert: First
              expr: up == 0
        ---
        kind: List
        items:
        - kind: PrometheusRule
          spec:
            groups:
            - name: two
              rules:
              - alert: Second
                expr: up == 0
        """);
    assertThat(f.alerts()).extracting(AlertRule::name).containsExactly("First", "Second");
    assertThat(f.alerts()).extracting(a -> a.at().line()).containsExactly(11, 21);
  }

  @Test
  void aFileWithoutAlertsReadsQuietly() throws IOException {
    AlertRulesFile f = read("other.yaml", "apiVersion: apps/v1\nkind: Deployment\nspec: {replicas: 2}\n");
    assertThat(f.problem()).isEmpty();
    assertThat(f.alerts()).isEmpty();
  }

  @Test
  void aHelmTemplateIsOneProblemAtItsLineThatSaysWhy() throws IOException {
    AlertRulesFile f = read("helm.yaml", "groups:\n{{- range .Values.groups }}\n- name: x\n{{- end }}\n");
    assertThat(f.alerts()).isEmpty();
    assertThat(f.problem()).hasValueSatisfying(p -> {
      assertThat(p.at().line()).isEqualTo(2);
      assertThat(p.message()).contains("template");
    });
  }

  @Test
  void binaryFilesAndAliasBombsAreProblemsNotCrashes() throws IOException {
    Path bin = tmp.resolve("rules.yaml");
    Files.write(bin, new byte[] {'g', 0, 1, 2});
    assertThat(reader.read(bin, "rules.yaml").problem()).hasValueSatisfying(p -> assertThat(p.message()).contains("binary"));

    StringBuilder bomb = new StringBuilder("a: &a [x, x, x, x, x, x, x, x, x, x]\n");
    for (char c = 'b'; c <= 'k'; c++) {
      bomb.append(c).append(": &").append(c).append(" [").append("*").append((char) (c - 1));
      bomb.append(", *").append((char) (c - 1)).append(", *").append((char) (c - 1)).append("]\n");
    }
    assertThat(read("bomb.yaml", bomb.toString()).problem()).isPresent();
    assertThat(read("big.yaml", "# " + "x".repeat(1 << 21) + "\n").problem())
        .hasValueSatisfying(p -> assertThat(p.message()).contains("larger than"));
  }

  @Test
  void aSuppressionCommentCoversTheWholeAlertBelowIt() throws IOException {
    AlertRulesFile f = read("rules.yaml", """
        groups:
        - name: disk
          rules:
          # runbook-disable-next-line RB602
          - alert: DiskFull
            expr: up == 0
            annotations:
              runbook_url: https://runbooks.example.org/gone
          - alert: Other
            expr: up == 0
        """);
    assertThat(f.suppressed("RB602", 8)).as("the annotation of the alert below").isTrue();
    assertThat(f.suppressed("RB601", 5)).as("another rule").isFalse();
    assertThat(f.suppressed("RB602", 9)).as("the next alert").isFalse();
  }
}
