package dev.runbook.cli;

import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Clock;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.Supplier;
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
    Environment env = Environment.of(Path.of("").toAbsolutePath(), Clock.systemDefaultZone(), System.getenv(),
        outTty, errTty);
    int code = execute(env, out, err, args);
    out.flush();
    err.flush();
    System.exit(code);
  }

  /**
   * Runs the command line on {@code args} for a caller in another process (the background
   * process): its working folder, environment variables and terminals, this process's clock and
   * time zone, no standard input. The exit code.
   */
  public static int executeFor(Path workingDir, Map<String, String> variables, boolean outTty, boolean errTty,
      PrintWriter out, PrintWriter err, String... args) {
    Environment env = Environment.of(workingDir, Clock.systemDefaultZone(), variables, outTty, errTty,
        java.io.InputStream.nullInputStream());
    return execute(env, out, err, args);
  }

  /** Runs the command line on {@code args}, as the executable does; the exit code. */
  static int execute(Environment env, PrintWriter out, PrintWriter err, String... args) {
    return commandLine(env, out, err, args.length > 0 ? args[0] : null).execute(args);
  }

  /** A configured command line; tests call {@code execute(args)} on it. */
  public static CommandLine commandLine(Environment env, PrintWriter out, PrintWriter err) {
    return commandLine(env, out, err, null);
  }

  /**
   * As {@link #commandLine(Environment, PrintWriter, PrintWriter)}; when {@code first} (the first
   * argument) names a subcommand, only that one is made. Picocli reads a command's annotations
   * when it is added, which for all of them is ~0.1 s of a cold start.
   */
  static CommandLine commandLine(Environment env, PrintWriter out, PrintWriter err, String first) {
    // The command tree: one place.
    Map<String, Supplier<Object>> commands = new LinkedHashMap<>();
    commands.put("check", () -> new CheckCommand(env));
    commands.put("build", () -> new BuildCommand(env));
    commands.put("serve", () -> new ServeCommand(env));
    commands.put("rules", RulesCommand::new);
    commands.put("init", () -> new InitCommand(env));
    commands.put("new", () -> new NewCommand(env));
    commands.put("fix", () -> new FixCommand(env));
    commands.put("review", () -> new ReviewCommand(env));
    commands.put("alerts", () -> new AlertsCommand(env));
    commands.put("lsp", () -> new LspCommand(env));
    commands.put("daemon", () -> new DaemonCommand(env));
    commands.put("completion", () -> new CompletionCommand(() -> commandLine(env, out, err, null)));
    CommandLine cl = new CommandLine(new RunbookCommand(env));
    if (first != null && commands.containsKey(first)) {
      cl.addSubcommand(commands.get(first).get());
    } else {
      commands.values().forEach(c -> cl.addSubcommand(c.get()));
    }
    cl.setOut(out);
    cl.setErr(err);
    // Help in colour by the console conventions of the environment, as findings are: picocli's own
    // guess reads this process's console and variables, which are not the caller's in the
    // background process.
    cl.setColorScheme(CommandLine.Help.defaultColorScheme(
        env.colour() ? CommandLine.Help.Ansi.ON : CommandLine.Help.Ansi.OFF));
    cl.setExecutionExceptionHandler(new InternalErrorHandler(env.debug()));
    cl.setParameterExceptionHandler(new UsageErrorHandler());
    cl.setCaseInsensitiveEnumValuesAllowed(true);
    return cl;
  }
}
