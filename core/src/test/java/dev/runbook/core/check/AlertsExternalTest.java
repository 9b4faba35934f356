package dev.runbook.core.check;

import static org.assertj.core.api.Assertions.assertThat;

import com.sun.net.httpserver.HttpServer;
import dev.runbook.core.report.Diagnostic;
import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Runbook URLs that match no pattern are left to {@code --external} (SPEC §7.2): with it they are
 * requested like external links, through the same cache, and a dead one is an RB602 at the rules
 * file's line; without it nothing is requested. A local server stands in for the wiki.
 */
class AlertsExternalTest {
  private static final Clock TODAY = Clock.fixed(Instant.parse("2026-11-28T12:00:00Z"), ZoneOffset.UTC);

  @TempDir Path repo;
  HttpServer server;
  String base;
  final List<String> requests = new CopyOnWriteArrayList<>();

  @BeforeEach
  void setUp() throws IOException {
    server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
    server.createContext("/", ex -> {
      requests.add(ex.getRequestMethod() + " " + ex.getRequestURI().getPath());
      try (ex) {
        ex.sendResponseHeaders(ex.getRequestURI().getPath().startsWith("/wiki/ok") ? 200 : 404, -1);
      }
    });
    server.start();
    base = "http://127.0.0.1:" + server.getAddress().getPort();
    write("runbook.yml", """
        root: runbooks
        sections: [Overview]
        rules: {RB201: off, RB401: off, RB405: off}
        alerts:
          rules: ["deploy/*.yaml"]
          runbook_urls: ["https://runbooks.example.org/{path}"]
        """);
    write("runbooks/README.md", "# Runbooks\n\n- [Disk full](disk-full.md)\n");
    write("runbooks/disk-full.md", "# Disk full\n\n## Overview\n\nFree space.\n");
    write("deploy/alerts.yaml", """
        groups:
        - name: g
          rules:
          - alert: DiskFull
            expr: up == 0
            annotations:
              runbook_url: https://runbooks.example.org/disk-full
          - alert: WikiOk
            expr: up == 0
            annotations:
              runbook_url: %1$s/wiki/ok#steps
          - alert: WikiGone
            expr: up == 0
            annotations:
              runbook_url: %1$s/wiki/gone
        """.formatted(base));
  }

  @AfterEach
  void stop() {
    server.stop(0);
  }

  private void write(String path, String text) throws IOException {
    Path f = repo.resolve(path);
    Files.createDirectories(f.getParent());
    Files.writeString(f, text);
  }

  private CheckResult check(boolean external) throws CheckFailure {
    return new CheckRunner().run(new CheckOptions(repo, Optional.empty(), List.of(), Optional.empty(), TODAY,
        external, Optional.of(repo.resolve("links.cache")), Optional.empty(), 1, List.of()));
  }

  private static List<String> alertFindings(CheckResult r) {
    return r.report().diagnostics().stream().filter(d -> d.rule().startsWith("RB60"))
        .map(d -> d.file() + ":" + d.line() + ":" + d.column() + " " + d.rule()).toList();
  }

  @Test
  void withoutExternalAUrlThatMatchesNoPatternIsNotRequested() throws Exception {
    assertThat(alertFindings(check(false))).isEmpty();
    assertThat(requests).isEmpty();
  }

  @Test
  void withExternalADeadUrlThatMatchesNoPatternIsAnRb602AtItsAnnotation() throws Exception {
    CheckResult r = check(true);
    assertThat(alertFindings(r)).containsExactly("../deploy/alerts.yaml:15:7 RB602");
    Diagnostic d = r.report().diagnostics().stream().filter(x -> x.rule().equals("RB602")).findFirst().orElseThrow();
    assertThat(d.message()).startsWith("alert 'WikiGone': '" + base + "/wiki/gone' ")
        .contains("404", "matches no runbook_urls pattern", "--external");
    assertThat(d.sourceLine()).contains("/wiki/gone");
    assertThat(requests).as("each URL once, without its fragment; the pattern's URL is not requested")
        .anyMatch(q -> q.endsWith(" /wiki/ok")).anyMatch(q -> q.endsWith(" /wiki/gone"))
        .noneMatch(q -> q.contains("disk-full"));
  }

  @Test
  void aSecondRunAnswersFromTheSameCacheAsExternalLinks() throws Exception {
    check(true);
    int first = requests.size();
    assertThat(alertFindings(check(true))).containsExactly("../deploy/alerts.yaml:15:7 RB602");
    assertThat(requests).hasSize(first);
  }
}
