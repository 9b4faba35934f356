package dev.runbook.core.rules.external;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpHandler;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.net.ConnectException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.nio.channels.UnresolvedAddressException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

@Timeout(10)
class ExternalLinkCheckerTest {
  private static final Instant NOW = Instant.parse("2026-03-01T12:00:00Z");
  private static final Clock CLOCK = Clock.fixed(NOW, ZoneOffset.UTC);
  /** Short waits so the class runs in seconds; the server is local. */
  private static final ExternalLinkOptions FAST = ExternalLinkOptions.DEFAULTS
      .withTimeout(Duration.ofSeconds(2))
      .withBackoff(Duration.ofMillis(10));

  private HttpServer server;
  private ExecutorService serverThreads;
  private String base;
  /** Every request the server saw, as {@code METHOD /path}. */
  private final List<String> requests = new CopyOnWriteArrayList<>();
  private final Map<String, AtomicInteger> hits = new ConcurrentHashMap<>();
  private final AtomicInteger busyNow = new AtomicInteger();
  private final AtomicInteger busyMax = new AtomicInteger();

  @TempDir Path temp;

  @BeforeEach
  void startServer() throws IOException {
    server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
    serverThreads = Executors.newCachedThreadPool();
    server.setExecutor(serverThreads);
    handle("/ok", ex -> answer(ex, 200));
    handle("/missing", ex -> answer(ex, 404));
    handle("/head-not-allowed", ex -> answer(ex, ex.getRequestMethod().equals("HEAD") ? 405 : 200));
    handle("/flaky", ex -> answer(ex, hit("/flaky") <= 2 ? 503 : 200));
    handle("/slow", ex -> {
      sleep(2_000);
      answer(ex, 200);
    });
    handle("/redirect", ex -> redirect(ex, "/ok"));
    handle("/loop", ex -> redirect(ex, "/loop"));
    handle("/429", ex -> {
      if (hit("/429") == 1) {
        ex.getResponseHeaders().add("Retry-After", "1");
        answer(ex, 429);
      } else {
        answer(ex, 200);
      }
    });
    handle("/busy/", ex -> {
      busyMax.accumulateAndGet(busyNow.incrementAndGet(), Math::max);
      try {
        sleep(200);
      } finally {
        // Leave before answering: once the answer is out the client may already send the next one.
        busyNow.decrementAndGet();
      }
      answer(ex, 200);
    });
    server.start();
    base = "http://127.0.0.1:" + server.getAddress().getPort();
  }

  @AfterEach
  void stopServer() {
    server.stop(0);
    serverThreads.shutdownNow();
  }

  private void handle(String path, HttpHandler handler) {
    server.createContext(path, ex -> {
      requests.add(ex.getRequestMethod() + " " + ex.getRequestURI().getPath());
      try (ex) {
        handler.handle(ex);
      }
    });
  }

  private int hit(String path) {
    return hits.computeIfAbsent(path, p -> new AtomicInteger()).incrementAndGet();
  }

  private static void answer(HttpExchange ex, int status) throws IOException {
    if (ex.getRequestMethod().equals("HEAD")) {
      ex.sendResponseHeaders(status, -1);
      return;
    }
    byte[] body = ("status " + status).getBytes(StandardCharsets.UTF_8);
    ex.sendResponseHeaders(status, body.length);
    ex.getResponseBody().write(body);
  }

  private static void redirect(HttpExchange ex, String to) throws IOException {
    ex.getResponseHeaders().add("Location", to);
    answer(ex, 302);
  }

  private static void sleep(long millis) {
    try {
      Thread.sleep(millis);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }

  private LinkStatus checkOne(ExternalLinkOptions options, String path) {
    return new ExternalLinkChecker(options, CLOCK).check(List.of(base + path)).get(base + path);
  }

  @Test
  void aLinkThatAnswers200IsOk() {
    assertThat(checkOne(FAST, "/ok"))
        .isEqualTo(new LinkStatus(base + "/ok", true, 200, "", false));
    assertThat(requests).containsExactly("HEAD /ok");
  }

  @Test
  void aLinkThatAnswers404FailsWithoutRetrying() {
    assertThat(checkOne(FAST, "/missing"))
        .isEqualTo(new LinkStatus(base + "/missing", false, 404, "answered 404 Not Found", false));
    assertThat(requests).containsExactly("HEAD /missing");
  }

  @Test
  void headRefusedWith405FallsBackToGet() {
    assertThat(checkOne(FAST, "/head-not-allowed").status()).isEqualTo(200);
    assertThat(requests).containsExactly("HEAD /head-not-allowed", "GET /head-not-allowed");
  }

  @Test
  void a503IsRetriedUntilItRecovers() {
    LinkStatus status = checkOne(FAST, "/flaky");

    assertThat(status.ok()).isTrue();
    assertThat(requests).containsExactly("HEAD /flaky", "HEAD /flaky", "HEAD /flaky");
  }

  @Test
  void a503ThatOutlastsTheRetriesFailsNamingTheAttempts() {
    assertThat(checkOne(FAST.withRetries(1), "/flaky")).isEqualTo(new LinkStatus(base + "/flaky",
        false, 503, "answered 503 Service Unavailable (2 attempts)", false));
  }

  @Test
  void aSlowAnswerTimesOutOnEveryAttempt() {
    ExternalLinkOptions options = FAST.withTimeout(Duration.ofMillis(300)).withRetries(1);
    long start = System.nanoTime();

    LinkStatus status = checkOne(options, "/slow");

    assertThat(status).isEqualTo(new LinkStatus(base + "/slow", false, 0,
        "timed out after 300 ms (2 attempts)", false));
    assertThat(Duration.ofNanos(System.nanoTime() - start)).isLessThan(Duration.ofMillis(1_500));
  }

  @Test
  void aRedirectIsFollowed() {
    assertThat(checkOne(FAST, "/redirect").status()).isEqualTo(200);
    assertThat(requests).containsExactly("HEAD /redirect", "HEAD /ok");
  }

  @Test
  void aRedirectLoopFailsInsteadOfHanging() {
    LinkStatus status = checkOne(FAST, "/loop");

    assertThat(status.ok()).isFalse();
    assertThat(status.status()).isEqualTo(302);
    assertThat(status.problem())
        .isEqualTo("stopped after too many redirects (a redirect loop?), last to "
            + base + "/loop");
    // The JDK client stops after its fifth request (jdk.httpclient.redirects.retrylimit).
    assertThat(requests).hasSize(5).containsOnly("HEAD /loop");
  }

  @Test
  void a429IsRetriedAfterItsRetryAfter() {
    long start = System.nanoTime();

    LinkStatus status = checkOne(FAST, "/429");

    assertThat(status.ok()).isTrue();
    assertThat(requests).containsExactly("HEAD /429", "HEAD /429");
    assertThat(Duration.ofNanos(System.nanoTime() - start))
        .isGreaterThanOrEqualTo(Duration.ofMillis(950));
  }

  @Test
  void noMoreThanPerHostRequestsReachOneHostAtOnce() {
    List<String> urls = new ArrayList<>();
    for (int i = 0; i < 10; i++) {
      urls.add(base + "/busy/" + i);
    }

    Map<String, LinkStatus> statuses =
        new ExternalLinkChecker(FAST.withConcurrency(8).withPerHost(2), CLOCK).check(urls);

    assertThat(statuses.values()).allMatch(LinkStatus::ok).hasSize(10);
    assertThat(busyMax.get()).isEqualTo(2);
  }

  @Test
  void noMoreThanConcurrencyRequestsAreInFlight() {
    List<String> urls = List.of(base + "/busy/a", base + "/busy/b", base + "/busy/c");

    new ExternalLinkChecker(FAST.withConcurrency(1).withPerHost(4), CLOCK).check(urls);

    assertThat(busyMax.get()).isEqualTo(1);
    assertThat(requests).hasSize(3);
  }

  @Test
  void aRefusedConnectionFailsAfterRetries() throws IOException {
    int port;
    try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
      port = socket.getLocalPort();
    }
    String url = "http://127.0.0.1:" + port + "/";

    LinkStatus status = new ExternalLinkChecker(FAST, CLOCK).check(List.of(url)).get(url);

    assertThat(status)
        .isEqualTo(new LinkStatus(url, false, 0, "connection refused (3 attempts)", false));
  }

  @Test
  void fragmentsAreNotSentAndLinksDifferingOnlyInThemAreAskedOnce() {
    List<String> urls = List.of(base + "/ok#one", base + "/ok#two", base + "/ok", base + "/ok#one");

    Map<String, LinkStatus> statuses = new ExternalLinkChecker(FAST, CLOCK).check(urls);

    assertThat(statuses).containsOnlyKeys(base + "/ok#one", base + "/ok#two", base + "/ok");
    assertThat(statuses.get(base + "/ok#two"))
        .isEqualTo(new LinkStatus(base + "/ok#two", true, 200, "", false));
    assertThat(requests).containsExactly("HEAD /ok");
  }

  @Test
  void onlyHttpAndHttpsLinksAreChecked() {
    List<String> urls =
        List.of("mailto:ops@example.com", "ftp://example.com/x", "http://", "https://a b/");

    Map<String, LinkStatus> statuses = new ExternalLinkChecker(FAST, CLOCK).check(urls);

    assertThat(statuses.get("mailto:ops@example.com"))
        .isEqualTo(new LinkStatus("mailto:ops@example.com", false, 0, "not an http(s) URL", false));
    assertThat(statuses.get("ftp://example.com/x").problem()).isEqualTo("not an http(s) URL");
    assertThat(statuses.get("http://").problem()).startsWith("not a valid URL");
    assertThat(statuses.get("https://a b/").problem()).startsWith("not a valid URL");
    assertThat(List.copyOf(statuses.keySet())).isEqualTo(urls);
  }

  @Test
  void aSecondRunWithinTheTtlAsksNothing() {
    ExternalLinkOptions options = FAST.withCacheFile(Optional.of(temp.resolve("links.cache")));
    List<String> urls = List.of(base + "/ok", base + "/missing#x");
    new ExternalLinkChecker(options, CLOCK).check(urls);
    requests.clear();

    Map<String, LinkStatus> again = new ExternalLinkChecker(options, CLOCK).check(urls);

    assertThat(requests).isEmpty();
    assertThat(again.get(base + "/ok"))
        .isEqualTo(new LinkStatus(base + "/ok", true, 200, "", true));
    assertThat(again.get(base + "/missing#x")).isEqualTo(new LinkStatus(base + "/missing#x",
        false, 404, "answered 404 Not Found", true));
  }

  @Test
  void aGoodResultIsAskedAgainOnceTheTtlHasPassed() {
    ExternalLinkOptions options = FAST.withCacheFile(Optional.of(temp.resolve("links.cache")));
    new ExternalLinkChecker(options, CLOCK).check(List.of(base + "/ok"));
    requests.clear();

    Clock dayLater = Clock.offset(CLOCK, options.cacheTtl().plusSeconds(1));
    Map<String, LinkStatus> again =
        new ExternalLinkChecker(options, dayLater).check(List.of(base + "/ok"));

    assertThat(requests).containsExactly("HEAD /ok");
    assertThat(again.get(base + "/ok").fromCache()).isFalse();
  }

  @Test
  void aFailureIsCachedForAQuarterOfTheTtl() {
    ExternalLinkOptions options = FAST.withCacheFile(Optional.of(temp.resolve("links.cache")))
        .withCacheTtl(Duration.ofHours(4));
    new ExternalLinkChecker(options, CLOCK).check(List.of(base + "/missing"));
    requests.clear();

    new ExternalLinkChecker(options, Clock.offset(CLOCK, Duration.ofMinutes(59)))
        .check(List.of(base + "/missing"));
    assertThat(requests).isEmpty();

    new ExternalLinkChecker(options, Clock.offset(CLOCK, Duration.ofMinutes(61)))
        .check(List.of(base + "/missing"));
    assertThat(requests).containsExactly("HEAD /missing");
  }

  @Test
  void theCacheFileIsPlainTextOneLinePerUrl() throws IOException {
    Path file = temp.resolve("links.cache");
    new ExternalLinkChecker(FAST.withCacheFile(Optional.of(file)), CLOCK)
        .check(List.of(base + "/ok#top", base + "/missing", "mailto:x@example.com"));

    assertThat(Files.readString(file)).isEqualTo(LinkCache.HEADER + "\n"
        + base + "/missing\tfail\t404\t2026-03-01T12:00:00Z\tanswered 404 Not Found\n"
        + base + "/ok\tok\t200\t2026-03-01T12:00:00Z\t\n");
    assertThat(temp).isDirectoryNotContaining(path -> path.toString().endsWith(".tmp"));
  }

  @Test
  void aCorruptCacheFileIsIgnoredAndReplaced() throws IOException {
    Path file = temp.resolve("links.cache");
    Files.write(file, new byte[] {'#', ' ', (byte) 0xff, (byte) 0xfe, '\n', 'x', '\t'});
    ExternalLinkOptions options = FAST.withCacheFile(Optional.of(file));

    LinkStatus status = checkOne(options, "/ok");

    assertThat(status.ok()).isTrue();
    assertThat(Files.readString(file)).startsWith(LinkCache.HEADER + "\n");
    requests.clear();
    new ExternalLinkChecker(options, CLOCK).check(List.of(base + "/ok"));
    assertThat(requests).isEmpty();
  }

  @Test
  void aCacheFileWithABadLineIsReadAsEmpty() throws IOException {
    Path file = temp.resolve("links.cache");
    Files.writeString(file, LinkCache.HEADER + "\n" + base + "/ok\tok\t200\tyesterday\t\n");

    assertThat(LinkCache.read(file)).isEmpty();
  }

  @Test
  void withoutACacheFileNothingIsWritten() throws IOException {
    new ExternalLinkChecker(FAST, CLOCK).check(List.of(base + "/ok"));

    try (var files = Files.list(temp)) {
      assertThat(files).isEmpty();
    }
  }

  @Test
  void ioFailuresReadAsShortSentences() {
    Duration timeout = Duration.ofSeconds(10);
    ConnectException unresolved = new ConnectException();
    unresolved.initCause(new UnresolvedAddressException());

    assertThat(LinkProbe.describe(unresolved, timeout)).isEqualTo("unknown host");
    assertThat(LinkProbe.describe(new java.net.http.HttpTimeoutException("x"), timeout))
        .isEqualTo("timed out after 10 s");
    assertThat(LinkProbe.describe(new IOException("reset by peer"), timeout))
        .isEqualTo("request failed (IOException: reset by peer)");
    assertThat(LinkProbe.describe(Duration.ofSeconds(125))).isEqualTo("2 min 5 s");
  }

  @Test
  void theDeadlineCoversTheWorstCaseAndIsFinite() {
    ExternalLinkChecker checker = new ExternalLinkChecker(ExternalLinkOptions.DEFAULTS, CLOCK);

    // 3 tries × (HEAD + GET) × 20 s hard limit + 2 waits of 10 s, for 1 round, + 5 s slack.
    assertThat(checker.deadline(2)).isEqualTo(Duration.ofSeconds(145));
    assertThat(checker.deadline(3)).isEqualTo(Duration.ofSeconds(285));
  }

  @Test
  void optionsRefuseNonsense() {
    assertThatThrownBy(() -> ExternalLinkOptions.DEFAULTS.withPerHost(0))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("perHost must be at least 1, got 0");
    assertThatThrownBy(() -> ExternalLinkOptions.DEFAULTS.withTimeout(Duration.ZERO))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> ExternalLinkOptions.DEFAULTS.withUserAgent("a\r\nX-Evil: 1"))
        .isInstanceOf(IllegalArgumentException.class);
  }
}
