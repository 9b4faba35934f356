package dev.runbook.core.preview;

import dev.runbook.core.model.LinkTarget;
import dev.runbook.core.model.Runbook;
import dev.runbook.core.model.RunbookSet;
import dev.runbook.core.model.SetIndex;
import dev.runbook.core.report.Diagnostic;
import dev.runbook.core.report.Report;
import dev.runbook.core.rules.Linter;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;

/**
 * Which documents a change can have changed the findings of, checked again: the changed ones;
 * those whose links now check differently (a target came, went or moved, an anchor appeared or
 * went, the "did you mean" candidates changed); those whose reachability from the index pages, or
 * the index page their RB304 hint names, changed; and, when documents came or went or one with
 * {@code moved_to} or {@code aliases} changed, every document that has those (RB504 checks them
 * against the others). Every other document keeps its findings. Stateless apart from the linter
 * it is given.
 */
final class Recheck {
  private final Linter linter;

  Recheck(Linter linter) {
    this.linter = linter;
  }

  /**
   * The report for {@code next}: the previous findings of documents the change cannot have
   * affected, and fresh findings for the others.
   *
   * @param documents paths of the documents that changed, came or went
   */
  Report report(RunbookSet set, SetIndex old, Report previous, RunbookSet next, SetIndex.Update update,
      Set<String> documents) {
    return report(set, old, previous, next, update, documents, Set.of(), List.of());
  }

  /**
   * The same, for a set with alerting rules: the findings of the alert rules ({@code alertRules},
   * on runbooks and on the {@code alertFiles}, rules files and config) are kept as they were; they
   * are made again only when the alerts are read again, on a full build.
   */
  Report report(RunbookSet set, SetIndex old, Report previous, RunbookSet next, SetIndex.Update update,
      Set<String> documents, Set<String> alertRules, List<String> alertFiles) {
    SetIndex index = update.index();
    Set<String> again = new TreeSet<>(documents);
    for (String path : update.relinked()) {
      Runbook doc = next.get(path).orElse(null);
      if (doc != null && !again.contains(path) && linksLintDifferently(doc, update, old)) {
        again.add(path);
      }
    }
    boolean cameOrWent = documents.stream().anyMatch(d -> set.get(d).isEmpty() || next.get(d).isEmpty());
    boolean rootIndexMoved = !set.rootIndex().map(Runbook::path).equals(next.rootIndex().map(Runbook::path));
    boolean crossReferences = cameOrWent || documents.stream().anyMatch(d ->
        refersToOthers(set.get(d)) || refersToOthers(next.get(d)));
    if (update.indexPagesChanged() || crossReferences || rootIndexMoved) {
      for (Runbook r : next.documents()) {
        if (rootIndexMoved || old.isLinkedFromIndex(r) != index.isLinkedFromIndex(r)
            || (crossReferences && refersToOthers(Optional.of(r))) || orphanHintMoved(r, old, index)) {
          again.add(r.path());
        }
      }
    }
    List<Runbook> docs = new ArrayList<>();
    again.forEach(p -> next.get(p).ifPresent(docs::add));
    List<Diagnostic> all = new ArrayList<>(linter.check(docs, index, Map.of()));
    Set<String> outside = new TreeSet<>(alertFiles);
    for (Diagnostic d : previous.diagnostics()) {
      boolean alertFinding = alertRules.contains(d.rule());
      if (alertFinding ? outside.contains(d.file()) || next.get(d.file()).isPresent()
          : !again.contains(d.file()) && next.get(d.file()).isPresent()) {
        all.add(d);
      }
    }
    List<String> files = new ArrayList<>(next.documents().stream().map(Runbook::path).toList());
    alertFiles.stream().filter(f -> !files.contains(f)).forEach(files::add);
    return new Report(previous.root(), files, all, previous.rules()).withUnreadable(next.problems());
  }

  /**
   * True when a link of an unchanged document now checks differently: its target appeared,
   * went or moved, an anchor it names appeared or went, or (for a missing target) the files the
   * "did you mean" hint picks from changed.
   */
  private static boolean linksLintDifferently(Runbook doc, SetIndex.Update update, SetIndex before) {
    SetIndex after = update.index();
    for (var link : doc.links()) {
      if (update.relinkedLinks().contains(link)
          && !lintFacts(before.resolve(doc, link), before).equals(lintFacts(after.resolve(doc, link), after))) {
        return true;
      }
    }
    return false;
  }

  private static List<Object> lintFacts(LinkTarget t, SetIndex index) {
    if (t.kind() != LinkTarget.Kind.INTERNAL) {
      return List.of(t.kind(), t.path(), t.exists());
    }
    if (t.document().isEmpty()) {
      int slash = t.path().lastIndexOf('/');
      return List.of(t.kind(), t.path(), t.exists(),
          t.exists() ? List.of() : index.pathsIn(slash < 0 ? "" : t.path().substring(0, slash)));
    }
    Runbook target = t.document().get();
    if (!t.hasFragment() || target.hasAnchor(t.fragment())) {
      return List.of(t.kind(), t.path(), true);
    }
    List<String> anchors = new ArrayList<>(target.htmlIds());
    target.headings().forEach(h -> anchors.add(h.anchor()));
    return List.of(t.kind(), t.path(), true, anchors);
  }

  /** RB304 names the folder's index page when the home page reaches it: did that change? */
  private static boolean orphanHintMoved(Runbook r, SetIndex before, SetIndex after) {
    return r.isRunbook() && !after.isLinkedFromIndex(r) && !before.reachedIndexOf(r.folder()).map(Runbook::path)
        .equals(after.reachedIndexOf(r.folder()).map(Runbook::path));
  }

  /** {@code moved_to} and {@code aliases} are checked against the other documents. */
  private static boolean refersToOthers(Optional<Runbook> doc) {
    return doc.isPresent() && (doc.get().frontMatter().get("moved_to").isPresent()
        || doc.get().frontMatter().get("aliases").isPresent());
  }
}
