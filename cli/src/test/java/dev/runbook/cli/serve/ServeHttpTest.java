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
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** A started server on a free port, over real HTTP: pages, refusals, the reload channel, the overlay data. */
class ServeHttpTest {
  /** The id of the reload event that says the site is built: the pages served after it have seen it. */
  static final long BUILT = 1;
  @TempDir Path tmp;
  Path root;
  LivePreview live;
  int port;
  final StringWriter out = new StringWriter();
  final StringWriter err = new StringWriter();
  final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

  @BeforeEach
  void start() throws Exception {
    root = SampleRunbooks.write(tmp.resolve("repo"));
    live = LivePreview.start(settings(), new PrintWriter(out, true), new PrintWriter(err, true));
    live.built().get(60, TimeUnit.SECONDS);
    port = live.url().getPort();
  }

  LivePreview.Settings settings() {
    Clock clock = Clock.fixed(LocalDate.parse(SampleRunbooks.TODAY).atStartOfDay(ZoneOffset.UTC).toInstant(), ZoneOffset.UTC);
    CheckOptions check = new CheckOptions(tmp.resolve("repo"), Optional.of(Path.of("runbooks")), List.of(),
        Optional.empty(), clock, false, Optional.empty(), Optional.empty(), 2);
    return new LivePreview.Settings(check, "127.0.0.1", 0, false, Duration.ofMillis(40), false, clock,
        PreviewServer.Timeouts.DEFAULT);
  }

  @AfterEach
  void stop() {
    live.close();
  }

  HttpResponse<String> get(String path) throws Exception {
    return http.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path)).build(),
        HttpResponse.BodyHandlers.ofString());
  }

  @Test
  void printsTheAddressAndTheBuild() {
    assertThat(out.toString()).contains("runbook: checked 3 files and built the site in ")
        .contains("serving runbooks/ at http://127.0.0.1:" + port + "/ (Ctrl-C to stop)");
    assertThat(err.toString()).isEmpty();
  }

  @Test
  void servesTheSiteWithContentTypesAndTheLiveScriptOnlyInServedPages() throws Exception {
    String[][] expected = {
      {"/", "text/html; charset=utf-8"},
      {"/index.html", "text/html; charset=utf-8"},
      {"/database/failover.html", "text/html; charset=utf-8"},
      {"/database/", "text/html; charset=utf-8"},
      {"/-/review.html", "text/html; charset=utf-8"},
      {"/-/assets/runbook.css", "text/css; charset=utf-8"},
      {"/-/assets/runbook.js", "text/javascript; charset=utf-8"},
      {"/-/assets/favicon.svg", "image/svg+xml"},
      {"/-/search-index.js", "text/javascript; charset=utf-8"},
      {"/runbooks.json", "application/json; charset=utf-8"},
      {"/__runbook/live.js", "text/javascript; charset=utf-8"},
      {"/__runbook/diagnostics?page=index.html", "application/json; charset=utf-8"},
    };
    for (String[] e : expected) {
      HttpResponse<String> r = get(e[0]);
      if (e[0].equals("/database/")) {
        assertThat(r.statusCode()).as(e[0]).isEqualTo(404);
        continue;
      }
      assertThat(r.statusCode()).as(e[0]).isEqualTo(200);
      assertThat(r.headers().firstValue("Content-Type")).as(e[0]).contains(e[1]);
      assertThat(r.headers().firstValue("X-Content-Type-Options")).contains("nosniff");
      assertThat(r.headers().firstValue("Cache-Control")).contains("no-store");
    }
    HttpResponse<String> page = get("/database/failover.html");
    assertThat(page.body()).contains("<h1", "Database Failover")
        .contains("<script src=\"/__runbook/live.js\" data-since=\"1\" defer></script>\n</head>");
    String onDisk = Files.readString(live.folder().resolve("database/failover.html"));
    assertThat(onDisk).doesNotContain("__runbook");
    try (Stream<Path> files = Files.walk(live.folder())) {
      for (Path f : files.filter(Files::isRegularFile).toList()) {
        assertThat(Files.readString(f, StandardCharsets.ISO_8859_1)).as(f.toString()).doesNotContain("__runbook");
      }
    }
    assertThat(live.folder().startsWith(root.toRealPath())).isFalse();
    try (Stream<Path> files = Files.walk(root)) {
      assertThat(files.filter(p -> p.toString().endsWith(".html"))).isEmpty();
    }
  }

  @Test
  void missingPagesGetTheSitesNotFoundPageAndFoldersARedirect() throws Exception {
    HttpResponse<String> missing = get("/database/nothing-here.html");
    assertThat(missing.statusCode()).isEqualTo(404);
    assertThat(missing.body()).contains("Page not found", "/__runbook/live.js");
    RawHttp.Response folder = RawHttp.get(port, "/database", "127.0.0.1:" + port);
    assertThat(folder.status()).isEqualTo(301);
    assertThat(folder.headers().get("location")).isEqualTo("/database/");
    HttpResponse<String> post = http.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/index.html"))
        .POST(HttpRequest.BodyPublishers.ofString("x")).build(), HttpResponse.BodyHandlers.ofString());
    assertThat(post.statusCode()).isEqualTo(405);
    HttpResponse<String> head = http.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/index.html"))
        .method("HEAD", HttpRequest.BodyPublishers.noBody()).build(), HttpResponse.BodyHandlers.ofString());
    assertThat(head.statusCode()).isEqualTo(200);
    assertThat(head.body()).isEmpty();
  }

  @ParameterizedTest
  @ValueSource(strings = {
    "/../../../../etc/passwd",
    "/%2e%2e/%2e%2e/%2e%2e/etc/passwd",
    "/%2E%2E%2F%2E%2E%2Fetc%2Fpasswd",
    "/..%2f..%2f..%2fetc%2fpasswd",
    "/%252e%252e/%252e%252e/etc/passwd",
    "/%252e%252e%252f%252e%252e%252fetc%252fpasswd",
    "/..%5c..%5c..%5cetc%5cpasswd",
    "/%5c..%5c..%5cetc%5cpasswd",
    "/....//....//etc/passwd",
    "/index.html%00.css",
    "/%00",
    "/.%2e/.%2e/etc/passwd",
    "/%2e%2e",
    "//etc/passwd",
    "http://127.0.0.1/../../etc/passwd",
    "/assets/../../../etc/passwd",
    "/assets/%2e%2e/%2e%2e/etc/passwd",
    "/%c0%ae%c0%ae/%c0%ae%c0%ae/etc/passwd",
    "/..;/..;/etc/passwd",
    "/./index.html",
    "/.runbook-site",
    "/database//failover.html",
    "/escape/passwd",
    "/escape.txt",
  })
  void pathsThatLeaveTheSiteAreRefusedWith404AndNoBody(String path) throws Exception {
    Files.createSymbolicLink(live.folder().resolve("escape"), Path.of("/etc"));
    Path secret = Files.writeString(tmp.resolve("secret.txt"), "top secret");
    Files.createSymbolicLink(live.folder().resolve("escape.txt"), secret);
    RawHttp.Response r = RawHttp.get(port, path, "127.0.0.1:" + port);
    assertThat(r.status()).as(path).isEqualTo(404);
    assertThat(r.body()).as(path).isEmpty();
  }

  @ParameterizedTest
  @ValueSource(strings = {"/..\\..\\..\\etc\\passwd", "/\\..\\etc\\passwd"})
  void rawBackslashesAreRejectedBeforeTheSite(String path) throws Exception {
    RawHttp.Response r = RawHttp.get(port, path, "127.0.0.1:" + port);
    assertThat(r.status()).as(path).isIn(400, 404);
    assertThat(r.text()).doesNotContain("root:").doesNotContain("<html lang");
  }

  @Test
  void aSymlinkThatStaysInsideTheSiteIsServed() throws Exception {
    Files.createSymbolicLink(live.folder().resolve("alias.html"), live.folder().resolve("index.html"));
    assertThat(get("/alias.html").statusCode()).isEqualTo(200);
  }

  @Test
  void foreignHostsAndOriginsAreRefused() throws Exception {
    String self = "127.0.0.1:" + port;
    assertThat(RawHttp.get(port, "/index.html", self).status()).isEqualTo(200);
    assertThat(RawHttp.get(port, "/index.html", "localhost:" + port).status()).isEqualTo(200);
    assertThat(RawHttp.get(port, "/index.html", "evil.example:" + port).status()).isEqualTo(403);
    assertThat(RawHttp.get(port, "/index.html", "evil.example:" + port).body()).isEmpty();
    assertThat(RawHttp.get(port, "/index.html", "127.0.0.1:1").status()).isEqualTo(403);
    assertThat(RawHttp.get(port, "/index.html", null).status()).isIn(400, 403);
    assertThat(RawHttp.get(port, "/__runbook/events", "evil.example:" + port).status()).isEqualTo(403);
    assertThat(RawHttp.get(port, "/__runbook/diagnostics?page=index.html", self, "Origin: http://evil.example").status())
        .isEqualTo(403);
    assertThat(RawHttp.get(port, "/__runbook/events", self, "Origin: http://evil.example").status()).isEqualTo(403);
    assertThat(RawHttp.get(port, "/__runbook/events", self, "Origin: null").status()).isEqualTo(403);
    assertThat(RawHttp.get(port, "/__runbook/diagnostics?page=index.html", self, "Origin: http://" + self).status())
        .isEqualTo(200);
  }

  @Test
  void aSaveSendsAReloadEventForTheChangedPageAndTheOverlayShowsTheNewFinding() throws Exception {
    try (Events events = Events.open(http, port, BUILT)) {
      Path file = root.resolve("database/failover.md");
      Files.writeString(file, Files.readString(file).replace("Promote the standby", "TODO: promote the standby"));
      assertThat(events.until("database/failover.html")).contains("\"all\":false");
      HttpResponse<String> page = get("/database/failover.html");
      assertThat(page.body()).contains("TODO: promote the standby");
      String overlay = get("/__runbook/diagnostics?page=database%2Ffailover.html").body();
      assertThat(overlay).contains("\"document\":\"database/failover.md\"", "\"rule\":\"RB502\"", "\"line\":13",
          "\"severity\":\"warning\"");
    }
    // The rebuild line and the reload event leave on different threads: allow the line a moment.
    java.util.regex.Pattern line = java.util.regex.Pattern.compile(
        "\\d\\d:\\d\\d:\\d\\d database/failover.md: \\d+ files in \\d+ ms; 1 warning in it; 1 warning in all");
    long deadline = System.nanoTime() + java.util.concurrent.TimeUnit.SECONDS.toNanos(5);
    while (!line.matcher(out.toString()).find() && System.nanoTime() < deadline) {
      Thread.sleep(20);
    }
    assertThat(out.toString()).containsPattern(line);
  }

  @Test
  void aLinkedSvgThatGainsAScriptWhileServingIsNoLongerServed() throws Exception {
    Path svg = root.resolve("database/diagram.svg");
    try (Events events = Events.open(http, port, BUILT)) {
      Files.writeString(svg, "<svg xmlns=\"http://www.w3.org/2000/svg\"><rect width=\"4\" height=\"4\"/></svg>");
      Path file = root.resolve("database/failover.md");
      Files.writeString(file, Files.readString(file) + "\n![Diagram](diagram.svg)\n");
      events.until("database/failover.html");
      assertThat(get("/database/diagram.svg").statusCode()).isEqualTo(200);

      events.mark();
      Files.writeString(svg, "<svg xmlns=\"http://www.w3.org/2000/svg\"><s:script xmlns:s=\"http://www.w3.org/2000/svg\">"
          + "alert(1)</s:script></svg>");
      events.until("database/failover.html");
    }
    assertThat(get("/database/diagram.svg").statusCode()).isEqualTo(404);
    assertThat(get("/database/failover.html").body())
        .contains("title=\"not published: the SVG has a &lt;s:script&gt; element (line 1)\">Diagram</span>");
  }

  @Test
  void aBrokenRunbookStillRendersWithItsFindingsAndTheServerGoesOn() throws Exception {
    try (Events events = Events.open(http, port, BUILT)) {
      Path file = root.resolve("database/restore.md");
      Files.writeString(file, "---\nrisk: [medium\nowner: x\n---\n# Restore Backup\n\nHalf written ![pic](nowhere.png)\n");
      events.until("database/restore.html");
    }
    HttpResponse<String> page = get("/database/restore.html");
    assertThat(page.statusCode()).isEqualTo(200);
    assertThat(page.body()).contains("Restore Backup", "Half written");
    String overlay = get("/__runbook/diagnostics?page=database/restore.html").body();
    assertThat(overlay).contains("\"rule\":\"RB504\"", "\"rule\":\"RB101\"", "\"rule\":\"RB301\"");
    assertThat(get("/index.html").statusCode()).isEqualTo(200);
  }

  @Test
  void aDeletedRunbookIsGoneAndANewOneAppearsInTheListings() throws Exception {
    try (Events events = Events.open(http, port, BUILT)) {
      Files.delete(root.resolve("database/restore.md"));
      events.until("database/restore.html");
      assertThat(get("/database/restore.html").statusCode()).isEqualTo(404);
      assertThat(get("/__runbook/diagnostics?page=database/failover.html").body()).contains("\"rule\":\"RB301\"");
      events.until("index.html");
      assertThat(get("/index.html").body()).doesNotContain("Restore Backup</a>");

      events.mark();
      Files.createDirectories(root.resolve("network"));
      Files.writeString(root.resolve("network/dns.md"), SampleRunbooks.runbook("Flush DNS", "Clear caches."));
      events.until("network/dns.html");
      // The file may be seen empty first (created, then written): its page follows the write.
      long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(5);
      while (!get("/network/dns.html").body().contains("Flush DNS") && System.nanoTime() < deadline) {
        Thread.sleep(20);
      }
      assertThat(get("/network/dns.html").body()).contains("Flush DNS");
      events.until("index.html");
      assertThat(get("/index.html").body()).contains("Flush DNS");
      assertThat(get("/__runbook/diagnostics?page=network/dns.html").body()).contains("\"rule\":\"RB304\"");
    }
  }

  @Test
  void aPageOpenedBeforeASaveHearsOfItWhenItConnectsLate() throws Exception {
    String since = get("/database/failover.html").body().replaceAll("(?s).*data-since=\"(\\d+)\".*", "$1");
    Path file = root.resolve("database/failover.md");
    Files.writeString(file, Files.readString(file).replace("Promote the standby", "Promote the warm standby"));
    long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(5);
    while (!get("/database/failover.html").body().contains("warm standby") && System.nanoTime() < deadline) {
      Thread.sleep(50);
    }
    try (Events events = Events.open(http, port, Long.parseLong(since))) {
      assertThat(events.until("database/failover.html")).contains("database/failover.html");
    }
  }

  @Test
  void closingStopsTheServerAndRemovesTheTemporaryFolder() throws Exception {
    Path folder = live.folder();
    live.close();
    assertThat(folder).doesNotExist();
    assertThat(folder.getParent()).doesNotExist();
    try {
      RawHttp.get(port, "/index.html", "127.0.0.1:" + port);
      throw new AssertionError("the server still answers");
    } catch (IOException expected) {
      // Connection refused.
    }
  }

  /** The reload channel, read on a thread of its own. */
  static final class Events implements AutoCloseable {
    private final List<String> data = new java.util.concurrent.CopyOnWriteArrayList<>();
    private volatile int mark;
    private final Thread reader;
    private volatile Stream<String> lines;

    private Events(HttpClient http, int port, long since) throws Exception {
      HttpResponse<Stream<String>> r = http.send(HttpRequest.newBuilder(
          URI.create("http://127.0.0.1:" + port + "/__runbook/events?since=" + since)).build(),
          HttpResponse.BodyHandlers.ofLines());
      assertThat(r.statusCode()).isEqualTo(200);
      assertThat(r.headers().firstValue("Content-Type")).contains("text/event-stream; charset=utf-8");
      lines = r.body();
      reader = new Thread(() -> {
        try {
          lines.filter(l -> l.startsWith("data: ")).forEach(l -> data.add(l.substring(6)));
        } catch (RuntimeException e) {
          // Closed.
        }
      });
      reader.setDaemon(true);
      reader.start();
    }

    static Events open(HttpClient http, int port, long since) throws Exception {
      return new Events(http, port, since);
    }

    /** Forgets the events so far: {@link #until} looks at later ones only. */
    void mark() {
      mark = data.size();
    }

    /** The first event since the mark that names the page, waiting up to 5 seconds. */
    String until(String page) throws InterruptedException {
      long end = System.nanoTime() + TimeUnit.SECONDS.toNanos(5);
      while (System.nanoTime() < end) {
        for (String d : data.subList(mark, data.size())) {
          if (d.contains("\"" + page + "\"") || d.contains("\"all\":true")) {
            return d;
          }
        }
        Thread.sleep(20);
      }
      throw new AssertionError("no reload event for " + page + " within 5 s; got " + data.subList(mark, data.size()));
    }

    @Override
    public void close() {
      lines.close();
      reader.interrupt();
    }
  }
}
