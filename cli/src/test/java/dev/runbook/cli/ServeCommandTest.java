package dev.runbook.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The {@code serve} command itself: options, a port in use, a run that is stopped. */
class ServeCommandTest {
  @TempDir Path tmp;

  private Path repo() throws IOException {
    Path repo = tmp.resolve("repo");
    Files.createDirectories(repo.resolve("runbooks"));
    Files.writeString(repo.resolve("runbooks/README.md"), "# Runbooks\n\n- [A](a.md)\n");
    Files.writeString(repo.resolve("runbooks/a.md"), "# A\n\nNot much yet.\n");
    return repo;
  }

  @Test
  void aPortInUseIsOneLineWithASuggestionAndExitTwo() throws Exception {
    Path repo = repo();
    try (ServerSocket busy = new ServerSocket(0, 1, InetAddress.getByName("127.0.0.1"))) {
      int port = busy.getLocalPort();
      long start = System.nanoTime();
      CliRun run = CliRun.in(repo, "serve", "runbooks", "--port", String.valueOf(port));
      assertThat(run.code()).isEqualTo(2);
      assertThat(run.err().lines()).containsExactly("runbook: port " + port + " on 127.0.0.1 is in use: "
          + "stop the other server or choose another port, e.g. --port " + (port + 1));
      assertThat(run.out()).isEmpty();
      assertThat(TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - start)).as("fails before building").isLessThan(5000);
    }
  }

  @Test
  void badOptionsAndABrokenConfigAreUsageErrors() throws Exception {
    Path repo = repo();
    assertThat(CliRun.in(repo, "serve", "--port", "70000").code()).isEqualTo(2);
    assertThat(CliRun.in(repo, "serve", "--port", "x").code()).isEqualTo(2);
    Files.writeString(repo.resolve("runbook.yml"), "root: runbooks\nbogus: 1\n");
    CliRun broken = CliRun.in(repo, "serve", "--port", "0");
    assertThat(broken.code()).isEqualTo(2);
    assertThat(broken.err()).contains("bogus");
    assertThat(CliRun.in(repo, "serve", "nowhere", "--port", "0", "--config", "none.yml").code()).isEqualTo(2);
  }

  @Test
  void helpListsTheOptions() {
    CliRun help = CliRun.in(tmp, "serve", "--help");
    assertThat(help.code()).isZero();
    assertThat(help.out()).contains("--port", "--host", "--open", "--poll", "--config", "--today", "127.0.0.1");
  }

  @Test
  void servesUntilStoppedThenRemovesItsFiles() throws Exception {
    Path repo = repo();
    Set<String> before = serveFolders();
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    Environment env = new Environment(repo, CliRun.clock(), false, false);
    AtomicInteger code = new AtomicInteger(-1);
    Thread serve = new Thread(() -> code.set(Main.commandLine(env, new PrintWriter(out, true), new PrintWriter(err, true))
        .execute("serve", "--port", "0", "--today", "2026-11-28")));
    serve.start();
    Pattern url = Pattern.compile("serving runbooks/ at (http://127\\.0\\.0\\.1:\\d+/)");
    long end = System.nanoTime() + TimeUnit.SECONDS.toNanos(30);
    Matcher m = url.matcher("");
    boolean found = false;
    while (System.nanoTime() < end && !(found = (m = url.matcher(out.toString())).find())) {
      Thread.sleep(20);
    }
    assertThat(found).as("printed the address: " + out + err).isTrue();
    HttpResponse<String> home = HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create(m.group(1))).build(),
        HttpResponse.BodyHandlers.ofString());
    assertThat(home.statusCode()).isEqualTo(200);
    assertThat(home.body()).contains("Runbooks");
    assertThat(serveFolders()).hasSize(before.size() + 1);
    serve.interrupt();
    serve.join(10_000);
    assertThat(code.get()).isZero();
    assertThat(serveFolders()).isEqualTo(before);
    assertThat(err.toString()).isEmpty();
  }

  private static Set<String> serveFolders() throws IOException {
    try (Stream<Path> s = Files.list(Path.of(System.getProperty("java.io.tmpdir")))) {
      Set<String> names = new TreeSet<>();
      s.map(p -> p.getFileName().toString()).filter(n -> n.startsWith("runbook-serve-")).forEach(names::add);
      return names;
    }
  }
}
