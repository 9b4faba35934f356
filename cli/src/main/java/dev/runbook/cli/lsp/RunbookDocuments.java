package dev.runbook.cli.lsp;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import org.eclipse.lsp4j.CodeAction;
import org.eclipse.lsp4j.CodeActionParams;
import org.eclipse.lsp4j.Command;
import org.eclipse.lsp4j.CompletionItem;
import org.eclipse.lsp4j.CompletionList;
import org.eclipse.lsp4j.CompletionParams;
import org.eclipse.lsp4j.DefinitionParams;
import org.eclipse.lsp4j.DidChangeTextDocumentParams;
import org.eclipse.lsp4j.DidCloseTextDocumentParams;
import org.eclipse.lsp4j.DidOpenTextDocumentParams;
import org.eclipse.lsp4j.DidSaveTextDocumentParams;
import org.eclipse.lsp4j.Location;
import org.eclipse.lsp4j.LocationLink;
import org.eclipse.lsp4j.TextDocumentContentChangeEvent;
import org.eclipse.lsp4j.jsonrpc.messages.Either;
import org.eclipse.lsp4j.services.TextDocumentService;

/**
 * The text-document half of the protocol: buffers opened, edited (whole text each time), saved
 * and closed; quick fixes, go-to-definition and completion on the set as the buffers make it.
 */
final class RunbookDocuments implements TextDocumentService {
  private final Session session;

  RunbookDocuments(Session session) {
    this.session = session;
  }

  @Override
  public void didOpen(DidOpenTextDocumentParams params) {
    session.edited(params.getTextDocument().getUri(), params.getTextDocument().getText());
  }

  @Override
  public void didChange(DidChangeTextDocumentParams params) {
    List<TextDocumentContentChangeEvent> changes = params.getContentChanges();
    if (!changes.isEmpty()) {
      // Full sync: the last change holds the whole text.
      session.edited(params.getTextDocument().getUri(), changes.get(changes.size() - 1).getText());
    }
  }

  @Override
  public void didSave(DidSaveTextDocumentParams params) {
    session.publishAll();
  }

  @Override
  public void didClose(DidCloseTextDocumentParams params) {
    session.closed(params.getTextDocument().getUri());
  }

  @Override
  public CompletableFuture<List<Either<Command, CodeAction>>> codeAction(CodeActionParams params) {
    String uri = params.getTextDocument().getUri();
    List<Either<Command, CodeAction>> actions = new ArrayList<>();
    session.pathOf(uri).ifPresent(path -> QuickFixes.forDiagnostics(session.set, path, uri,
        params.getContext().getDiagnostics(), params.getContext().getOnly())
        .forEach(a -> actions.add(Either.forRight(a))));
    return CompletableFuture.completedFuture(actions);
  }

  @Override
  public CompletableFuture<Either<List<? extends Location>, List<? extends LocationLink>>> definition(
      DefinitionParams params) {
    Optional<Location> at = session.pathOf(params.getTextDocument().getUri()).flatMap(path ->
        new LinkNavigator(session.set).definition(path, params.getPosition().getLine(),
            params.getPosition().getCharacter()));
    return CompletableFuture.completedFuture(Either.forLeft(at.map(List::of).orElse(List.of())));
  }

  @Override
  public CompletableFuture<Either<List<CompletionItem>, CompletionList>> completion(CompletionParams params) {
    List<CompletionItem> items = session.pathOf(params.getTextDocument().getUri())
        .map(path -> new LinkNavigator(session.set).complete(path, params.getPosition().getLine(),
            params.getPosition().getCharacter()))
        .orElse(List.of());
    return CompletableFuture.completedFuture(Either.forRight(new CompletionList(false, items)));
  }
}
