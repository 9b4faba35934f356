package dev.runbook.cli;

import java.io.PrintWriter;
import java.io.StringWriter;
import picocli.CommandLine;
import picocli.CommandLine.IExecutionExceptionHandler;
import picocli.CommandLine.ParseResult;

/**
 * A bug escaping a command becomes exit status 3 and one line saying so; the stack trace only
 * with {@code RUNBOOK_DEBUG=1}.
 */
final class InternalErrorHandler implements IExecutionExceptionHandler {
  private final boolean debug;

  InternalErrorHandler(boolean debug) {
    this.debug = debug;
  }

  @Override
  public int handleExecutionException(Exception ex, CommandLine cl, ParseResult parse) {
    PrintWriter err = cl.getErr();
    err.println("runbook: internal error: " + ex.getClass().getSimpleName()
        + (ex.getMessage() == null ? "" : ": " + ex.getMessage().lines().findFirst().orElse("")));
    err.println("runbook: this is a bug; please report it with the command you ran"
        + " (set RUNBOOK_DEBUG=1 for details)");
    if (debug) {
      StringWriter trace = new StringWriter();
      ex.printStackTrace(new PrintWriter(trace));
      err.print(trace);
    }
    err.flush();
    return ExitCodes.INTERNAL;
  }
}
