import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

/**
 * Benchmark of {@code runbook serve} (not a test): on a generated corpus, the time from writing a
 * changed runbook to the reload event that names its page (median of 20 edits), the time from
 * starting the server to the first page being served, and the time of a full {@code build} for
 * comparison. Runs the real launcher as a separate process; every edit is undone afterwards.
 *
 * <pre>
 * python3 bench/gen_corpus.py /tmp/c10000 10000     # once
 * ./runbook build runbooks -o /tmp/warm -q         # once after a jar build: makes the CDS archive
 * java bench/ServeBench.java /tmp/c10000 [edits] [title-edits]
 * RUNBOOK_JAVA_OPTS=-XX:TieredStopAtLevel=4 java bench/ServeBench.java /tmp/c10000   # C2 as well
 * </pre>
 */
public class ServeBench {
  static final String TODAY = "2026-11-28";

  public static void main(String[] args) throws Exception {
    Path corpus = Path.of(args.length > 0 ? args[0] : "/tmp/c10000").toAbsolutePath();
    int edits = args.length > 1 ? Integer.parseInt(args[1]) : 20;
    int titleEdits = args.length > 2 ? Integer.parseInt(args[2]) : 5;
    Path launcher = Path.of("runbook").toAbsolutePath();
    System.out.println("corpus " + corpus + ", launcher " + launcher + ", RUNBOOK_JAVA_OPTS="
        + System.getenv().getOrDefault("RUNBOOK_JAVA_OPTS", ""));
    System.out.println("load before: " + load());

    Path out = Files.createTempDirectory("serve-bench-build-");
    long b0 = System.nanoTime();
    Process build = new ProcessBuilder(launcher.toString(), "build", corpus.toString(), "-o", out.resolve("site").toString(),
        "--today", TODAY, "-q").redirectOutput(ProcessBuilder.Redirect.DISCARD).redirectError(ProcessBuilder.Redirect.DISCARD)
        .start();
    int buildExit = build.waitFor();
    long buildMs = ms(b0);
    System.out.printf("full build: %d ms (exit %d)%n", buildMs, buildExit);
    delete(out);

    int port = 8900 + new Random().nextInt(90);
    long s0 = System.nanoTime();
    Process serve = new ProcessBuilder(launcher.toString(), "serve", corpus.toString(), "--port", String.valueOf(port),
        "--today", TODAY, "-q").redirectOutput(ProcessBuilder.Redirect.DISCARD).redirectError(ProcessBuilder.Redirect.INHERIT)
        .start();
    HttpClient http = HttpClient.newHttpClient();
    URI home = URI.create("http://127.0.0.1:" + port + "/");
    long startMs = -1;
    while (serve.isAlive() && ms(s0) < 600_000) {
      try {
        if (http.send(HttpRequest.newBuilder(home).build(), HttpResponse.BodyHandlers.discarding()).statusCode() == 200) {
          startMs = ms(s0);
          break;
        }
      } catch (IOException notYet) {
        Thread.sleep(50);
      }
    }
    System.out.printf("serve start to first page served: %d ms (build: %d ms)%n", startMs, buildMs);
    try {
      BlockingQueue<String[]> events = listen(http, port);
      Thread.sleep(2000);
      List<Path> files;
      try (Stream<Path> s = Files.walk(corpus)) {
        files = s.filter(f -> f.toString().endsWith(".md") && !f.getFileName().toString().equals("README.md"))
            .sorted().toList();
      }
      Random random = new Random(42);
      List<Long> body = new ArrayList<>();
      for (int i = 0; i < edits; i++) {
        Path f = files.get(random.nextInt(files.size()));
        body.add(edit(corpus, f, events, text -> text + "\nEdited for the benchmark, edit " + System.nanoTime() + ".\n")[0]);
      }
      report("body edit -> reload event for the page", body);
      List<Long> pages = new ArrayList<>();
      List<Long> listings = new ArrayList<>();
      for (int i = 0; i < titleEdits; i++) {
        Path f = files.get(random.nextInt(files.size()));
        long[] t = edit(corpus, f, events, text -> text.replaceFirst("(?m)^title: \"(.*)\"$", "title: \"$1 (renamed)\"")
            .replaceFirst("(?m)^# (.*)$", "# $1 (renamed)"));
        pages.add(t[0]);
        listings.add(t[1]);
      }
      report("title edit -> reload event for the page", pages);
      report("title edit -> reload event for the listings (index.html)", listings);
    } finally {
      serve.destroy();
      serve.waitFor(30, TimeUnit.SECONDS);
      System.out.println("load after: " + load());
    }
  }

  interface Change {
    String apply(String text);
  }

  /** Writes the change, waits for the page's event (and index.html's), undoes it; returns both times. */
  static long[] edit(Path corpus, Path file, BlockingQueue<String[]> events, Change change) throws Exception {
    String page = corpus.relativize(file).toString().replace('\\', '/').replaceAll("\\.md$", ".html");
    String original = Files.readString(file);
    events.clear();
    long t0 = System.nanoTime();
    Files.writeString(file, change.apply(original));
    long pageAt = -1;
    long indexAt = -1;
    long deadline = t0 + TimeUnit.SECONDS.toNanos(30);
    while (System.nanoTime() < deadline && (pageAt < 0 || indexAt < 0)) {
      String[] e = events.poll(100, TimeUnit.MILLISECONDS);
      if (e == null) {
        if (pageAt >= 0 && System.nanoTime() - t0 > TimeUnit.SECONDS.toNanos(3)) {
          break;
        }
        continue;
      }
      long at = Long.parseLong(e[0]);
      if (pageAt < 0 && e[1].contains("\"" + page + "\"")) {
        pageAt = (at - t0) / 1_000_000;
      }
      if (indexAt < 0 && e[1].contains("\"index.html\"")) {
        indexAt = (at - t0) / 1_000_000;
      }
    }
    Thread.sleep(300);
    Files.writeString(file, original);
    Thread.sleep(1500);
    events.clear();
    return new long[] {pageAt, indexAt};
  }

  static BlockingQueue<String[]> listen(HttpClient http, int port) throws Exception {
    BlockingQueue<String[]> queue = new LinkedBlockingQueue<>();
    HttpResponse<Stream<String>> r = http.send(HttpRequest.newBuilder(
        URI.create("http://127.0.0.1:" + port + "/__runbook/events")).build(), HttpResponse.BodyHandlers.ofLines());
    Thread t = new Thread(() -> r.body().filter(l -> l.startsWith("data: "))
        .forEach(l -> queue.add(new String[] {String.valueOf(System.nanoTime()), l})));
    t.setDaemon(true);
    t.start();
    return queue;
  }

  static void report(String what, List<Long> times) {
    List<Long> sorted = new ArrayList<>(times);
    Collections.sort(sorted);
    if (sorted.isEmpty()) {
      return;
    }
    System.out.printf("%s: median %d ms, p90 %d ms, min %d, max %d (n=%d) %s%n", what, sorted.get(sorted.size() / 2),
        sorted.get(Math.min(sorted.size() - 1, (int) Math.ceil(sorted.size() * 0.9) - 1)), sorted.get(0),
        sorted.get(sorted.size() - 1), sorted.size(), times);
  }

  static long ms(long start) {
    return (System.nanoTime() - start) / 1_000_000;
  }

  static String load() throws IOException {
    return Files.readString(Path.of("/proc/loadavg")).strip();
  }

  static void delete(Path dir) throws IOException {
    try (Stream<Path> s = Files.walk(dir)) {
      for (Path p : s.sorted(Collections.reverseOrder()).toList()) {
        Files.deleteIfExists(p);
      }
    }
  }
}
