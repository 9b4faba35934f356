package dev.runbook.cli.lsp;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.eclipse.lsp4j.PublishDiagnosticsParams;
import org.eclipse.lsp4j.services.LanguageClient;

/**
 * What the server knows between messages: the client, the loaded set, the open buffers by URI,
 * and why the set could not be loaded, if it could not. Every change to a buffer checks every
 * open buffer again (one edit can break or mend links in the others) and publishes their
 * findings. Used from the message thread only.
 */
final class Session {
  LanguageClient client;
  /** Null until a set has loaded. */
  OpenSet set;
  Optional<String> problem = Optional.empty();
  private final Map<String, String> open = new LinkedHashMap<>();

  /** The buffer's path in the set; empty for a file the set does not read, or before it loads. */
  Optional<String> pathOf(String uri) {
    return set == null ? Optional.empty() : Uris.path(uri).flatMap(set::pathOf);
  }

  void edited(String uri, String text) {
    open.put(uri, text);
    pathOf(uri).ifPresent(p -> set.edit(p, text));
    publishAll();
  }

  void closed(String uri) {
    open.remove(uri);
    pathOf(uri).ifPresent(set::close);
    publish(uri, List.of());
    publishAll();
  }

  /** A newly loaded set takes the place of the old one, with the open buffers in it. */
  void replace(OpenSet next) {
    set = next;
    open.forEach((uri, text) -> pathOf(uri).ifPresent(p -> set.edit(p, text)));
    publishAll();
  }

  /** Publishes the findings of every open buffer. */
  void publishAll() {
    if (client == null) {
      return;
    }
    for (String uri : open.keySet()) {
      // No set (a broken config): no findings; the user was shown why.
      publish(uri, pathOf(uri).flatMap(p -> set.document(p))
          .map(doc -> Findings.toLsp(set.findings(doc.path()), doc)).orElse(List.of()));
    }
  }

  private void publish(String uri, List<org.eclipse.lsp4j.Diagnostic> diagnostics) {
    if (client != null) {
      client.publishDiagnostics(new PublishDiagnosticsParams(uri, diagnostics));
    }
  }
}
