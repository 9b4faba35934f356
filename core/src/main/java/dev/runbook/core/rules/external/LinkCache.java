package dev.runbook.core.rules.external;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * The cache file of {@link ExternalLinkChecker}: UTF-8 text, one line per checked URL (fragment removed), sorted by URL, after a
 * header line {@value #HEADER}. A line holds five tab-separated fields:
 *
 * <pre>url  ok|fail  status  checked-at (ISO-8601 instant)  problem</pre>
 *
 * <p>For example {@code https://example.com/a\tfail\t404\t2026-01-02T03:04:05Z\tanswered 404 Not
 * Found}. A URL never holds a tab or a line break; tabs and line breaks in the problem are written
 * as spaces. A file that does not start with the header, or holds any line that does not parse, is
 * corrupt and read as empty; it is replaced on the next write. Stateless.
 */
final class LinkCache {
  static final String HEADER = "# runbook link cache v1";

  private LinkCache() {}

  /** One cached result. */
  record Entry(String url, boolean ok, int status, String problem, Instant checkedAt) {
    Entry {
      Objects.requireNonNull(url, "url");
      Objects.requireNonNull(problem, "problem");
      Objects.requireNonNull(checkedAt, "checkedAt");
    }

    /**
     * A good result lives {@code ttl}, a failure a quarter of it, so a link that was down is
     * looked at again sooner. An entry from the future (the clock went back) is stale.
     */
    boolean freshAt(Instant now, Duration ttl) {
      Duration life = ok ? ttl : ttl.dividedBy(4);
      return !checkedAt.isAfter(now) && checkedAt.plus(life).isAfter(now);
    }

    LinkStatus toStatus() {
      return new LinkStatus(url, ok, status, ok ? "" : problem, true);
    }

    String line() {
      return url + '\t' + (ok ? "ok" : "fail") + '\t' + status + '\t' + checkedAt + '\t'
          + problem.replaceAll("[\\t\\r\\n]", " ");
    }
  }

  /** The entries of {@code file} by URL; empty when it is missing, unreadable or corrupt. */
  static Map<String, Entry> read(Path file) {
    String text;
    try {
      text = StandardCharsets.UTF_8.newDecoder()
          .onMalformedInput(CodingErrorAction.REPORT)
          .onUnmappableCharacter(CodingErrorAction.REPORT)
          .decode(ByteBuffer.wrap(Files.readAllBytes(file)))
          .toString();
    } catch (IOException e) {
      // Missing, unreadable or not UTF-8: the cache is an optimisation; losing it costs requests.
      return Map.of();
    }
    List<String> lines = text.lines().toList();
    if (lines.isEmpty() || !lines.get(0).equals(HEADER)) {
      return Map.of();
    }
    Map<String, Entry> entries = new HashMap<>();
    for (String line : lines.subList(1, lines.size())) {
      Entry entry = parse(line);
      if (entry == null) {
        return Map.of();
      }
      entries.put(entry.url(), entry);
    }
    return entries;
  }

  private static Entry parse(String line) {
    String[] f = line.split("\t", 5);
    if (f.length != 5 || f[0].isEmpty() || !(f[1].equals("ok") || f[1].equals("fail"))) {
      return null;
    }
    try {
      int status = Integer.parseInt(f[2]);
      if (status < 0 || status > 999) {
        return null;
      }
      return new Entry(f[0], f[1].equals("ok"), status, f[4], Instant.parse(f[3]));
    } catch (NumberFormatException | DateTimeParseException e) {
      return null;
    }
  }

  /**
   * Replaces {@code file} with {@code entries}: written to a temporary file next to it, then moved
   * over it, so a reader never sees half a file.
   *
   * @throws UncheckedIOException when the file cannot be written, naming the file
   */
  static void write(Path file, Collection<Entry> entries) {
    StringBuilder text = new StringBuilder(HEADER).append('\n');
    entries.stream()
        .sorted(Comparator.comparing(Entry::url))
        .forEach(e -> text.append(e.line()).append('\n'));
    Path dir = file.toAbsolutePath().getParent();
    Path temp = null;
    try {
      Files.createDirectories(dir);
      temp = Files.createTempFile(dir, "." + file.getFileName(), ".tmp");
      Files.writeString(temp, text, StandardCharsets.UTF_8);
      try {
        Files.move(temp, file, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
      } catch (AtomicMoveNotSupportedException e) {
        Files.move(temp, file, StandardCopyOption.REPLACE_EXISTING);
      }
    } catch (IOException e) {
      deleteQuietly(temp);
      throw new UncheckedIOException(
          "cannot write the link cache " + file + ": " + e.getMessage(), e);
    }
  }

  private static void deleteQuietly(Path temp) {
    if (temp == null) {
      return;
    }
    try {
      Files.deleteIfExists(temp);
    } catch (IOException e) {
      // The write already failed and is reported; a stray temporary file is the lesser problem.
    }
  }
}
