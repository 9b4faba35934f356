package dev.runbook.cli;

import dev.runbook.cli.serve.LivePreview;
import dev.runbook.cli.serve.PreviewServer;
import dev.runbook.core.check.CheckOptions;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.net.Socket;
import java.net.URI;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

/**
 * The training run behind the launcher's start-up archive (a class-data archive on JDK 17-24,
 * an AOT cache on JDK 25+): checks and builds a small made-up set in a temporary folder, so that
 * the archive holds what {@code check}, {@code build}, {@code new}, {@code serve} and the report
 * formats load, whichever command a team happens to run first. It reads and writes nothing of the user's and
 * prints nothing; the launcher runs it once after each jar build, after the user's command.
 */
public final class StartupTraining {
  /** How many made-up runbooks: enough for the parse, lint and page paths to run hot once. */
  static final int RUNBOOKS = 24;

  private StartupTraining() {}

  public static void main(String[] args) throws IOException {
    Path folder = Files.createTempDirectory("runbook-training");
    try {
      run(folder);
    } finally {
      delete(folder);
    }
  }

  /** Writes the set under {@code folder} and runs the commands on it; the exit codes of each. */
  static int[] run(Path folder) throws IOException {
    Path set = Files.createDirectories(folder.resolve("runbooks"));
    write(set);
    // What a team's repository has around its runbooks, so the archive holds the YAML reader and
    // the .gitignore reader too: a runbook.yml, a Git folder with its excludes, a .gitignore.
    Files.writeString(folder.resolve("runbook.yml"), """
        root: runbooks
        documents: ["docs/**"]
        review: {interval: quarterly, warn_before: 14d}
        rules:
          RB403: warning
        site:
          title: Training
        """, StandardCharsets.UTF_8);
    Files.createDirectories(folder.resolve(".git/info"));
    Files.writeString(folder.resolve(".git/info/exclude"), "*.tmp\n", StandardCharsets.UTF_8);
    Files.writeString(folder.resolve(".gitignore"), "/site/\n*.swp\n", StandardCharsets.UTF_8);
    Files.createDirectories(set.resolve("docs"));
    Files.writeString(set.resolve("docs/architecture.md"), "# Architecture\n\n## Queues\n\nSee [procedure 1](../procedure-1.md).\n",
        StandardCharsets.UTF_8);
    Clock clock = Clock.fixed(Instant.parse("2026-06-01T09:00:00Z"), ZoneOffset.UTC);
    Environment env = new Environment(folder, clock, false, false);
    PrintWriter nowhere = new PrintWriter(OutputStream.nullOutputStream(), false, StandardCharsets.UTF_8);
    String root = set.toString();
    String one = set.resolve("procedure-1.md").toString();
    return new int[] {
      Main.execute(env, nowhere, nowhere, "check"),
      Main.execute(env, nowhere, nowhere, "check", one),
      Main.execute(env, nowhere, nowhere, "check", root, "--format", "json"),
      Main.execute(env, nowhere, nowhere, "check", root, "--format", "sarif"),
      Main.execute(env, nowhere, nowhere, "new", "Restart The Queue", "--root", root, "--category", "Queues"),
      Main.execute(env, nowhere, nowhere, "build", root, "-o", folder.resolve("site").toString(), "-q"),
      serve(env, nowhere, set),
    };
  }

  /**
   * Serves the set on a free port of this machine only, as {@code runbook serve} does, asks for
   * the home page while the site is still being built and for a runbook's page once it is, and
   * stops: 0 when both were answered. Without it, {@code serve} loaded some 500 classes (the HTTP
   * server's, the preview's, their lambdas) from the jar on every start.
   */
  static int serve(Environment env, PrintWriter nowhere, Path set) {
    // Its command line parsed, as serve's start parses it, so picocli's reading of it is in the archive too.
    Main.commandLine(env, nowhere, nowhere, "serve").parseArgs("serve", set.toString(), "--port", "0", "-q");
    CheckOptions check = new CheckOptions(env.workingDir(), Optional.of(set), List.of(), Optional.empty(), env.clock(),
        false, Optional.empty(), Optional.empty(), 2);
    LivePreview.Settings settings = new LivePreview.Settings(check, "127.0.0.1", 0, false, Duration.ofMillis(25), true,
        env.clock(), PreviewServer.Timeouts.DEFAULT);
    try (LivePreview live = LivePreview.start(settings, nowhere, nowhere)) {
      int early = get(live.url(), "/");
      live.built().get(60, TimeUnit.SECONDS);
      int built = get(live.url(), "/procedure-1.html");
      return early == 200 && built == 200 ? 0 : 1;
    } catch (Exception e) {
      return 1;
    }
  }

  /** The status of a GET of {@code path} on the server at {@code url}, over a plain socket. */
  private static int get(URI url, String path) throws IOException {
    try (Socket socket = new Socket(url.getHost(), url.getPort())) {
      socket.setSoTimeout(30_000);
      socket.getOutputStream().write(("GET " + path + " HTTP/1.1\r\nHost: " + url.getHost() + ":" + url.getPort()
          + "\r\nConnection: close\r\n\r\n").getBytes(StandardCharsets.US_ASCII));
      InputStream in = socket.getInputStream();
      String head = new String(in.readAllBytes(), StandardCharsets.ISO_8859_1);
      // "HTTP/1.1 200 OK"
      return head.length() >= 12 ? Integer.parseInt(head.substring(9, 12)) : -1;
    }
  }

  private static void write(Path set) throws IOException {
    StringBuilder index = new StringBuilder("# Runbooks\n\n## Queues\n\n");
    for (int i = 0; i < RUNBOOKS; i++) {
      String name = "procedure-" + i + ".md";
      index.append("- [Procedure ").append(i).append("](").append(name).append(")\n");
      Files.writeString(set.resolve(name), runbook(i), StandardCharsets.UTF_8);
    }
    Files.writeString(set.resolve("README.md"), index.toString(), StandardCharsets.UTF_8);
  }

  /** A runbook; every few is broken in a way a real set is (missing section, dead link, overdue review). */
  static String runbook(int i) {
    String risk = new String[] {"critical", "high", "medium", "low"}[i % 4];
    String reviewed = i % 5 == 0 ? "2025-01-10" : "2026-05-02";
    String next = "procedure-" + ((i + 1) % RUNBOOKS) + ".md";
    String link = i % 7 == 3 ? "missing-" + i + ".md" : next + "#rollback";
    String rollback = i % 6 == 2 ? "" : """
        ## Rollback

        1. Scale the consumers back: `kubectl -n <namespace> scale deploy/consumer --replicas=${REPLICAS}`
        """;
    return """
        ---
        title: Procedure %d
        risk: %s
        owner: Queue Team
        last_reviewed: %s
        tags: [queue, training]
        ---

        # Procedure %d

        ## Overview

        Drains the **queue** when consumers fall behind; see [the next one](%s) and
        [the index](README.md).

        ## Prerequisites

        - Access to the cluster and the `queue-admin` role.

        ## Steps

        1. Check the backlog:

           ```bash
           kubectl -n payments exec deploy/queue -- queue-stats --name orders-%d
           ```

        2. Pause the producers, then wait until the backlog is below 1000.

        | Metric | Threshold |
        | --- | --- |
        | backlog | 1000 |

        ## Validation

        - [ ] The backlog is falling.

        %s
        ## References

        - <https://example.org/queues>
        """.formatted(i, risk, reviewed, i, link, i, rollback);
  }

  private static void delete(Path folder) throws IOException {
    try (Stream<Path> all = Files.walk(folder)) {
      all.sorted(Comparator.reverseOrder()).forEach(p -> {
        try {
          Files.deleteIfExists(p);
        } catch (IOException e) {
          throw new UncheckedIOException(e);
        }
      });
    }
  }
}
