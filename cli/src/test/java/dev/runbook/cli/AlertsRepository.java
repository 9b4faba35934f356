package dev.runbook.cli;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * A repository with runbooks/ and deploy/ side by side (SPEC §7): a runbook.yml with a runbook URL
 * pattern, a rules file whose alerts link one runbook, one missing runbook and none, and a Helm
 * template that does not parse. For the tests of {@code runbook alerts} and of the background
 * process that runs it.
 */
public final class AlertsRepository {
  private AlertsRepository() {}

  /** Writes the repository into {@code dir}. */
  public static void write(Path dir) throws IOException {
    write(dir, "runbooks/README.md", "# Runbooks\n\n- [Disk full](disk-full.md)\n");
    write(dir, "runbooks/disk-full.md", "# Disk full\n\n## Overview\n\nFree space.\n");
    write(dir, "runbook.yml", """
        root: runbooks
        sections: [Overview]
        rules: {RB201: off, RB401: off, RB405: off}
        alerts:
          runbook_urls: ["https://runbooks.example.org/{path}"]
        """);
    write(dir, "deploy/alerts.yaml", """
        groups:
        - name: disk
          rules:
          - alert: DiskFull
            expr: up == 0
            labels: {severity: critical}
            annotations:
              runbook_url: https://runbooks.example.org/disk-full
          - alert: DiskFilling
            expr: up == 0
            labels: {severity: warning}
            annotations:
              runbook_url: https://runbooks.example.org/disk-filling
          - alert: DiskSlow
            expr: up == 0
            labels: {severity: info}
        """);
    write(dir, "deploy/helm.yaml", "{{- if .Values.on }}\ngroups: []\n{{- end }}\n");
  }

  private static void write(Path dir, String path, String text) throws IOException {
    Path f = dir.resolve(path);
    Files.createDirectories(f.getParent());
    Files.writeString(f, text);
  }
}
