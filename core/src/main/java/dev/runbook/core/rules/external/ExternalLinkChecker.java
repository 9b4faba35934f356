package dev.runbook.core.rules.external;

import java.net.URI;
import java.net.URISyntaxException;
import java.net.http.HttpClient;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Collectors;

/**
 * Checks external http(s) links for rule RB305: concurrently, with a limit per host, time-outs,
 * retries and an optional cache file.
 *
 * <p>Each link is asked with HEAD, and with GET when HEAD answers 405, 501 or 403. Redirects are
 * followed; a chain the HTTP client gives up on (after 5 requests by default) fails, as a loop
 * would. A redirect from https to http is not followed, and counts as a working link. 2xx and
 * 3xx are good. 4xx fails at once, except 429, which is retried after its {@code Retry-After} (at
 * most 10 s). 5xx, time-outs and I/O errors are retried after a back-off that doubles; an unknown
 * host is not retried. A {@code #fragment} is not sent, and links differing only in it are asked
 * once. Only http and https links are checked; any other is a failure.
 *
 * <p>The cache file is UTF-8 text: the line {@code # runbook link cache v1}, then one line per URL
 * (fragment removed, sorted by URL) of five tab-separated fields: URL, {@code ok} or {@code
 * fail}, status (0 for no HTTP answer), checked-at as an ISO-8601 instant, and the problem (empty
 * when ok). A good result is used for {@code cacheTtl}, a failure for a quarter of it. The file is
 * rewritten after every check, through a temporary file moved over it; entries that expired are
 * dropped. A file that does not parse is read as empty and replaced.
 *
 * <p>Immutable and thread-safe. Every {@link #check} makes its own threads and shuts them down
 * before it returns; the clock gives the cache its notion of now.
 */
public final class ExternalLinkChecker {
  /** Slack on top of the worst case, for thread start-up and scheduling. */
  private static final Duration DEADLINE_SLACK = Duration.ofSeconds(5);

  private final ExternalLinkOptions options;
  private final Clock clock;

  /**
   * @param options how to check
   * @param clock what "now" is for the cache: when an entry was written and whether it expired
   */
  public ExternalLinkChecker(ExternalLinkOptions options, Clock clock) {
    this.options = Objects.requireNonNull(options, "options");
    this.clock = Objects.requireNonNull(clock, "clock");
  }

  /**
   * Checks every distinct URL once and, when there is a cache file, rewrites it with the results.
   * Never hangs: links still unanswered when the whole check passes its deadline (a generous
   * function of the options and the number of links) fail with a problem that says so.
   *
   * @param urls links exactly as written; duplicates are checked once
   * @return a status for every distinct URL, in the order first given; unmodifiable
   * @throws java.io.UncheckedIOException when the cache file cannot be written, naming it
   */
  public Map<String, LinkStatus> check(Collection<String> urls) {
    Map<String, String> requestUrlOf = new LinkedHashMap<>();
    for (String url : urls) {
      Objects.requireNonNull(url, "urls holds null");
      requestUrlOf.computeIfAbsent(url, u -> u.contains("#") ? u.substring(0, u.indexOf('#')) : u);
    }
    Set<String> askable = requestUrlOf.values().stream()
        .filter(requestUrl -> problemWith(requestUrl).isEmpty())
        .collect(Collectors.toCollection(LinkedHashSet::new));
    Map<String, LinkStatus> byRequestUrl = lookUp(askable);
    Map<String, LinkStatus> result = new LinkedHashMap<>();
    requestUrlOf.forEach((url, requestUrl) -> result.put(url, problemWith(requestUrl)
        .map(problem -> new LinkStatus(url, false, 0, problem, false))
        .orElseGet(() -> byRequestUrl.get(requestUrl).forUrl(url))));
    return Collections.unmodifiableMap(result);
  }

  /** Statuses for valid http(s) URLs without fragments: from the cache, else by asking. */
  private Map<String, LinkStatus> lookUp(Set<String> requestUrls) {
    Instant now = clock.instant();
    Map<String, LinkCache.Entry> cached =
        options.cacheFile().map(LinkCache::read).orElse(Map.of());
    Map<String, LinkStatus> statuses = new HashMap<>();
    List<URI> toAsk = new ArrayList<>();
    for (String url : requestUrls) {
      LinkCache.Entry entry = cached.get(url);
      if (entry != null && entry.freshAt(now, options.cacheTtl())) {
        statuses.put(url, entry.toStatus());
      } else {
        toAsk.add(URI.create(url));
      }
    }
    Round round = ask(toAsk);
    statuses.putAll(round.answered());
    for (URI uri : toAsk) {
      statuses.computeIfAbsent(uri.toString(),
          url -> new LinkStatus(url, false, 0, "not checked: " + round.gaveUpBecause(), false));
    }
    options.cacheFile()
        .ifPresent(file -> LinkCache.write(file, cacheAfter(cached, round.answered(), now)));
    return statuses;
  }

  /** Why {@code url} (no fragment) cannot be asked at all, if it cannot. */
  private static Optional<String> problemWith(String url) {
    String lower = url.toLowerCase(Locale.ROOT);
    if (!lower.startsWith("http://") && !lower.startsWith("https://")) {
      return Optional.of("not an http(s) URL");
    }
    try {
      URI uri = new URI(url);
      if (uri.getHost() == null) {
        return Optional.of("not a valid URL (no host name)");
      }
    } catch (URISyntaxException e) {
      return Optional.of("not a valid URL (" + e.getReason() + " at index " + e.getIndex() + ")");
    }
    return Optional.empty();
  }

  /**
   * The entries to keep: this run's answers (links given up at the deadline had none), and
   * earlier entries still fresh. Expired ones are dropped so the file does not grow.
   */
  private Collection<LinkCache.Entry> cacheAfter(
      Map<String, LinkCache.Entry> cached, Map<String, LinkStatus> answered, Instant now) {
    Map<String, LinkCache.Entry> keep = new HashMap<>();
    cached.values().stream()
        .filter(e -> e.freshAt(now, options.cacheTtl()))
        .forEach(e -> keep.put(e.url(), e));
    answered.values().forEach(s -> keep.put(s.url(),
            new LinkCache.Entry(s.url(), s.ok(), s.status(), s.problem(), now)));
    return keep.values();
  }

  /**
   * What asking found: answers by URL, and why any URL without one was given up.
   */
  private record Round(Map<String, LinkStatus> answered, String gaveUpBecause) {}

  /** Asks every URI, at most {@code concurrency} at once and {@code perHost} per host. */
  private Round ask(List<URI> uris) {
    Map<String, LinkStatus> results = new ConcurrentHashMap<>();
    if (uris.isEmpty()) {
      return new Round(results, "");
    }
    int workers = Math.min(options.concurrency(), uris.size());
    HostQueue queue = new HostQueue(uris, options.perHost());
    Duration deadline = deadline(uris.size());
    ExecutorService httpThreads = Executors.newCachedThreadPool(daemons("runbook-http"));
    ExecutorService workerThreads = Executors.newFixedThreadPool(workers, daemons("runbook-link"));
    String gaveUpBecause = "the check was interrupted";
    try {
      HttpClient client = HttpClient.newBuilder()
          .executor(httpThreads)
          .connectTimeout(options.timeout())
          .followRedirects(HttpClient.Redirect.NORMAL)
          .version(HttpClient.Version.HTTP_1_1)
          .build();
      LinkProbe probe = new LinkProbe(client, options, clock);
      List<Future<?>> running = new ArrayList<>();
      for (int i = 0; i < workers; i++) {
        running.add(workerThreads.submit(() -> work(queue, probe, results)));
      }
      workerThreads.shutdown();
      if (workerThreads.awaitTermination(deadline.toMillis(), TimeUnit.MILLISECONDS)) {
        rethrowBugs(running);
      } else {
        gaveUpBecause = "the whole check ran past its deadline of " + LinkProbe.describe(deadline);
      }
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    } finally {
      workerThreads.shutdownNow();
      httpThreads.shutdownNow();
    }
    return new Round(Map.copyOf(results), gaveUpBecause);
  }

  private static void work(HostQueue queue, LinkProbe probe, Map<String, LinkStatus> results) {
    try {
      for (Optional<URI> next = queue.take(); next.isPresent(); next = queue.take()) {
        URI uri = next.get();
        try {
          results.put(uri.toString(), probe.probe(uri));
        } finally {
          queue.done(uri);
        }
      }
    } catch (InterruptedException e) {
      // Interrupted at the deadline: what is left stays unchecked.
      Thread.currentThread().interrupt();
    }
  }

  /** A worker that died of a bug must not pass for a link left unchecked. */
  private static void rethrowBugs(List<Future<?>> workers) throws InterruptedException {
    for (Future<?> worker : workers) {
      try {
        worker.get();
      } catch (ExecutionException e) {
        if (e.getCause() instanceof RuntimeException bug) {
          throw bug;
        }
        throw (Error) e.getCause();
      }
    }
  }

  /**
   * How long asking {@code links} URLs may take before it is given up: the worst case, as if every
   * link were on one host and every try needed HEAD and GET, each running to the hard per-request
   * limit, with the longest possible wait between tries. Real runs end far sooner; this only
   * guarantees an end.
   */
  Duration deadline(int links) {
    Duration perTry = LinkProbe.hardLimit(options).multipliedBy(2);
    Duration perLink = perTry.multipliedBy(options.retries() + 1L);
    for (int retry = 1; retry <= options.retries(); retry++) {
      Duration backoff = LinkProbe.backoff(options.backoff(), "", retry)
          .plus(options.backoff().dividedBy(10));
      perLink = perLink.plus(max(backoff, LinkProbe.RETRY_AFTER_CAP));
    }
    long parallel = Math.min(options.perHost(), options.concurrency());
    long rounds = (links + parallel - 1) / parallel;
    return perLink.multipliedBy(rounds).plus(DEADLINE_SLACK);
  }

  private static Duration max(Duration a, Duration b) {
    return a.compareTo(b) >= 0 ? a : b;
  }

  private static ThreadFactory daemons(String prefix) {
    AtomicInteger count = new AtomicInteger();
    return task -> {
      Thread thread = new Thread(task, prefix + "-" + count.incrementAndGet());
      thread.setDaemon(true);
      return thread;
    };
  }
}
