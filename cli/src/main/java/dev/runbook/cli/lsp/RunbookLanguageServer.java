package dev.runbook.cli.lsp;

import dev.runbook.core.check.CheckFailure;
import dev.runbook.core.rules.Rule;
import dev.runbook.core.rules.builtin.BuiltinRules;
import java.io.IOException;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import org.eclipse.lsp4j.CodeActionKind;
import org.eclipse.lsp4j.CodeActionOptions;
import org.eclipse.lsp4j.CompletionOptions;
import org.eclipse.lsp4j.DidChangeWatchedFilesRegistrationOptions;
import org.eclipse.lsp4j.FileSystemWatcher;
import org.eclipse.lsp4j.InitializeParams;
import org.eclipse.lsp4j.InitializeResult;
import org.eclipse.lsp4j.InitializedParams;
import org.eclipse.lsp4j.MessageParams;
import org.eclipse.lsp4j.MessageType;
import org.eclipse.lsp4j.Registration;
import org.eclipse.lsp4j.RegistrationParams;
import org.eclipse.lsp4j.SaveOptions;
import org.eclipse.lsp4j.ServerCapabilities;
import org.eclipse.lsp4j.ServerInfo;
import org.eclipse.lsp4j.TextDocumentSyncKind;
import org.eclipse.lsp4j.TextDocumentSyncOptions;
import org.eclipse.lsp4j.WorkspaceFolder;
import org.eclipse.lsp4j.jsonrpc.messages.Either;
import org.eclipse.lsp4j.services.LanguageClient;
import org.eclipse.lsp4j.services.LanguageClientAware;
import org.eclipse.lsp4j.services.LanguageServer;
import org.eclipse.lsp4j.services.TextDocumentService;
import org.eclipse.lsp4j.services.WorkspaceService;

/**
 * The server's life: {@code initialize} finds the runbook set of the editor's first workspace
 * folder (or its root URI, else the working folder) and loads it; {@code exit} ends it. The
 * documents and workspace services do the work on the set. LSP4J hands every message to one
 * thread in order, and every handler here answers on that thread, so the set needs no locks.
 */
public final class RunbookLanguageServer implements LanguageServer, LanguageClientAware {
  private final Path workingDir;
  private final Clock clock;
  private final List<Rule> rules = BuiltinRules.all();
  private final Session session = new Session();
  private final RunbookDocuments documents = new RunbookDocuments(session);
  private final RunbookWorkspace workspace = new RunbookWorkspace(session, this::reload);
  private final CompletableFuture<Integer> exited = new CompletableFuture<>();
  private boolean shutdown;
  private boolean watchFiles;
  private boolean initialized;
  private Path folder;

  public RunbookLanguageServer(Path workingDir, Clock clock) {
    this.workingDir = workingDir;
    this.clock = clock;
  }

  @Override
  public void connect(LanguageClient client) {
    session.client = client;
  }

  /** Completes with the exit status when the client sends {@code exit}: 0 after {@code shutdown}, else 1. */
  public CompletableFuture<Integer> exited() {
    return exited;
  }

  @Override
  public CompletableFuture<InitializeResult> initialize(InitializeParams params) {
    folder = workspaceFolder(params).orElse(workingDir);
    watchFiles = params.getCapabilities() != null && params.getCapabilities().getWorkspace() != null
        && params.getCapabilities().getWorkspace().getDidChangeWatchedFiles() != null
        && Boolean.TRUE.equals(params.getCapabilities().getWorkspace().getDidChangeWatchedFiles()
            .getDynamicRegistration());
    reload();
    ServerCapabilities caps = new ServerCapabilities();
    TextDocumentSyncOptions sync = new TextDocumentSyncOptions();
    sync.setOpenClose(true);
    sync.setChange(TextDocumentSyncKind.Full);
    sync.setSave(new SaveOptions(false));
    caps.setTextDocumentSync(sync);
    caps.setCodeActionProvider(new CodeActionOptions(List.of(CodeActionKind.QuickFix, QuickFixes.FIX_ALL)));
    caps.setDefinitionProvider(true);
    caps.setCompletionProvider(new CompletionOptions(false, List.of("(", "#", "/")));
    return CompletableFuture.completedFuture(new InitializeResult(caps,
        new ServerInfo("runbook", RunbookLanguageServer.class.getPackage().getImplementationVersion())));
  }

  @Override
  public void initialized(InitializedParams params) {
    initialized = true;
    session.problem.ifPresent(p -> session.client.showMessage(new MessageParams(MessageType.Error, p)));
    if (watchFiles) {
      FileSystemWatcher markdown = new FileSystemWatcher(Either.forLeft("**/*.md"));
      FileSystemWatcher config = new FileSystemWatcher(Either.forLeft("**/{runbook.yml,runbook.yaml,.runbook.yml}"));
      session.client.registerCapability(new RegistrationParams(List.of(new Registration("runbook-files",
          "workspace/didChangeWatchedFiles", new DidChangeWatchedFilesRegistrationOptions(List.of(markdown, config))))));
    }
  }

  /** Loads the set again from disk (at the start, and when the config changes), keeping open buffers. */
  private void reload() {
    try {
      SetLocation location = SetLocation.find(new dev.runbook.core.check.CheckRunner(rules), folder, clock);
      OpenSet next = OpenSet.load(location, rules, clock, Runtime.getRuntime().availableProcessors());
      session.replace(next);
      session.problem = Optional.empty();
    } catch (CheckFailure e) {
      session.problem = Optional.of("runbook: " + e.getMessage());
    } catch (IOException e) {
      session.problem = Optional.of("runbook: cannot read the runbook folder: " + e.getMessage());
    }
    if (initialized && session.problem.isPresent()) {
      session.client.showMessage(new MessageParams(MessageType.Error, session.problem.get()));
    }
  }

  private static Optional<Path> workspaceFolder(InitializeParams params) {
    if (params.getWorkspaceFolders() != null) {
      for (WorkspaceFolder f : params.getWorkspaceFolders()) {
        Optional<Path> p = Uris.path(f.getUri());
        if (p.isPresent()) {
          return p;
        }
      }
    }
    if (params.getRootUri() != null) {
      return Uris.path(params.getRootUri());
    }
    @SuppressWarnings("deprecation")
    String rootPath = params.getRootPath();
    return Optional.ofNullable(rootPath).map(Path::of);
  }

  @Override
  public CompletableFuture<Object> shutdown() {
    shutdown = true;
    return CompletableFuture.completedFuture(null);
  }

  @Override
  public void exit() {
    exited.complete(shutdown ? 0 : 1);
  }

  @Override
  public TextDocumentService getTextDocumentService() {
    return documents;
  }

  @Override
  public WorkspaceService getWorkspaceService() {
    return workspace;
  }
}
