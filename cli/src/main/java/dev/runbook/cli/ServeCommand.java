package dev.runbook.cli;

import dev.runbook.cli.serve.Browser;
import dev.runbook.cli.serve.LivePreview;
import dev.runbook.cli.serve.PreviewServer;
import dev.runbook.core.check.CheckFailure;
import dev.runbook.core.check.CheckOptions;
import dev.runbook.core.site.SiteException;
import java.io.IOException;
import java.io.PrintWriter;
import java.net.BindException;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.atomic.AtomicInteger;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code runbook serve [ROOT]}: the site, rebuilt and reloaded on every save, with findings on each page. */
@Command(
    name = "serve",
    mixinStandardHelpOptions = true,
    description = {
      "Preview the site while you write: serves it on this machine, rebuilds the pages a save touches "
          + "and reloads them in the browser, and shows each page's findings in an overlay.",
      "The site is built in a temporary folder, never in the runbook folder; Ctrl-C stops the server and removes it."
    },
    exitCodeListHeading = "%nExit status:%n",
    exitCodeList = {
      "0:stopped with Ctrl-C",
      "2:usage or configuration error, or the port is in use",
      "3:internal error"
    })
final class ServeCommand implements Callable<Integer> {
  @Spec CommandSpec spec;

  @Parameters(paramLabel = "ROOT", arity = "0..1",
      description = "the runbook folder (default: runbook.yml's root, else ./runbooks)")
  Path root;

  @Option(names = "--port", paramLabel = "PORT", defaultValue = "8000",
      description = "the port to listen on, 0 for any free one (default: ${DEFAULT-VALUE})")
  int port;

  @Option(names = "--host", paramLabel = "HOST", defaultValue = "127.0.0.1",
      description = "the address to listen on (default: ${DEFAULT-VALUE}, this machine only)")
  String host;

  @Option(names = "--open", description = "open the site in the browser")
  boolean open;

  @Option(names = "--poll", description = "watch for changes by polling, for file systems that send no change events "
      + "(network shares, some containers)")
  boolean poll;

  @Option(names = "--config", paramLabel = "FILE", description = "runbook.yml to use (default: found from the root upwards)")
  Path config;

  @Option(names = "--alerts", paramLabel = "GLOB",
      description = "alerting-rule files besides alerts.rules, watched like them; repeatable, relative to the "
          + "current folder, e.g. --alerts '../deploy/**/*.yaml'")
  List<String> alerts = new java.util.ArrayList<>();

  @Option(names = "--today", paramLabel = "DATE", converter = DateConverter.class,
      description = "the date review rules count from, YYYY-MM-DD (default: today)")
  LocalDate today;

  @Option(names = "--threads", paramLabel = "N", description = "threads for the first build (default: the number of processors)")
  Integer threads;

  @Option(names = {"-q", "--quiet"}, description = "print only errors")
  boolean quiet;

  private final Environment env;

  ServeCommand(Environment env) {
    this.env = env;
  }

  @Override
  public Integer call() {
    PrintWriter out = spec.commandLine().getOut();
    PrintWriter err = spec.commandLine().getErr();
    if (port < 0 || port > 65535) {
      err.println("runbook: --port must be between 0 and 65535, not " + port);
      return ExitCodes.USAGE;
    }
    Clock clock = DateConverter.clockOn(today, env.clock());
    int n = threads == null ? Runtime.getRuntime().availableProcessors() : Math.max(1, threads);
    CheckOptions check = new CheckOptions(env.workingDir(), Optional.ofNullable(root), List.of(),
        Optional.ofNullable(config), clock, false, Optional.empty(), Optional.empty(), n).withAlertRules(alerts);
    // An editor's save (a write, or a temporary file and a rename) is over within a few ms; each
    // ms waited here is one more before the page reloads.
    LivePreview.Settings settings =
        new LivePreview.Settings(check, host, port, poll, Duration.ofMillis(25), quiet, env.clock(),
            PreviewServer.Timeouts.DEFAULT);
    CountDownLatch stopped = new CountDownLatch(1);
    LivePreview live;
    try {
      live = LivePreview.start(settings, out, err);
    } catch (BindException e) {
      err.println("runbook: port " + port + " on " + host + " is in use: stop the other server or choose another port, e.g. --port "
          + (port == 65535 ? 8000 : port + 1));
      return ExitCodes.USAGE;
    } catch (IOException e) {
      err.println("runbook: cannot serve on " + host + ":" + port + ": " + e.getMessage());
      return ExitCodes.USAGE;
    } catch (CheckFailure e) {
      err.println("runbook: " + RootHint.message(e, RootHint.folderArgument("serve")));
      return ExitCodes.USAGE;
    } catch (SiteException e) {
      err.println("runbook: " + e.getMessage());
      return e.kind() == SiteException.Kind.INVALID_OUTPUT ? ExitCodes.INTERNAL : ExitCodes.USAGE;
    }
    if (!isLoopback(host)) {
      err.println("runbook: note: listening on " + host + ": other machines on your network can read these runbooks");
    }
    AtomicInteger code = new AtomicInteger(ExitCodes.OK);
    live.built().whenComplete((done, failure) -> {
      if (failure != null) {
        err.println("runbook: " + failure.getMessage());
        err.flush();
        code.set(failure instanceof SiteException s && s.kind() == SiteException.Kind.INVALID_OUTPUT
            || !(failure instanceof CheckFailure || failure instanceof SiteException) ? ExitCodes.INTERNAL : ExitCodes.USAGE);
        stopped.countDown();
      }
    });
    Thread hook = new Thread(() -> {
      live.close();
      stopped.countDown();
    }, "runbook-serve-stop");
    Runtime.getRuntime().addShutdownHook(hook);
    if (open && !Browser.open(live.url())) {
      err.println("runbook: could not start a browser: open " + live.url() + " yourself");
    }
    try {
      stopped.await();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    } finally {
      live.close();
      try {
        Runtime.getRuntime().removeShutdownHook(hook);
      } catch (IllegalStateException e) {
        // Shutting down already: the hook is running.
      }
    }
    return code.get();
  }

  private static boolean isLoopback(String host) {
    return host.equals("127.0.0.1") || host.equals("localhost") || host.equals("::1") || host.startsWith("127.");
  }
}
