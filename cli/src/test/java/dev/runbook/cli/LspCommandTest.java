package dev.runbook.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.PipedInputStream;
import java.io.PipedOutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.ZoneOffset;
import java.util.List;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import org.eclipse.lsp4j.ClientCapabilities;
import org.eclipse.lsp4j.CodeAction;
import org.eclipse.lsp4j.CodeActionContext;
import org.eclipse.lsp4j.CodeActionParams;
import org.eclipse.lsp4j.CompletionItem;
import org.eclipse.lsp4j.CompletionParams;
import org.eclipse.lsp4j.DefinitionParams;
import org.eclipse.lsp4j.Diagnostic;
import org.eclipse.lsp4j.DiagnosticSeverity;
import org.eclipse.lsp4j.DidChangeTextDocumentParams;
import org.eclipse.lsp4j.DidChangeWatchedFilesParams;
import org.eclipse.lsp4j.FileChangeType;
import org.eclipse.lsp4j.FileEvent;
import org.eclipse.lsp4j.DidCloseTextDocumentParams;
import org.eclipse.lsp4j.DidOpenTextDocumentParams;
import org.eclipse.lsp4j.DidSaveTextDocumentParams;
import org.eclipse.lsp4j.InitializeParams;
import org.eclipse.lsp4j.InitializedParams;
import org.eclipse.lsp4j.Location;
import org.eclipse.lsp4j.MessageActionItem;
import org.eclipse.lsp4j.MessageParams;
import org.eclipse.lsp4j.Position;
import org.eclipse.lsp4j.PublishDiagnosticsParams;
import org.eclipse.lsp4j.Range;
import org.eclipse.lsp4j.ShowMessageRequestParams;
import org.eclipse.lsp4j.TextDocumentContentChangeEvent;
import org.eclipse.lsp4j.TextDocumentIdentifier;
import org.eclipse.lsp4j.TextDocumentItem;
import org.eclipse.lsp4j.TextEdit;
import org.eclipse.lsp4j.VersionedTextDocumentIdentifier;
import org.eclipse.lsp4j.WorkspaceFolder;
import org.eclipse.lsp4j.launch.LSPLauncher;
import org.eclipse.lsp4j.services.LanguageClient;
import org.eclipse.lsp4j.services.LanguageServer;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code runbook lsp} driven as an editor drives it: a real JSON-RPC client (LSP4J's launcher)
 * talking to the command over piped streams.
 */
class LspCommandTest {
  private static final String RESTORE = """
      ---
      owner: db-team
      last_reviewed: 2026-11-01
      ---
      # Restore the database

      **Risk Level**: 🟡 High

      ## Overview

      Restores the database from last night's backup.

      ## Prerequisites

      - Access to the backup bucket.

      ## Steps

      1. Stop the app.
      2. Restore.

      ## Validation

      The app answers.

      ## Rollback

      Start the old primary again.

      ## References

      - [Home](../README.md)
      """;

  @TempDir Path dir;
  private Path runbooks;
  private final BlockingQueue<PublishDiagnosticsParams> published = new LinkedBlockingQueue<>();
  private final BlockingQueue<String> messages = new LinkedBlockingQueue<>();
  private LanguageServer server;
  private CompletableFuture<Integer> exit;

  @BeforeEach
  void start() throws IOException {
    runbooks = Files.createDirectories(dir.resolve("runbooks"));
    Files.createDirectories(runbooks.resolve("db"));
    Files.writeString(runbooks.resolve("README.md"), "# Runbooks\n\n- [Restart](restart.md)\n- [Restore](db/restore.md)\n");
    Files.writeString(runbooks.resolve("db/restore.md"), RESTORE);
    Files.writeString(runbooks.resolve("restart.md"), restart("[Restore](db/restore.md)", true));

    PipedInputStream serverIn = new PipedInputStream(1 << 16);
    PipedOutputStream clientOut = new PipedOutputStream(serverIn);
    PipedInputStream clientIn = new PipedInputStream(1 << 16);
    PipedOutputStream serverOut = new PipedOutputStream(clientIn);
    Clock clock = Clock.fixed(CliRunner.TODAY.atStartOfDay(ZoneOffset.UTC).toInstant(), ZoneOffset.UTC);
    LspCommand command = new LspCommand(new Environment(Path.of("/"), clock, false, false), serverIn, serverOut);
    exit = CompletableFuture.supplyAsync(() -> {
      try {
        return command.call();
      } catch (InterruptedException e) {
        return -1;
      }
    });
    var launcher = LSPLauncher.createClientLauncher(new Client(), clientIn, clientOut);
    launcher.startListening();
    server = launcher.getRemoteProxy();
  }

  @AfterEach
  void stop() throws Exception {
    if (!exit.isDone()) {
      server.shutdown().get(10, TimeUnit.SECONDS);
      server.exit();
      exit.get(10, TimeUnit.SECONDS);
    }
  }

  private static String restart(String link, boolean withRollback) {
    return """
        ---
        owner: app-team
        last_reviewed: 2026-11-01
        ---
        # Restart the app

        **Risk Level**: 🔵 Low

        ## Overview

        Restarts the app.

        ## Prerequisites

        - Shell access.

        ## Steps

        1. Run `systemctl restart app`. See %s.

        ## Validation

        The app answers.
        %s
        ## References

        - [Home](README.md)
        """.formatted(link, withRollback ? "\n## Rollback\n\nNothing to undo.\n" : "");
  }

  private void initialize() throws Exception {
    InitializeParams init = new InitializeParams();
    init.setWorkspaceFolders(List.of(new WorkspaceFolder(dir.toUri().toString(), "project")));
    init.setCapabilities(new ClientCapabilities());
    var result = server.initialize(init).get(30, TimeUnit.SECONDS);
    assertThat(result.getCapabilities().getDefinitionProvider().getLeft()).isTrue();
    server.initialized(new InitializedParams());
  }

  private String uri(String path) {
    return runbooks.resolve(path).toUri().toString();
  }

  private void open(String path, String text) {
    server.getTextDocumentService().didOpen(new DidOpenTextDocumentParams(new TextDocumentItem(uri(path), "markdown", 1, text)));
  }

  private void change(String path, int version, String text) {
    server.getTextDocumentService().didChange(new DidChangeTextDocumentParams(
        new VersionedTextDocumentIdentifier(uri(path), version), List.of(new TextDocumentContentChangeEvent(text))));
  }

  /**
   * The diagnostics last published for {@code path} once the server has handled everything sent
   * so far: a request's answer comes after the notifications the earlier messages caused.
   */
  private List<Diagnostic> diagnostics(String path) throws Exception {
    server.getTextDocumentService().definition(new DefinitionParams(new TextDocumentIdentifier(uri("none.txt")),
        new Position(0, 0))).get(30, TimeUnit.SECONDS);
    List<Diagnostic> last = null;
    for (PublishDiagnosticsParams p = published.poll(); p != null; p = published.poll()) {
      if (p.getUri().equals(uri(path))) {
        last = p.getDiagnostics();
      }
    }
    assertThat(last).as("diagnostics for " + path + " arrived").isNotNull();
    return last;
  }

  private static List<Diagnostic> ofRule(List<Diagnostic> all, String rule) {
    return all.stream().filter(d -> rule.equals(d.getCode().getLeft())).toList();
  }

  @Test
  void aBrokenLinkIsReportedAtItsDestinationAndClearedWhenTheBufferFixesIt() throws Exception {
    initialize();
    String text = restart("[Restore](db/restor.md)", true);
    open("restart.md", text);
    List<Diagnostic> broken = ofRule(diagnostics("restart.md"), "RB301");
    assertThat(broken).hasSize(1);
    Diagnostic d = broken.get(0);
    assertThat(d.getSource()).isEqualTo("runbook");
    assertThat(d.getSeverity()).isEqualTo(DiagnosticSeverity.Error);
    assertThat(d.getMessage()).contains("db/restor.md").contains("does not exist");
    int line = text.lines().toList().indexOf("1. Run `systemctl restart app`. See [Restore](db/restor.md).");
    int column = text.lines().toList().get(line).indexOf("db/restor.md");
    assertThat(d.getRange()).isEqualTo(new Range(new Position(line, column), new Position(line, column + "db/restor.md".length())));

    change("restart.md", 2, restart("[Restore](db/restore.md#steps)", true));
    assertThat(diagnostics("restart.md")).isEmpty();
  }

  @Test
  void otherOpenBuffersCountWithTheirUnsavedText() throws Exception {
    initialize();
    open("restart.md", restart("[New](db/new.md#checks) and [Restore](db/restore.md#verify)", true));
    List<Diagnostic> first = diagnostics("restart.md");
    assertThat(ofRule(first, "RB301")).as("db/new.md is not on disk yet").hasSize(1);
    assertThat(ofRule(first, "RB302")).as("restore.md has no Verify heading on disk").hasSize(1);

    open("db/new.md", RESTORE.replace("# Restore the database", "# New\n\n## Checks"));
    open("db/restore.md", RESTORE.replace("## Validation", "## Verify"));
    List<Diagnostic> now = diagnostics("restart.md");
    assertThat(ofRule(now, "RB301")).isEmpty();
    assertThat(ofRule(now, "RB302")).isEmpty();
    assertThat(Files.exists(runbooks.resolve("db/new.md"))).isFalse();

    server.getTextDocumentService().didClose(new DidCloseTextDocumentParams(new TextDocumentIdentifier(uri("db/restore.md"))));
    assertThat(diagnostics("db/restore.md")).as("a closed buffer's findings are cleared").isEmpty();
    open("db/restore.md", RESTORE);
    assertThat(ofRule(diagnostics("restart.md"), "RB302")).as("the file on disk stands for it again").hasSize(1);
  }

  @Test
  void aSaveRepublishesTheFindingsOfTheOpenFiles() throws Exception {
    InitializeParams init = new InitializeParams();
    init.setWorkspaceFolders(List.of(new WorkspaceFolder(dir.toUri().toString(), "project")));
    init.setCapabilities(new ClientCapabilities());
    var result = server.initialize(init).get(30, TimeUnit.SECONDS);
    assertThat(result.getCapabilities().getTextDocumentSync().getRight().getSave().getRight())
        .as("the server asks to be told of saves").isNotNull();
    server.initialized(new InitializedParams());
    open("restart.md", restart("[Restore](db/restor.md)", true));
    assertThat(ofRule(diagnostics("restart.md"), "RB301")).hasSize(1);

    server.getTextDocumentService().didSave(new DidSaveTextDocumentParams(new TextDocumentIdentifier(uri("restart.md"))));
    assertThat(ofRule(diagnostics("restart.md"), "RB301")).as("published again on save").hasSize(1);
  }

  @Test
  void filesChangedOnDiskAreReadAgainWhenTheEditorSaysSo() throws Exception {
    initialize();
    open("restart.md", restart("[Scale](scale.md)", true));
    assertThat(ofRule(diagnostics("restart.md"), "RB301")).hasSize(1);
    Files.writeString(runbooks.resolve("scale.md"), RESTORE.replace("# Restore the database", "# Scale"));
    server.getWorkspaceService().didChangeWatchedFiles(new DidChangeWatchedFilesParams(
        List.of(new FileEvent(uri("scale.md"), FileChangeType.Created))));
    assertThat(ofRule(diagnostics("restart.md"), "RB301")).isEmpty();

    // A folder moved in is one event for the folder.
    change("restart.md", 2, restart("[Scale](scale.md) and [Drain](ops/drain.md)", true));
    assertThat(ofRule(diagnostics("restart.md"), "RB301")).hasSize(1);
    Files.createDirectories(runbooks.resolve("ops"));
    Files.writeString(runbooks.resolve("ops/drain.md"), RESTORE.replace("# Restore the database", "# Drain"));
    server.getWorkspaceService().didChangeWatchedFiles(new DidChangeWatchedFilesParams(
        List.of(new FileEvent(uri("ops"), FileChangeType.Created))));
    assertThat(ofRule(diagnostics("restart.md"), "RB301")).isEmpty();

    // A new config is a new set: a section it requires is missing in the open buffer at once.
    Files.writeString(dir.resolve("runbook.yml"), "root: runbooks\nsections: [Overview, Steps, Escalation]\n");
    server.getWorkspaceService().didChangeWatchedFiles(new DidChangeWatchedFilesParams(
        List.of(new FileEvent(dir.resolve("runbook.yml").toUri().toString(), FileChangeType.Created))));
    assertThat(ofRule(diagnostics("restart.md"), "RB101")).singleElement()
        .satisfies(d -> assertThat(d.getMessage()).contains("'Escalation'"));
  }

  @Test
  void aBrokenConfigIsShownToTheUser() throws Exception {
    Files.writeString(dir.resolve("runbook.yml"), "root: runbooks\nsectoins: [Overview]\n");
    initialize();
    String message = messages.poll(30, TimeUnit.SECONDS);
    assertThat(message).contains("runbook.yml").contains("sectoins");
    open("restart.md", restart("[Restore](db/restor.md)", true));
    assertThat(diagnostics("restart.md")).as("no set, no findings").isEmpty();
  }

  @Test
  void aMissingSectionHasAQuickFixThatAddsIt() throws Exception {
    initialize();
    String text = restart("[Restore](db/restore.md)", false);
    open("restart.md", text);
    List<Diagnostic> missing = ofRule(diagnostics("restart.md"), "RB101");
    assertThat(missing).hasSize(1);
    assertThat(missing.get(0).getMessage()).contains("'Rollback'");

    var actions = server.getTextDocumentService().codeAction(new CodeActionParams(new TextDocumentIdentifier(uri("restart.md")),
        missing.get(0).getRange(), new CodeActionContext(missing))).get(30, TimeUnit.SECONDS);
    List<CodeAction> fixes = actions.stream().filter(a -> a.isRight()).map(a -> a.getRight())
        .filter(a -> "quickfix".equals(a.getKind())).toList();
    assertThat(fixes).hasSize(1);
    CodeAction fix = fixes.get(0);
    assertThat(fix.getTitle()).contains("'## Rollback'");
    assertThat(fix.getDiagnostics()).containsExactlyElementsOf(missing);
    List<TextEdit> edits = fix.getEdit().getChanges().get(uri("restart.md"));
    assertThat(edits).hasSize(1);
    String fixed = apply(text, edits.get(0));
    assertThat(fixed).contains("## Rollback").startsWith(text.substring(0, text.indexOf("## References")));

    change("restart.md", 2, fixed);
    assertThat(ofRule(diagnostics("restart.md"), "RB101")).isEmpty();
  }

  @Test
  void definitionLeadsToTheFileAndToTheHeadingOfTheAnchor() throws Exception {
    initialize();
    String text = restart("[Restore](db/restore.md#steps) or [it](db/restore.md)", true);
    open("restart.md", text);
    diagnostics("restart.md");
    int line = (int) text.lines().takeWhile(l -> !l.contains("#steps")).count();
    String lineText = text.lines().toList().get(line);

    List<? extends Location> toAnchor = server.getTextDocumentService().definition(new DefinitionParams(
        new TextDocumentIdentifier(uri("restart.md")), new Position(line, lineText.indexOf("#steps") + 2)))
        .get(30, TimeUnit.SECONDS).getLeft();
    int steps = RESTORE.lines().toList().indexOf("## Steps");
    assertThat(toAnchor).singleElement().satisfies(l -> {
      assertThat(Path.of(java.net.URI.create(l.getUri()))).isEqualTo(runbooks.resolve("db/restore.md").toRealPath());
      assertThat(l.getRange().getStart()).isEqualTo(new Position(steps, 0));
    });

    List<? extends Location> toFile = server.getTextDocumentService().definition(new DefinitionParams(
        new TextDocumentIdentifier(uri("restart.md")), new Position(line, lineText.lastIndexOf("db/restore.md") + 1)))
        .get(30, TimeUnit.SECONDS).getLeft();
    assertThat(toFile).singleElement().satisfies(l -> assertThat(l.getRange().getStart()).isEqualTo(new Position(0, 0)));

    List<? extends Location> none = server.getTextDocumentService().definition(new DefinitionParams(
        new TextDocumentIdentifier(uri("restart.md")), new Position(line, 0))).get(30, TimeUnit.SECONDS).getLeft();
    assertThat(none).as("not on a link").isEmpty();
  }

  @Test
  void completionOffersRunbookPathsAfterTheBracketAndAnchorsAfterTheHash() throws Exception {
    initialize();
    String text = restart("[Restore](db/", true);
    open("db/restore.md", RESTORE.replace("[Home](../README.md)", "[Restart]("));
    List<String> lines = RESTORE.replace("[Home](../README.md)", "[Restart](").lines().toList();
    int line = lines.indexOf("- [Restart](");
    List<CompletionItem> paths = complete("db/restore.md", line, lines.get(line).length());
    assertThat(paths).extracting(CompletionItem::getLabel).containsExactlyInAnyOrder("../README.md", "../restart.md");
    assertThat(paths.get(0).getTextEdit().getLeft().getRange())
        .isEqualTo(new Range(new Position(line, lines.get(line).length()), new Position(line, lines.get(line).length())));

    String withHash = text.replace("[Restore](db/", "[Restore](db/restore.md#va");
    open("restart.md", withHash);
    int at = (int) withHash.lines().takeWhile(l -> !l.contains("#va")).count();
    String lineText = withHash.lines().toList().get(at);
    List<CompletionItem> anchors = complete("restart.md", at, lineText.indexOf("#va") + 3);
    assertThat(anchors).extracting(CompletionItem::getLabel)
        .contains("overview", "steps", "validation", "rollback").doesNotContain("restart-the-app");
    CompletionItem validation = anchors.stream().filter(i -> i.getLabel().equals("validation")).findFirst().orElseThrow();
    assertThat(apply(withHash, validation.getTextEdit().getLeft())).contains("[Restore](db/restore.md#validation.");
  }

  @Test
  void exitWithoutShutdownEndsWithStatusOne() throws Exception {
    initialize();
    server.exit();
    assertThat(exit.get(10, TimeUnit.SECONDS)).isEqualTo(1);
  }

  @Test
  void theUsageSaysWhatItIs() {
    CliRunner.Result r = CliRunner.run(dir, "lsp", "--help");
    assertThat(r.exit()).isZero();
    assertThat(r.out()).contains("Language Server").contains("VS Code, Neovim and Helix");
  }

  private List<CompletionItem> complete(String path, int line, int character) throws Exception {
    return server.getTextDocumentService().completion(new CompletionParams(new TextDocumentIdentifier(uri(path)),
        new Position(line, character))).get(30, TimeUnit.SECONDS).getRight().getItems();
  }

  /** The text with one edit applied, as an editor applies it. */
  private static String apply(String text, TextEdit edit) {
    return text.substring(0, offset(text, edit.getRange().getStart())) + edit.getNewText()
        + text.substring(offset(text, edit.getRange().getEnd()));
  }

  private static int offset(String text, Position p) {
    int at = 0;
    for (int line = 0; line < p.getLine(); line++) {
      at = text.indexOf('\n', at) + 1;
    }
    return at + p.getCharacter();
  }

  private final class Client implements LanguageClient {
    @Override
    public void telemetryEvent(Object object) { }

    @Override
    public void publishDiagnostics(PublishDiagnosticsParams diagnostics) {
      published.add(diagnostics);
    }

    @Override
    public void showMessage(MessageParams params) {
      messages.add(params.getMessage());
    }

    @Override
    public CompletableFuture<MessageActionItem> showMessageRequest(ShowMessageRequestParams params) {
      return CompletableFuture.completedFuture(null);
    }

    @Override
    public void logMessage(MessageParams message) { }
  }
}
