package dev.runbook.core.rules.external;

import java.nio.file.Path;
import java.time.Duration;
import java.util.Objects;
import java.util.Optional;

/**
 * How {@link ExternalLinkChecker} checks links. Immutable; start from {@link #DEFAULTS} and
 * change what you need with the {@code with…} methods.
 *
 * @param concurrency the most requests in flight at once, over all hosts (at least 1)
 * @param perHost the most requests in flight at once to one host name (at least 1)
 * @param timeout the limit for each request, and for connecting (positive)
 * @param retries how many times a link is tried again after the first try, on 5xx, 429, time-outs
 *     and I/O errors (at least 0)
 * @param backoff the wait before the first retry; it doubles for every further retry, plus a small
 *     deterministic jitter (not negative)
 * @param cacheFile where results are kept between runs; empty for no cache (nothing is read or
 *     written)
 * @param cacheTtl how long a good result stays valid in the cache; a failure stays a quarter of
 *     that (not negative; zero turns reading the cache off)
 * @param userAgent the {@code User-Agent} header sent with every request (not blank)
 */
public record ExternalLinkOptions(
    int concurrency,
    int perHost,
    Duration timeout,
    int retries,
    Duration backoff,
    Optional<Path> cacheFile,
    Duration cacheTtl,
    String userAgent) {

  /** 8 in flight, 2 per host, 10 s time-out, 2 retries from 500 ms, no cache file, 1 day TTL. */
  public static final ExternalLinkOptions DEFAULTS =
      new ExternalLinkOptions(
          8,
          2,
          Duration.ofSeconds(10),
          2,
          Duration.ofMillis(500),
          Optional.empty(),
          Duration.ofDays(1),
          "runbook-link-checker/0.1");

  /** @throws IllegalArgumentException when a value is out of range, naming it */
  public ExternalLinkOptions {
    Objects.requireNonNull(timeout, "timeout");
    Objects.requireNonNull(backoff, "backoff");
    Objects.requireNonNull(cacheFile, "cacheFile");
    Objects.requireNonNull(cacheTtl, "cacheTtl");
    Objects.requireNonNull(userAgent, "userAgent");
    require(concurrency >= 1, "concurrency must be at least 1, got " + concurrency);
    require(perHost >= 1, "perHost must be at least 1, got " + perHost);
    require(!timeout.isNegative() && !timeout.isZero(), "timeout must be positive, got " + timeout);
    require(retries >= 0, "retries must not be negative, got " + retries);
    require(!backoff.isNegative(), "backoff must not be negative, got " + backoff);
    require(!cacheTtl.isNegative(), "cacheTtl must not be negative, got " + cacheTtl);
    require(!userAgent.isBlank() && userAgent.chars().noneMatch(Character::isISOControl),
        "userAgent must be one line of text, got '" + userAgent + "'");
  }

  private static void require(boolean condition, String message) {
    if (!condition) {
      throw new IllegalArgumentException(message);
    }
  }

  /** A copy with {@link #concurrency()} changed. */
  public ExternalLinkOptions withConcurrency(int value) {
    return new ExternalLinkOptions(
        value, perHost, timeout, retries, backoff, cacheFile, cacheTtl, userAgent);
  }

  /** A copy with {@link #perHost()} changed. */
  public ExternalLinkOptions withPerHost(int value) {
    return new ExternalLinkOptions(
        concurrency, value, timeout, retries, backoff, cacheFile, cacheTtl, userAgent);
  }

  /** A copy with {@link #timeout()} changed. */
  public ExternalLinkOptions withTimeout(Duration value) {
    return new ExternalLinkOptions(
        concurrency, perHost, value, retries, backoff, cacheFile, cacheTtl, userAgent);
  }

  /** A copy with {@link #retries()} changed. */
  public ExternalLinkOptions withRetries(int value) {
    return new ExternalLinkOptions(
        concurrency, perHost, timeout, value, backoff, cacheFile, cacheTtl, userAgent);
  }

  /** A copy with {@link #backoff()} changed. */
  public ExternalLinkOptions withBackoff(Duration value) {
    return new ExternalLinkOptions(
        concurrency, perHost, timeout, retries, value, cacheFile, cacheTtl, userAgent);
  }

  /** A copy with {@link #cacheFile()} changed; {@link Optional#empty()} turns the cache off. */
  public ExternalLinkOptions withCacheFile(Optional<Path> value) {
    return new ExternalLinkOptions(
        concurrency, perHost, timeout, retries, backoff, value, cacheTtl, userAgent);
  }

  /** A copy with {@link #cacheTtl()} changed. */
  public ExternalLinkOptions withCacheTtl(Duration value) {
    return new ExternalLinkOptions(
        concurrency, perHost, timeout, retries, backoff, cacheFile, value, userAgent);
  }

  /** A copy with {@link #userAgent()} changed. */
  public ExternalLinkOptions withUserAgent(String value) {
    return new ExternalLinkOptions(
        concurrency, perHost, timeout, retries, backoff, cacheFile, cacheTtl, value);
  }
}
