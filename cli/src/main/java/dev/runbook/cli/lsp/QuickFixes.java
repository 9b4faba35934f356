package dev.runbook.cli.lsp;

import dev.runbook.core.edit.EditRefused;
import dev.runbook.core.edit.SourceLines;
import dev.runbook.core.fix.FixResult;
import dev.runbook.core.fix.Fixer;
import dev.runbook.core.model.DocumentKind;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.eclipse.lsp4j.CodeAction;
import org.eclipse.lsp4j.CodeActionKind;
import org.eclipse.lsp4j.Diagnostic;
import org.eclipse.lsp4j.Position;
import org.eclipse.lsp4j.Range;
import org.eclipse.lsp4j.TextEdit;
import org.eclipse.lsp4j.WorkspaceEdit;

/**
 * Code actions from {@code runbook fix}: for each of our diagnostics whose rule has a fix
 * ({@link Fixer#forRule}), the edit that fix makes to the buffer, one action per rule; and "fix
 * everything runbook can" as a source action. Nothing is offered when the fix would change
 * nothing or refuses the text (broken front matter).
 */
final class QuickFixes {
  static final String FIX_ALL = CodeActionKind.SourceFixAll + ".runbook";

  private QuickFixes() {}

  static List<CodeAction> forDiagnostics(OpenSet set, String path, String uri, List<Diagnostic> diagnostics,
      List<String> only) {
    Optional<String> text = set.buffer(path);
    Optional<DocumentKind> kind = set.document(path).map(d -> d.kind());
    if (text.isEmpty() || kind.isEmpty()) {
      return List.of();
    }
    List<CodeAction> actions = new ArrayList<>();
    if (wanted(only, CodeActionKind.QuickFix)) {
      Map<String, List<Diagnostic>> byRule = new LinkedHashMap<>();
      for (Diagnostic d : diagnostics) {
        if (Findings.SOURCE.equals(d.getSource()) && d.getCode() != null && d.getCode().isLeft()) {
          byRule.computeIfAbsent(d.getCode().getLeft(), r -> new ArrayList<>()).add(d);
        }
      }
      byRule.forEach((rule, found) -> Fixer.forRule(set.config(), rule)
          .flatMap(f -> edit(f, path, kind.get(), text.get()))
          .ifPresent(e -> actions.add(action(e, uri, CodeActionKind.QuickFix, found))));
    }
    if (wanted(only, FIX_ALL)) {
      edit(new Fixer(set.config()), path, kind.get(), text.get())
          .ifPresent(e -> actions.add(action(e, uri, FIX_ALL, List.of())));
    }
    return actions;
  }

  private static boolean wanted(List<String> only, String kind) {
    return only == null || only.isEmpty() || only.stream().anyMatch(k -> kind.equals(k) || kind.startsWith(k + "."));
  }

  private record Edit(String title, TextEdit edit) {}

  private static Optional<Edit> edit(Fixer fixer, String path, DocumentKind kind, String text) {
    FixResult r;
    try {
      r = fixer.fix(path, kind, text.getBytes(StandardCharsets.UTF_8));
    } catch (EditRefused e) {
      return Optional.empty();
    }
    if (!r.changed()) {
      return Optional.empty();
    }
    String title = r.changes().size() == 1 ? capitalised(r.changes().get(0))
        : "Fix " + r.changes().size() + " things runbook can fix (" + String.join("; ", r.changes()) + ")";
    return Optional.of(new Edit(title, between(r.before(), r.after())));
  }

  private static CodeAction action(Edit e, String uri, String kind, List<Diagnostic> fixes) {
    CodeAction a = new CodeAction(e.title());
    a.setKind(kind);
    a.setEdit(new WorkspaceEdit(Map.of(uri, List.of(e.edit()))));
    if (!fixes.isEmpty()) {
      a.setDiagnostics(fixes);
      a.setIsPreferred(true);
    }
    return a;
  }

  private static String capitalised(String s) {
    return s.isEmpty() ? s : Character.toUpperCase(s.charAt(0)) + s.substring(1);
  }

  /**
   * One edit that turns {@code before} into {@code after}: the lines between their common first
   * and last lines replaced, so the cursor and the rest of the buffer stay put.
   */
  static TextEdit between(SourceLines before, SourceLines after) {
    List<String> a = whole(before);
    List<String> b = whole(after);
    int head = 0;
    int tail = 0;
    if (before.hasByteOrderMark() == after.hasByteOrderMark()) {
      while (head < a.size() && head < b.size() && a.get(head).equals(b.get(head))) {
        head++;
      }
      while (tail < a.size() - head && tail < b.size() - head
          && a.get(a.size() - 1 - tail).equals(b.get(b.size() - 1 - tail))) {
        tail++;
      }
    }
    // A byte-order mark is the buffer's first character: a change to it replaces the whole text.
    StringBuilder replacement = new StringBuilder(after.hasByteOrderMark() && head == 0 ? "\uFEFF" : "");
    for (int i = head; i < b.size() - tail; i++) {
      replacement.append(b.get(i));
    }
    return new TextEdit(new Range(new Position(head, 0), endOf(a, a.size() - tail)), replacement.toString());
  }

  /** Where line {@code index} starts; past a last line without an ending, where that line ends. */
  private static Position endOf(List<String> lines, int index) {
    if (index == lines.size() && index > 0 && !lines.get(index - 1).endsWith("\n")
        && !lines.get(index - 1).endsWith("\r")) {
      return new Position(index - 1, lines.get(index - 1).length());
    }
    return new Position(index, 0);
  }

  /** Each line with its ending; a last line without one still counts. */
  private static List<String> whole(SourceLines lines) {
    List<String> out = new ArrayList<>(lines.size());
    for (int i = 0; i < lines.size(); i++) {
      out.add(lines.line(i) + lines.ending(i));
    }
    return out;
  }
}
