package dev.runbook.core.preview;

import static org.assertj.core.api.Assertions.assertThat;

import dev.runbook.core.check.CheckOptions;
import dev.runbook.core.check.CheckRunner;
import dev.runbook.core.report.Diagnostic;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import org.jsoup.Jsoup;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The preview follows alerting-rule files that lie outside the runbook folder: an edit, a new
 * file the glob names, a deleted one, a broken URL; and an edit to a runbook keeps the alert
 * findings a fresh check gives.
 */
class PreviewAlertsTest {
  static final LocalDate TODAY = LocalDate.of(2026, 11, 20);

  @TempDir Path tmp;
  Path repo;
  Path root;
  final CheckRunner runner = new CheckRunner();

  @BeforeEach
  void repository() throws IOException {
    repo = tmp.resolve("repo");
    root = repo.resolve("runbooks");
    write("runbook.yml", """
        root: runbooks
        sections: [Overview]
        rules: {RB201: off, RB401: off, RB405: off}
        alerts:
          rules: ["../deploy/**/*.yaml"]
          runbook_urls: ["https://runbooks.example.org/{path}"]
        """);
    write("runbooks/README.md", "# Runbooks\n\n- [Disk full](disk-full.md)\n- [Disk slow](disk-slow.md)\n");
    write("runbooks/disk-full.md", "# Disk full\n\n## Overview\n\nFree space.\n");
    write("runbooks/disk-slow.md", "# Disk slow\n\n## Overview\n\nWait.\n");
    write("../deploy/node/alerts.yaml", rules("NodeDiskFull", "disk-full"));
  }

  static String rules(String alert, String runbook) {
    return """
        groups:
        - name: node
          rules:
          - alert: %s
            expr: node_filesystem_avail_bytes == 0
            labels: {severity: critical}
            annotations:
              runbook_url: https://runbooks.example.org/%s
        """.formatted(alert, runbook);
  }

  Path write(String path, String text) throws IOException {
    Path f = repo.resolve(path).normalize();
    Files.createDirectories(f.getParent());
    Files.writeString(f, text);
    return f;
  }

  CheckOptions options() {
    Clock clock = Clock.fixed(TODAY.atStartOfDay(ZoneOffset.UTC).toInstant(), ZoneOffset.UTC);
    return CheckOptions.of(repo, root, clock).withFiles(List.of());
  }

  PreviewSite open() throws Exception {
    return PreviewSite.open(options(), runner, Files.createDirectories(tmp.resolve("work")));
  }

  List<String> alertsOn(PreviewSite preview, String page) throws IOException {
    return Jsoup.parse(Files.readString(preview.folder().resolve(page))).select("section.alerts .alert-name").eachText();
  }

  List<String> alertFindings(PreviewSite preview) {
    return preview.report().diagnostics().stream().filter(d -> d.rule().startsWith("RB60"))
        .map(d -> d.file() + ":" + d.line() + " " + d.rule()).toList();
  }

  @Test
  void theFoldersTheRulesGlobsReachAreWatchedBesideTheRoot() throws Exception {
    try (PreviewSite preview = open()) {
      assertThat(preview.watched()).contains(preview.root(), tmp.resolve("deploy").toAbsolutePath().normalize());
    }
  }

  @Test
  void anEditedRulesFileMovesTheAlertToTheRunbookItNowNames() throws Exception {
    try (PreviewSite preview = open()) {
      assertThat(alertsOn(preview, "disk-full.html")).containsExactly("NodeDiskFull");
      assertThat(alertsOn(preview, "disk-slow.html")).isEmpty();

      Path file = write("../deploy/node/alerts.yaml", rules("NodeDiskSlow", "disk-slow"));
      PreviewUpdate done = preview.refresh(List.of(file), u -> { });

      assertThat(done.errors()).isEmpty();
      assertThat(done.full()).isTrue();
      assertThat(alertsOn(preview, "disk-slow.html")).containsExactly("NodeDiskSlow");
      assertThat(alertsOn(preview, "disk-full.html")).isEmpty();
    }
  }

  @Test
  void aBrokenRunbookUrlIsAFindingAtTheRulesFilesLineAndFixingItClearsIt() throws Exception {
    try (PreviewSite preview = open()) {
      assertThat(alertFindings(preview)).isEmpty();
      Path file = write("../deploy/node/alerts.yaml", rules("NodeDiskFull", "disk-fulll"));
      preview.refresh(List.of(file), u -> { });
      assertThat(alertFindings(preview)).containsExactly("../../deploy/node/alerts.yaml:8 RB602");
      assertThat(alertsOn(preview, "disk-full.html")).isEmpty();
      assertThat(Jsoup.parse(Files.readString(preview.folder().resolve("-/alert-coverage.html"))).text())
          .contains("NodeDiskFull");
      assertThat(preview.findings("disk-full.html").totals()).containsEntry(dev.runbook.core.report.Severity.ERROR, 1);
      assertThat(preview.findings(dev.runbook.core.site.CoveragePage.PAGE).findings())
          .extracting(d -> d.file() + ":" + d.line() + " " + d.rule())
          .containsExactly("../../deploy/node/alerts.yaml:8 RB602");

      write("../deploy/node/alerts.yaml", rules("NodeDiskFull", "disk-full"));
      preview.refresh(List.of(file), u -> { });
      assertThat(alertFindings(preview)).isEmpty();
      assertThat(alertsOn(preview, "disk-full.html")).containsExactly("NodeDiskFull");
    }
  }

  @Test
  void aNewFileTheGlobNamesAddsItsAlertsAndDeletingItDropsThem() throws Exception {
    try (PreviewSite preview = open()) {
      Path added = write("../deploy/more/slow.yaml", rules("NodeDiskSlow", "disk-slow"));
      preview.refresh(List.of(added), u -> { });
      assertThat(alertsOn(preview, "disk-slow.html")).containsExactly("NodeDiskSlow");

      Files.delete(added);
      preview.refresh(List.of(added), u -> { });
      assertThat(alertsOn(preview, "disk-slow.html")).isEmpty();
      assertThat(alertsOn(preview, "disk-full.html")).containsExactly("NodeDiskFull");
    }
  }

  @Test
  void aFileTheGlobDoesNotNameChangesNothing() throws Exception {
    try (PreviewSite preview = open()) {
      long version = preview.version();
      Path notes = write("../deploy/node/notes.txt", "not rules\n");
      PreviewUpdate done = preview.refresh(List.of(notes), u -> { });
      assertThat(done.isEmpty()).isTrue();
      assertThat(preview.version()).isEqualTo(version);
    }
  }

  @Test
  void anEditedRunbookKeepsTheAlertFindingsAFreshCheckGives() throws Exception {
    write("../deploy/node/alerts.yaml", rules("NodeDiskFull", "disk-fulll"));
    try (PreviewSite preview = open()) {
      Path doc = write("runbooks/disk-slow.md", "# Disk slow\n\n## Overview\n\nWait a little.\n");
      PreviewUpdate done = preview.refresh(List.of(doc), u -> { });
      assertThat(done.full()).isFalse();
      List<Diagnostic> fresh = runner.run(options()).all().diagnostics();
      assertThat(preview.report().diagnostics()).containsExactlyInAnyOrderElementsOf(fresh);
      assertThat(alertFindings(preview)).containsExactly("../../deploy/node/alerts.yaml:8 RB602");

      Path linked = write("runbooks/README.md", "# Runbooks\n\n- [Disk full](disk-full.md)\n- [Disk slow](disk-slow.md)\n\n"
          + "Also [the fulll one](disk-fulll.md).\n");
      preview.refresh(List.of(linked), u -> { });
      Path renamed = write("runbooks/disk-fulll.md", "# Disk full\n\n## Overview\n\nFree space.\n");
      preview.refresh(List.of(renamed), u -> { });
      assertThat(alertFindings(preview)).as("the runbook the URL names now exists").isEmpty();
      assertThat(alertsOn(preview, "disk-fulll.html")).containsExactly("NodeDiskFull");
    }
  }

  @Test
  void renamingTheHeadingAnAlertsFragmentNamesIsAFindingAtOnce() throws Exception {
    write("../deploy/node/alerts.yaml", rules("NodeDiskFull", "disk-full#overview"));
    try (PreviewSite preview = open()) {
      assertThat(alertFindings(preview)).isEmpty();
      Path doc = write("runbooks/disk-full.md", "# Disk full\n\n## Overview of it\n\nFree space.\n");
      preview.refresh(List.of(doc), u -> { });
      assertThat(alertFindings(preview)).containsExactly("../../deploy/node/alerts.yaml:8 RB602");
      assertThat(preview.report().diagnostics())
          .containsExactlyInAnyOrderElementsOf(runner.run(options()).all().diagnostics());
    }
  }

  @Test
  void rulesFilesFromTheCommandLineAreWatchedAndReadAgainToo() throws Exception {
    write("runbook.yml", "root: runbooks\nsections: [Overview]\nrules: {RB201: off, RB401: off, RB405: off}\n"
        + "alerts:\n  runbook_urls: [\"https://runbooks.example.org/{path}\"]\n");
    CheckOptions options = options().withAlertRules(List.of("../deploy/*/alerts.yaml"));
    try (PreviewSite preview = PreviewSite.open(options, runner, Files.createDirectories(tmp.resolve("work")))) {
      assertThat(preview.watched()).contains(tmp.resolve("deploy").toAbsolutePath().normalize());
      assertThat(alertsOn(preview, "disk-full.html")).containsExactly("NodeDiskFull");
      Path file = write("../deploy/node/alerts.yaml", rules("NodeDiskSlow", "disk-slow"));
      assertThat(preview.refresh(List.of(file), u -> { }).full()).isTrue();
      assertThat(alertsOn(preview, "disk-slow.html")).containsExactly("NodeDiskSlow");
    }
  }
}
