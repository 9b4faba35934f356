package dev.runbook.core.rules.external;

import java.io.IOException;
import java.io.InputStream;
import java.net.ConnectException;
import java.net.URI;
import java.net.UnknownHostException;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.nio.channels.UnresolvedAddressException;
import java.time.Clock;
import java.time.Duration;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/**
 * Checks one http(s) URL: HEAD first, GET when HEAD is refused, retries with back-off. Only the
 * status line and headers are read; a GET body is dropped unread. Thread-safe when its
 * {@link HttpClient} is.
 */
final class LinkProbe {
  /** The longest a {@code Retry-After} answer makes us wait. */
  static final Duration RETRY_AFTER_CAP = Duration.ofSeconds(10);

  private static final Map<Integer, String> REASONS = Map.ofEntries(
      Map.entry(400, "Bad Request"), Map.entry(401, "Unauthorized"),
      Map.entry(402, "Payment Required"), Map.entry(403, "Forbidden"),
      Map.entry(404, "Not Found"), Map.entry(405, "Method Not Allowed"),
      Map.entry(406, "Not Acceptable"), Map.entry(407, "Proxy Authentication Required"),
      Map.entry(408, "Request Timeout"), Map.entry(409, "Conflict"), Map.entry(410, "Gone"),
      Map.entry(411, "Length Required"), Map.entry(412, "Precondition Failed"),
      Map.entry(414, "URI Too Long"), Map.entry(415, "Unsupported Media Type"),
      Map.entry(418, "I'm a teapot"), Map.entry(421, "Misdirected Request"),
      Map.entry(422, "Unprocessable Content"), Map.entry(423, "Locked"),
      Map.entry(425, "Too Early"), Map.entry(426, "Upgrade Required"),
      Map.entry(428, "Precondition Required"), Map.entry(429, "Too Many Requests"),
      Map.entry(431, "Request Header Fields Too Large"),
      Map.entry(451, "Unavailable For Legal Reasons"), Map.entry(500, "Internal Server Error"),
      Map.entry(501, "Not Implemented"), Map.entry(502, "Bad Gateway"),
      Map.entry(503, "Service Unavailable"), Map.entry(504, "Gateway Timeout"),
      Map.entry(505, "HTTP Version Not Supported"), Map.entry(507, "Insufficient Storage"),
      Map.entry(508, "Loop Detected"), Map.entry(511, "Network Authentication Required"));

  private final HttpClient client;
  private final ExternalLinkOptions options;
  private final Clock clock;

  LinkProbe(HttpClient client, ExternalLinkOptions options, Clock clock) {
    this.client = client;
    this.options = options;
    this.clock = clock;
  }

  /**
   * The longest one request may take before we stop waiting for it, whatever the HTTP client's own
   * time-out covers (following redirects makes several requests of one).
   */
  static Duration hardLimit(ExternalLinkOptions options) {
    return options.timeout().multipliedBy(2);
  }

  /**
   * Checks {@code uri} (no fragment), trying up to {@code 1 + retries} times.
   *
   * @throws InterruptedException when the thread is interrupted: the check was given up
   */
  LinkStatus probe(URI uri) throws InterruptedException {
    String url = uri.toString();
    for (int attempt = 1; ; attempt++) {
      boolean lastTry = attempt > options.retries();
      Duration wait;
      try {
        HttpResponse<?> response = request(uri);
        int status = response.statusCode();
        if (status >= 200 && status < 400) {
          return redirectProblem(response)
              .map(problem -> new LinkStatus(url, false, status, problem, false))
              .orElseGet(() -> new LinkStatus(url, true, status, "", false));
        }
        boolean retryable = status == 429 || status >= 500;
        if (!retryable || lastTry) {
          String problem = "answered " + describe(status) + attempts(attempt);
          return new LinkStatus(url, false, status, problem, false);
        }
        wait = status == 429
            ? retryAfter(response).orElse(backoff(url, attempt))
            : backoff(url, attempt);
      } catch (IOException e) {
        boolean unknownHost = isUnknownHost(e);
        if (unknownHost || lastTry) {
          // A name that does not resolve now will not resolve a second later.
          String problem = describe(e, options.timeout()) + attempts(attempt);
          return new LinkStatus(url, false, 0, problem, false);
        }
        wait = backoff(url, attempt);
      }
      Thread.sleep(wait.toMillis());
    }
  }

  private HttpResponse<InputStream> request(URI uri) throws IOException, InterruptedException {
    HttpResponse<InputStream> head = send(uri, "HEAD");
    int status = head.statusCode();
    // Some servers refuse HEAD outright, or forbid it while they allow GET.
    if (status == 405 || status == 501 || status == 403) {
      return send(uri, "GET");
    }
    return head;
  }

  private HttpResponse<InputStream> send(URI uri, String method)
      throws IOException, InterruptedException {
    HttpRequest request = HttpRequest.newBuilder(uri)
        .method(method, HttpRequest.BodyPublishers.noBody())
        .timeout(options.timeout())
        .header("User-Agent", options.userAgent())
        .header("Accept", "*/*")
        .build();
    CompletableFuture<HttpResponse<InputStream>> pending =
        client.sendAsync(request, HttpResponse.BodyHandlers.ofInputStream());
    try {
      HttpResponse<InputStream> response =
          pending.get(hardLimit(options).toMillis(), TimeUnit.MILLISECONDS);
      // Only the status matters: closing the body unread stops a GET from downloading the page.
      response.body().close();
      return response;
    } catch (TimeoutException e) {
      pending.cancel(true);
      throw new HttpTimeoutException("no answer within " + describe(hardLimit(options)));
    } catch (InterruptedException e) {
      pending.cancel(true);
      throw e;
    } catch (ExecutionException e) {
      if (e.getCause() instanceof IOException io) {
        throw io;
      }
      throw new IOException(e.getCause());
    }
  }

  /**
   * Why a 3xx answer is a failure, if it is. The client follows redirects itself and hands back a
   * 3xx only when it stopped: after too many (a loop), or when it refuses to go from https to
   * http. The latter is a working link.
   */
  private static Optional<String> redirectProblem(HttpResponse<?> response) {
    Optional<String> location = response.headers().firstValue("Location");
    if (response.statusCode() < 300 || location.isEmpty()) {
      return Optional.empty();
    }
    URI target;
    try {
      target = response.uri().resolve(location.get().strip());
    } catch (IllegalArgumentException e) {
      return Optional.of("redirects to an invalid URL: " + location.get());
    }
    boolean downgrade = "https".equalsIgnoreCase(response.uri().getScheme())
        && "http".equalsIgnoreCase(target.getScheme());
    if (downgrade) {
      return Optional.empty();
    }
    return Optional.of("stopped after too many redirects (a redirect loop?), last to " + target);
  }

  /** {@code Retry-After} as seconds or an HTTP date, capped at {@link #RETRY_AFTER_CAP}. */
  private Optional<Duration> retryAfter(HttpResponse<?> response) {
    Optional<String> header = response.headers().firstValue("Retry-After").map(String::strip);
    if (header.isEmpty()) {
      return Optional.empty();
    }
    Duration wait;
    try {
      wait = Duration.ofSeconds(Long.parseLong(header.get()));
    } catch (NumberFormatException e) {
      try {
        ZonedDateTime at = ZonedDateTime.parse(header.get(), DateTimeFormatter.RFC_1123_DATE_TIME);
        wait = Duration.between(clock.instant(), at.toInstant());
      } catch (DateTimeParseException notADate) {
        return Optional.empty();
      }
    }
    if (wait.isNegative()) {
      return Optional.of(Duration.ZERO);
    }
    return Optional.of(wait.compareTo(RETRY_AFTER_CAP) > 0 ? RETRY_AFTER_CAP : wait);
  }

  /**
   * The wait before retry number {@code attempt}: {@code backoff × 2^(attempt-1)} plus up to a
   * tenth of {@code backoff}, derived from the URL so runs repeat exactly yet hosts do not retry in
   * lock step.
   */
  static Duration backoff(Duration backoff, String url, int attempt) {
    long base = backoff.toMillis();
    long doubled = base << Math.min(attempt - 1, 16);
    long jitter = base < 10 ? 0 : Math.floorMod(Objects.hash(url, attempt), base / 10 + 1);
    return Duration.ofMillis(doubled + jitter);
  }

  private Duration backoff(String url, int attempt) {
    return backoff(options.backoff(), url, attempt);
  }

  private static String attempts(int attempt) {
    return attempt == 1 ? "" : " (" + attempt + " attempts)";
  }

  /** {@code 404 Not Found}, or just the number for a status without a well-known phrase. */
  static String describe(int status) {
    String reason = REASONS.get(status);
    return reason == null ? Integer.toString(status) : status + " " + reason;
  }

  /** A short sentence for an I/O failure. */
  static String describe(IOException e, Duration timeout) {
    if (e instanceof HttpTimeoutException) {
      return "timed out after " + describe(timeout);
    }
    if (isUnknownHost(e)) {
      return "unknown host";
    }
    for (Throwable t = e; t != null; t = t.getCause()) {
      if (t instanceof ConnectException) {
        String message = deepestMessage(e);
        return message == null || message.toLowerCase(Locale.ROOT).contains("refused")
            ? "connection refused"
            : "could not connect (" + message + ")";
      }
    }
    String message = deepestMessage(e);
    return "request failed (" + e.getClass().getSimpleName()
        + (message == null ? "" : ": " + message) + ")";
  }

  private static boolean isUnknownHost(Throwable e) {
    for (Throwable t = e; t != null; t = t.getCause()) {
      if (t instanceof UnknownHostException || t instanceof UnresolvedAddressException) {
        return true;
      }
    }
    return false;
  }

  private static String deepestMessage(Throwable e) {
    String message = null;
    for (Throwable t = e; t != null; t = t.getCause()) {
      if (t.getMessage() != null && !t.getMessage().isBlank()) {
        message = t.getMessage();
      }
    }
    return message;
  }

  /** {@code 300 ms}, {@code 10 s}, {@code 1.5 s} or {@code 2 min 5 s}. */
  static String describe(Duration d) {
    long ms = d.toMillis();
    if (ms < 1000) {
      return ms + " ms";
    }
    if (ms < 60_000) {
      return ms % 1000 == 0 ? ms / 1000 + " s" : String.format(Locale.ROOT, "%.1f s", ms / 1000.0);
    }
    long s = Math.round(ms / 1000.0);
    return s / 60 + " min" + (s % 60 == 0 ? "" : " " + s % 60 + " s");
  }
}
