package dev.runbook.cli;

import dev.runbook.cli.lsp.RunbookLanguageServer;
import java.io.InputStream;
import java.io.OutputStream;
import java.util.concurrent.Callable;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Future;
import org.eclipse.lsp4j.jsonrpc.Launcher;
import org.eclipse.lsp4j.launch.LSPLauncher;
import org.eclipse.lsp4j.services.LanguageClient;
import picocli.CommandLine.Command;

/** {@code runbook lsp}: the Language Server, for editors, over stdin and stdout. */
@Command(
    name = "lsp",
    mixinStandardHelpOptions = true,
    description = {
      "Language Server for editors (LSP over stdin/stdout): your editor starts it, you do not.",
      "Findings as you type (the open file checked against the runbook set on disk and the other open files, "
          + "cross-file links included), quick fixes from 'runbook fix', go to definition on links and anchors, "
          + "completion of runbook paths after '](' and of anchors after '#'.",
      "The runbook set is found from the editor's workspace folder as 'runbook check' finds it from the current "
          + "folder. Set-ups for VS Code, Neovim and Helix: see README, section Editors."
    },
    exitCodeListHeading = "%nExit status:%n",
    exitCodeList = {
      "0:the editor asked the server to shut down, then to exit",
      "1:the editor exited without asking to shut down, or closed the connection"
    })
final class LspCommand implements Callable<Integer> {
  private final Environment env;
  private final InputStream in;
  private final OutputStream out;

  LspCommand(Environment env) {
    this(env, System.in, System.out);
  }

  LspCommand(Environment env, InputStream in, OutputStream out) {
    this.env = env;
    this.in = in;
    this.out = out;
  }

  @Override
  public Integer call() throws InterruptedException {
    RunbookLanguageServer server = new RunbookLanguageServer(env.workingDir(), env.clock());
    Launcher<LanguageClient> launcher = LSPLauncher.createServerLauncher(server, in, out);
    server.connect(launcher.getRemoteProxy());
    Future<Void> listening = launcher.startListening();
    CompletableFuture<Object> closed = CompletableFuture.supplyAsync(() -> {
      try {
        return listening.get();
      } catch (InterruptedException | ExecutionException e) {
        return null;
      }
    });
    try {
      Object first = CompletableFuture.anyOf(server.exited(), closed).get();
      return first instanceof Integer code ? code : 1;
    } catch (ExecutionException e) {
      return 1;
    }
  }
}
