package dev.runbook.cli;

import dev.runbook.cli.daemon.DaemonClient;
import dev.runbook.cli.daemon.DaemonFolder;
import dev.runbook.cli.daemon.DaemonServer;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/**
 * {@code runbook daemon status|stop}: shows or stops this user's background processes (the warm
 * JVMs the launcher starts for check, build, alerts and rules).
 */
@Command(name = "daemon", mixinStandardHelpOptions = true,
    description = {
      "Show or stop the background process.",
      "./runbook keeps a JVM warm for check, build, alerts, rules and serve (not in CI, not with RUNBOOK_DAEMON=0): "
          + "its socket and log (daemon.log) are in $XDG_RUNTIME_DIR/runbook, else ~/.cache/runbook; "
          + "it ends by itself after an hour without a command, or when the jar is rebuilt."
    },
    exitCodeListHeading = "%nExit status:%n",
    exitCodeList = {"0:done (also when none runs)", "2:usage error"})
final class DaemonCommand implements Callable<Integer> {
  @Spec CommandSpec spec;

  @Parameters(paramLabel = "ACTION", description = "status (default) or stop", arity = "0..1")
  String action = "status";

  private final Environment env;

  DaemonCommand(Environment env) {
    this.env = env;
  }

  @Override
  public Integer call() {
    PrintWriter out = spec.commandLine().getOut();
    PrintWriter err = spec.commandLine().getErr();
    if (!"status".equals(action) && !"stop".equals(action)) {
      err.println("runbook: daemon takes status or stop, not '" + action + "'");
      return ExitCodes.USAGE;
    }
    Optional<Path> folder = DaemonFolder.locate(env.variables());
    List<Path> sockets;
    try {
      sockets = folder.isPresent() ? DaemonClient.sockets(folder.get()) : List.of();
    } catch (IOException e) {
      sockets = List.of();
    }
    int answered = 0;
    for (Path socket : sockets) {
      try {
        out.print(DaemonClient.control(socket, action));
        answered++;
      } catch (IOException e) {
        // A socket left by a process that has ended: nothing to show or stop.
      }
    }
    if (answered == 0) {
      out.println("runbook daemon: none running" + folder.map(f -> " (" + f + ")").orElse(""));
      folder.filter(Files::exists).ifPresent(f -> {
        try {
          DaemonFolder.check(f);
        } catch (IOException e) {
          // Why none ever starts: the client will not use a folder others can reach.
          out.println("runbook daemon: none will run while " + e.getMessage()
              + " (chmod 700 it, or remove it and the next call makes it)");
        }
        failedStart(f).ifPresent(at -> out.println("runbook daemon: the last one started, at " + at
            + ", did not come up: " + f.resolve("daemon.log") + " says why; the next call after "
            + at.plus(DaemonServer.RETRY_AFTER) + " tries again"));
      });
    }
    out.flush();
    return ExitCodes.OK;
  }

  /**
   * When the latest start that never came up began: a client's note of a start ({@link
   * DaemonServer#triedMarker}) still there 30 s on. Empty when there is none.
   */
  private Optional<java.time.Instant> failedStart(Path folder) {
    java.time.Instant before = env.clock().instant().minusSeconds(30);
    try (var files = Files.list(folder)) {
      return files.filter(p -> p.getFileName().toString().endsWith(".tried")).map(p -> {
        try {
          return Files.getLastModifiedTime(p).toInstant();
        } catch (IOException e) {
          return null;
        }
      }).filter(t -> t != null && t.isBefore(before)).max(java.util.Comparator.naturalOrder())
          .map(t -> t.truncatedTo(java.time.temporal.ChronoUnit.SECONDS));
    } catch (IOException e) {
      return Optional.empty();
    }
  }
}
