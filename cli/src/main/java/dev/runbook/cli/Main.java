package dev.runbook.cli;

import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Clock;
import picocli.CommandLine;

/** The executable's entry point: the only place that calls {@link System#exit}. */
public final class Main {
  private Main() {}

  public static void main(String[] args) {
    PrintWriter out = new PrintWriter(new java.io.OutputStreamWriter(System.out, StandardCharsets.UTF_8), true);
    PrintWriter err = new PrintWriter(new java.io.OutputStreamWriter(System.err, StandardCharsets.UTF_8), true);
    boolean console = System.console() != null;
    // The launcher says which streams are terminals; java -jar alone can only ask for both at once.
    boolean outTty = Boolean.parseBoolean(System.getProperty("runbook.tty.out", String.valueOf(console)));
    boolean errTty = Boolean.parseBoolean(System.getProperty("runbook.tty.err", String.valueOf(console)));
    Environment env = new Environment(Path.of("").toAbsolutePath(), Clock.systemDefaultZone(),
        outTty && System.getenv("NO_COLOR") == null, errTty);
    int code = commandLine(env, out, err).execute(args);
    out.flush();
    err.flush();
    System.exit(code);
  }

  /** A configured command line; tests call {@code execute(args)} on it. */
  public static CommandLine commandLine(Environment env, PrintWriter out, PrintWriter err) {
    CommandLine cl = new CommandLine(new RunbookCommand(env));
    // The command tree: one place. build, serve, new, fix and review join here.
    cl.addSubcommand(new CheckCommand(env));
    cl.addSubcommand(new BuildCommand(env));
    cl.addSubcommand(new ServeCommand(env));
    cl.addSubcommand(new RulesCommand());
    cl.addSubcommand(new NewCommand(env));
    cl.addSubcommand(new FixCommand(env));
    cl.addSubcommand(new ReviewCommand(env));
    cl.setOut(out);
    cl.setErr(err);
    cl.setExecutionExceptionHandler(new InternalErrorHandler());
    cl.setParameterExceptionHandler(new UsageErrorHandler());
    cl.setCaseInsensitiveEnumValuesAllowed(true);
    return cl;
  }
}
