package dev.runbook.cli.lsp;

import dev.runbook.core.model.Heading;
import dev.runbook.core.model.LinkTarget;
import dev.runbook.core.model.Runbook;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.eclipse.lsp4j.CompletionItem;
import org.eclipse.lsp4j.CompletionItemKind;
import org.eclipse.lsp4j.Location;
import org.eclipse.lsp4j.Position;
import org.eclipse.lsp4j.Range;
import org.eclipse.lsp4j.TextEdit;
import org.eclipse.lsp4j.jsonrpc.messages.Either;

/**
 * Links in a buffer, followed and completed: go-to-definition on {@code [text](target.md#anchor)}
 * opens the file at the heading the anchor names; after {@code ](} completion offers the set's
 * runbooks relative to the current file, after {@code #} inside a link the anchors of the file it
 * names. Link targets resolve as the rules resolve them ({@link
 * dev.runbook.core.model.SetIndex#resolve}), so what the editor follows is what RB301 checks.
 */
final class LinkNavigator {
  private final OpenSet set;

  LinkNavigator(OpenSet set) {
    this.set = set;
  }

  /** Where the link under the cursor leads: the file, at the heading its anchor names. */
  Optional<Location> definition(String path, int line, int character) {
    Optional<Runbook> from = set.document(path);
    if (from.isEmpty()) {
      return Optional.empty();
    }
    Optional<String> destination = destinationAt(from.get().line(line + 1), character);
    if (destination.isEmpty()) {
      return Optional.empty();
    }
    LinkTarget t = set.index().resolve(from.get(), destination.get());
    if (t.kind() != LinkTarget.Kind.INTERNAL || !t.exists()) {
      return Optional.empty();
    }
    int targetLine = 0;
    if (t.hasFragment() && t.document().isPresent()) {
      for (Heading h : t.document().get().headings()) {
        if (h.anchor().equals(t.fragment())) {
          targetLine = h.position().line() - 1;
          break;
        }
      }
    }
    Position at = new Position(targetLine, 0);
    return Optional.of(new Location(Uris.of(set.fileOf(t.path())), new Range(at, at)));
  }

  /** The destination of the inline link whose {@code (...)} holds the cursor, if any. */
  static Optional<String> destinationAt(String line, int character) {
    int from = 0;
    while (true) {
      int open = line.indexOf("](", from);
      if (open < 0) {
        return Optional.empty();
      }
      int start = open + 2;
      boolean angled = start < line.length() && line.charAt(start) == '<';
      int end = start;
      while (end < line.length() && (angled ? line.charAt(end) != '>' : !Character.isWhitespace(line.charAt(end))
          && line.charAt(end) != ')')) {
        end++;
      }
      if (character >= open && character <= end) {
        String dest = line.substring(angled ? start + 1 : start, end);
        return dest.isEmpty() ? Optional.empty() : Optional.of(dest);
      }
      from = Math.max(end, start);
    }
  }

  /** Completion items at the cursor: paths after {@code ](}, anchors after {@code #} in a link. */
  List<CompletionItem> complete(String path, int line, int character) {
    Optional<Runbook> from = set.document(path);
    if (from.isEmpty()) {
      return List.of();
    }
    String text = from.get().line(line + 1);
    String before = text.substring(0, Math.min(character, text.length()));
    int open = before.lastIndexOf("](");
    if (open < 0) {
      return List.of();
    }
    String typed = before.substring(open + 2);
    if (typed.startsWith("<")) {
      typed = typed.substring(1);
    }
    if (typed.contains(")") || typed.contains(" ") || typed.contains(">")) {
      return List.of();
    }
    int hash = typed.indexOf('#');
    if (hash < 0) {
      return paths(from.get(), new Range(new Position(line, character - typed.length()), new Position(line, character)));
    }
    String file = typed.substring(0, hash);
    Optional<Runbook> target = file.isEmpty() ? from : set.index().resolve(from.get(), file).document();
    Range replaced = new Range(new Position(line, character - (typed.length() - hash - 1)), new Position(line, character));
    return target.map(t -> anchors(t, replaced)).orElse(List.of());
  }

  /** Every other document of the set, as a path relative to {@code from}'s folder. */
  private List<CompletionItem> paths(Runbook from, Range replaced) {
    Path folder = Path.of(from.folder());
    List<CompletionItem> items = new ArrayList<>();
    for (Runbook r : set.documents()) {
      if (r.path().equals(from.path())) {
        continue;
      }
      String rel = from.folder().isEmpty() ? r.path()
          : folder.relativize(Path.of(r.path())).toString().replace('\\', '/');
      CompletionItem item = new CompletionItem(rel);
      item.setKind(CompletionItemKind.File);
      item.setDetail(r.title());
      item.setTextEdit(Either.forLeft(new TextEdit(replaced, rel)));
      items.add(item);
    }
    return items;
  }

  private static List<CompletionItem> anchors(Runbook target, Range replaced) {
    List<CompletionItem> items = new ArrayList<>();
    for (Heading h : target.headings()) {
      CompletionItem item = new CompletionItem(h.anchor());
      item.setKind(CompletionItemKind.Reference);
      item.setDetail("#".repeat(h.level()) + " " + h.text());
      item.setTextEdit(Either.forLeft(new TextEdit(replaced, h.anchor())));
      items.add(item);
    }
    return items;
  }
}
