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
 * Benchmark of {@code runbook serve} (not a test): on a generated corpus, the time from starting
 * the server process to the first page (the home page) being answered, beside the time of a full
 * {@code build} run just before it (the goal: at most 0.1 of it), and the time until the whole
 * site is served (the reload event that tells open pages so); then the time from writing a
 * changed runbook to the reload event that names its page (median of 20 edits), and from a title
 * edit to the event for the listings. Runs the real launcher as a separate process; every edit is
 * undone afterwards. With {@code rounds} above 1, build and start-up are measured that many
 * times, alternating, and the medians printed.
 *
 * <pre>
 * python3 bench/gen_corpus.py /tmp/c10000 10000     # once
 * ./runbook build runbooks -o /tmp/warm -q         # once after a jar build: makes the CDS archive
 * java bench/ServeBench.java /tmp/c10000 [edits] [title-edits] [rounds]
 * RUNBOOK_JAVA_OPTS=-XX:TieredStopAtLevel=4 java bench/ServeBench.java /tmp/c10000   # C2 as well
 * </pre>
 */
public class ServeBench {
  static final String TODAY = "2026-11-28";

  public static void main(String[] args) throws Exception {
    Path corpus = Path.of(args.length > 0 ? args[0] : "/tmp/c10000").toAbsolutePath();
    int edits = args.length > 1 ? Integer.parseInt(args[1]) : 20;
    int titleEdits = args.length > 2 ? Integer.parseInt(args[2]) : 5;
    int rounds = args.length > 3 ? Integer.parseInt(args[3]) : 1;
    Path launcher = Path.of("runbook").toAbsolutePath();
    System.out.println("corpus " + corpus + ", launcher " + launcher + ", RUNBOOK_JAVA_OPTS="
        + System.getenv().getOrDefault("RUNBOOK_JAVA_OPTS", ""));
    System.out.println("load before: " + load());

    HttpClient http = HttpClient.newHttpClient();
    List<Long> builds = new ArrayList<>();
    List<Long> firsts = new ArrayList<>();
    List<Long> firstCpus = new ArrayList<>();
    List<Long> completes = new ArrayList<>();
    List<Long> ratios = new ArrayList<>();
    Process serve = null;
    int port = 0;
    for (int round = 1; round <= rounds; round++) {
      Path out = Files.createTempDirectory("serve-bench-build-");
      long b0 = System.nanoTime();
      Process build = new ProcessBuilder(launcher.toString(), "build", corpus.toString(), "-o",
          out.resolve("site").toString(), "--today", TODAY, "-q").redirectOutput(ProcessBuilder.Redirect.DISCARD)
          .redirectError(ProcessBuilder.Redirect.DISCARD).start();
      int buildExit = build.waitFor();
      long buildMs = ms(b0);
      delete(out);

      port = 8900 + new Random().nextInt(90);
      long s0 = System.nanoTime();
      serve = new ProcessBuilder(launcher.toString(), "serve", corpus.toString(), "--port", String.valueOf(port),
          "--today", TODAY, "-q").redirectOutput(ProcessBuilder.Redirect.DISCARD)
          .redirectError(ProcessBuilder.Redirect.INHERIT).start();
      URI home = URI.create("http://127.0.0.1:" + port + "/");
      long startMs = -1;
      long cpuMs = -1;
      boolean pending = false;
      while (serve.isAlive() && ms(s0) < 600_000) {
        try {
          HttpResponse<String> r = http.send(HttpRequest.newBuilder(home).build(), HttpResponse.BodyHandlers.ofString());
          if (r.statusCode() == 200) {
            startMs = ms(s0);
            cpuMs = cpuMillis(serve.pid());
            // A page made before the whole set is read says what it leaves out.
            pending = r.body().contains("class=\"pending\"");
            break;
          }
        } catch (IOException notYet) {
          Thread.sleep(20);
        }
      }
      // Every event since the start: the first that names all pages says the whole site is served.
      BlockingQueue<String[]> first = listen(http, port, 0);
      long completeMs = pending ? -1 : startMs;
      while (pending && serve.isAlive() && ms(s0) < 600_000) {
        String[] e = first.poll(100, TimeUnit.MILLISECONDS);
        if (e != null && e[1].contains("\"all\":true")) {
          completeMs = (Long.parseLong(e[0]) - s0) / 1_000_000;
          break;
        }
      }
      System.out.printf("round %d: full build %d ms (exit %d); serve: first page answered %d ms after the start"
          + " (%.3f of the build; %d ms CPU), whole site served %d ms after the start%n", round, buildMs, buildExit,
          startMs, startMs / (double) buildMs, cpuMs, completeMs);
      builds.add(buildMs);
      firsts.add(startMs);
      firstCpus.add(cpuMs);
      completes.add(completeMs);
      ratios.add(Math.round(1000.0 * startMs / buildMs));
      if (round < rounds) {
        serve.destroy();
        serve.waitFor(30, TimeUnit.SECONDS);
      }
    }
    report("full build", builds);
    report("serve: first page answered", firsts);
    report("serve: CPU used until the first page", firstCpus);
    report("serve: first page / full build", ratios, "per mille");
    report("serve: whole site served", completes);
    try {
      BlockingQueue<String[]> events = listen(http, port, -1);
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

  /** The reload events from now on ({@code since} -1), or those after {@code since} as well. */
  static BlockingQueue<String[]> listen(HttpClient http, int port, long since) throws Exception {
    BlockingQueue<String[]> queue = new LinkedBlockingQueue<>();
    HttpResponse<Stream<String>> r = http.send(HttpRequest.newBuilder(
        URI.create("http://127.0.0.1:" + port + "/__runbook/events" + (since >= 0 ? "?since=" + since : ""))).build(),
        HttpResponse.BodyHandlers.ofLines());
    Thread t = new Thread(() -> {
      try {
        r.body().filter(l -> l.startsWith("data: ")).forEach(l -> queue.add(new String[] {String.valueOf(System.nanoTime()), l}));
      } catch (RuntimeException closed) {
        // The server stopped.
      }
    });
    t.setDaemon(true);
    t.start();
    return queue;
  }

  static void report(String what, List<Long> times) {
    report(what, times, "ms");
  }

  static void report(String what, List<Long> times, String unit) {
    List<Long> sorted = new ArrayList<>(times);
    Collections.sort(sorted);
    if (sorted.isEmpty()) {
      return;
    }
    System.out.printf("%s: median %d %s, p90 %d %s, min %d, max %d (n=%d) %s%n", what, sorted.get(sorted.size() / 2), unit,
        sorted.get(Math.min(sorted.size() - 1, (int) Math.ceil(sorted.size() * 0.9) - 1)), unit, sorted.get(0),
        sorted.get(sorted.size() - 1), sorted.size(), times);
  }

  static long ms(long start) {
    return (System.nanoTime() - start) / 1_000_000;
  }

  /** User and system CPU time of a running process, from /proc (Linux); -1 elsewhere. */
  static long cpuMillis(long pid) {
    try {
      String stat = Files.readString(Path.of("/proc/" + pid + "/stat"));
      String[] f = stat.substring(stat.lastIndexOf(')') + 2).split(" ");
      return (Long.parseLong(f[11]) + Long.parseLong(f[12])) * 10;
    } catch (IOException | RuntimeException e) {
      return -1;
    }
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
