package dev.runbook.cli.serve;

import static org.assertj.core.api.Assertions.assertThat;

import dev.runbook.core.check.CheckOptions;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import org.jsoup.Jsoup;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code serve} with alerting rules in a folder beside the runbooks, over real HTTP with the real
 * watcher: editing the rules file shows the new alert on its runbook's page, a broken
 * {@code runbook_url} shows up as a finding, a new rules file the glob names is read.
 */
class ServeAlertsTest {
  @TempDir Path tmp;
  Path repo;
  LivePreview live;
  int port;
  final StringWriter out = new StringWriter();
  final StringWriter err = new StringWriter();
  final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

  @BeforeEach
  void start() throws Exception {
    repo = tmp.resolve("repo");
    SampleRunbooks.write(repo);
    Files.writeString(repo.resolve("runbook.yml"), """
        root: runbooks
        site:
          title: Sample Runbooks
        alerts:
          rules: ["../deploy/**/*.yaml"]
          runbook_urls: ["https://runbooks.example.org/{path}"]
        """);
    Files.createDirectories(tmp.resolve("deploy/prometheus"));
    Files.writeString(tmp.resolve("deploy/prometheus/db.yaml"), rules("PostgresDown", "database/failover"));
    Clock clock = Clock.fixed(LocalDate.parse(SampleRunbooks.TODAY).atStartOfDay(ZoneOffset.UTC).toInstant(),
        ZoneOffset.UTC);
    CheckOptions check = new CheckOptions(repo, Optional.of(Path.of("runbooks")), List.of(), Optional.empty(), clock,
        false, Optional.empty(), Optional.empty(), 2);
    live = LivePreview.start(new LivePreview.Settings(check, "127.0.0.1", 0, false, Duration.ofMillis(40), false,
        clock, PreviewServer.Timeouts.DEFAULT), new PrintWriter(out, true), new PrintWriter(err, true));
    live.built().get(60, java.util.concurrent.TimeUnit.SECONDS);
    port = live.url().getPort();
  }

  static String rules(String alert, String runbook) {
    return """
        groups:
        - name: database
          rules:
          - alert: %s
            expr: pg_up == 0
            labels: {severity: critical}
            annotations:
              runbook_url: https://runbooks.example.org/%s
        """.formatted(alert, runbook);
  }

  @AfterEach
  void stop() {
    live.close();
  }

  String get(String path) throws Exception {
    return http.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path)).build(),
        HttpResponse.BodyHandlers.ofString()).body();
  }

  List<String> alertsOn(String page) throws Exception {
    return Jsoup.parse(get(page)).select("section.alerts .alert-name").eachText();
  }

  /** Waits up to 5 seconds for the page to show what is asked for. */
  void until(String what, ThrowingCheck check) throws Exception {
    long end = System.nanoTime() + TimeUnit.SECONDS.toNanos(5);
    while (!check.holds()) {
      if (System.nanoTime() > end) {
        throw new AssertionError(what + " within 5 s; out: " + out + " err: " + err);
      }
      Thread.sleep(30);
    }
  }

  interface ThrowingCheck {
    boolean holds() throws Exception;
  }

  @Test
  void editingTheRulesFileShowsTheNewAlertOnItsRunbookAndABrokenUrlAsAFinding() throws Exception {
    assertThat(alertsOn("/database/failover.html")).containsExactly("PostgresDown");
    Path file = tmp.resolve("deploy/prometheus/db.yaml");

    try (ServeHttpTest.Events events = ServeHttpTest.Events.open(http, port, ServeHttpTest.BUILT)) {
      Files.writeString(file, rules("PostgresDown", "database/failover") + """
          - alert: PostgresBackupOld
            expr: time() - pg_backup_time > 86400
            annotations:
              runbook_url: https://runbooks.example.org/database/restore
          """.indent(2));
      events.until("database/restore.html");
    }
    until("the new alert on the restore page", () -> alertsOn("/database/restore.html").contains("PostgresBackupOld"));
    assertThat(alertsOn("/database/failover.html")).containsExactly("PostgresDown");

    Files.writeString(file, rules("PostgresDown", "database/failovr"));
    until("the broken URL as a finding", () -> get("/__runbook/diagnostics?page=-/alert-coverage.html")
        .contains("\"rule\":\"RB602\""));
    String overlay = get("/__runbook/diagnostics?page=-/alert-coverage.html");
    assertThat(overlay).contains("\"file\":\"../../deploy/prometheus/db.yaml\"", "\"line\":8",
        "\"severity\":\"error\"", "database/failover.md");
    assertThat(alertsOn("/database/failover.html")).isEmpty();
    assertThat(alertsOn("/database/restore.html")).isEmpty();
  }

  @Test
  void aNewRulesFileTheGlobNamesIsRead() throws Exception {
    Files.createDirectories(tmp.resolve("deploy/more"));
    Files.writeString(tmp.resolve("deploy/more/backup.yaml"), rules("BackupMissing", "database/restore"));
    until("the new file's alert", () -> alertsOn("/database/restore.html").contains("BackupMissing"));
    assertThat(out.toString()).containsPattern("\\d\\d:\\d\\d:\\d\\d rebuilt everything in ");
  }
}
