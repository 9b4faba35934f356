package dev.runbook.cli.serve;

import static org.assertj.core.api.Assertions.assertThat;

import dev.runbook.core.check.CheckOptions;
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
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code runbook serve} answers before its site is built: every page is made when it is asked
 * for, shows what its own file says and nothing it cannot know yet, and reloads, complete, once
 * the site is built. The build is held back here until the test lets it run.
 */
class ServeBeforeBuiltTest {
  @TempDir Path tmp;
  Path root;
  LivePreview live;
  int port;
  final CompletableFuture<Runnable> build = new CompletableFuture<>();
  final StringWriter out = new StringWriter();
  final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

  @BeforeEach
  void start() throws Exception {
    root = SampleRunbooks.write(tmp.resolve("repo"));
    Files.writeString(root.resolve("database/failover.md"), Files.readString(root.resolve("database/failover.md"))
        .replace("See [Restore Backup](restore.md).", "See [Restore Backup](restore.md#steps)."));
    Clock clock = Clock.fixed(LocalDate.parse(SampleRunbooks.TODAY).atStartOfDay(ZoneOffset.UTC).toInstant(),
        ZoneOffset.UTC);
    CheckOptions check = new CheckOptions(tmp.resolve("repo"), Optional.of(Path.of("runbooks")), List.of(),
        Optional.empty(), clock, false, Optional.empty(), Optional.empty(), 2);
    live = LivePreview.start(new LivePreview.Settings(check, "127.0.0.1", 0, false, Duration.ofMillis(40), false,
        clock, PreviewServer.Timeouts.DEFAULT), new PrintWriter(out, true), new PrintWriter(new StringWriter(), true),
        build::complete);
    port = live.url().getPort();
  }

  @AfterEach
  void stop() {
    live.close();
  }

  /** Lets the held build run, on a thread of its own, and waits for it. */
  private void finishBuild() throws Exception {
    Thread t = new Thread(build.get(5, TimeUnit.SECONDS));
    t.start();
    live.built().get(30, TimeUnit.SECONDS);
  }

  HttpResponse<String> get(String path) throws Exception {
    return http.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path)).build(),
        HttpResponse.BodyHandlers.ofString());
  }

  @Test
  void aRunbookPageIsMadeWhenAskedForWithEverythingItsFileSaysAndNoBacklinksClaimed() throws Exception {
    assertThat(out.toString()).contains("serving runbooks/ at http://127.0.0.1:" + port + "/ (Ctrl-C to stop)")
        .doesNotContain("built the site");
    HttpResponse<String> early = get("/database/failover.html");
    assertThat(early.statusCode()).isEqualTo(200);
    assertThat(early.headers().firstValue("Content-Type")).contains("text/html; charset=utf-8");
    assertThat(early.body()).contains("<h1", "Database Failover", "Promote the standby when the primary is lost",
        "team-dba", "<a href=\"restore.html#steps\">Restore Backup</a>", ">Database</a>",
        "The pages that link here are listed once every runbook is read.", "/__runbook/live.js")
        .doesNotContain("No other page links here.");
    assertThat(get("/__runbook/diagnostics?page=database/failover.html").body())
        .contains("\"document\":\"database/failover.md\"", "\"findings\":[]", "\"pending\":\"checking 3 files\"");

    finishBuild();
    String full = get("/database/failover.html").body();
    assertThat(full).contains("<li><a href=\"../index.html\">Sample Runbooks</a></li>")
        .doesNotContain("once every runbook is read");
    assertThat(beforeFooter(early.body())).as("the same page but for what needs the whole set")
        .isEqualTo(beforeFooter(full.replace("data-since=\"1\"", "data-since=\"0\"")));
    assertThat(get("/__runbook/diagnostics?page=database/failover.html").body()).contains("\"pending\":null");
  }

  @Test
  void beforeTheBuildOnlyFilesThatAPageLinksToAreServed() throws Exception {
    byte[] png = {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1a, '\n', 0, 0, 0, 0};
    Files.write(root.resolve("database/diagram.png"), png);
    Files.writeString(root.resolve("database/passwords.txt"), "db: hunter2\n");
    Path failover = root.resolve("database/failover.md");
    Files.writeString(failover, Files.readString(failover) + "\n![Diagram](diagram.png)\n");

    assertThat(get("/database/diagram.png").statusCode()).as("no page asked for links it yet").isEqualTo(404);
    assertThat(get("/database/failover.html").body()).contains("diagram.png");
    assertThat(get("/database/diagram.png").statusCode()).isEqualTo(200);
    assertThat(get("/database/passwords.txt").statusCode()).as("lying in the folder is not being linked").isEqualTo(404);

    finishBuild();
    assertThat(get("/database/diagram.png").statusCode()).isEqualTo(200);
    assertThat(get("/database/passwords.txt").statusCode()).isEqualTo(404);
  }

  @Test
  void theHomePageShowsTheIndexPageAndSaysTheListingComes() throws Exception {
    HttpResponse<String> home = get("/");
    assertThat(home.statusCode()).isEqualTo(200);
    assertThat(home.body()).contains("<h1", "Sample Runbooks", "<a href=\"database/failover.html\">Database Failover</a>",
        "The runbooks are listed here once every one is read.")
        .doesNotContain("No runbooks yet", "runbooks · ", "0 overdue");
    finishBuild();
    assertThat(get("/").body()).contains("2 runbooks · ").doesNotContain("once every one is read");
  }

  @Test
  void theSitesOwnPagesSayTheyComeAndMissingPagesAreNotFound() throws Exception {
    HttpResponse<String> review = get("/-/review.html");
    assertThat(review.statusCode()).isEqualTo(200);
    assertThat(review.body()).contains("Review status page is made from every runbook");
    assertThat(get("/-/assets/runbook.css").statusCode()).isEqualTo(200);
    HttpResponse<String> missing = get("/database/nothing-here.html");
    assertThat(missing.statusCode()).isEqualTo(404);
    assertThat(missing.body()).contains("Page not found");
    finishBuild();
    assertThat(get("/-/review.html").body()).contains("Review status").doesNotContain("is made from every runbook");
  }

  @Test
  void aPageServedBeforeTheBuildIsToldToReloadWhenItIsDone() throws Exception {
    String since = get("/database/failover.html").body().replaceAll("(?s).*data-since=\"(\\d+)\".*", "$1");
    assertThat(since).isEqualTo("0");
    try (ServeHttpTest.Events events = ServeHttpTest.Events.open(http, port, Long.parseLong(since))) {
      finishBuild();
      assertThat(events.until("database/failover.html")).contains("\"all\":true");
    }
  }

  @Test
  void aPageShowsTheFileAsItIsWhenAskedForEvenBeforeTheBuild() throws Exception {
    assertThat(get("/database/restore.html").body()).contains("Restore last night's backup.");
    Path file = root.resolve("database/restore.md");
    Files.writeString(file, Files.readString(file).replace("last night's backup", "the newest backup"));
    assertThat(get("/database/restore.html").body()).contains("Restore the newest backup.");
    finishBuild();
    assertThat(get("/database/restore.html").body()).contains("Restore the newest backup.");
  }

  /** The page up to its footer, without the findings: what a page's own file decides. */
  private static String beforeFooter(String page) {
    String head = page.substring(0, page.indexOf("<footer class=\"page-footer\">"));
    return head.replaceAll("(?s)<section class=\"findings\">.*?</section>", "");
  }
}
