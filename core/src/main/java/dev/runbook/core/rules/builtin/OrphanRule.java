package dev.runbook.core.rules.builtin;

import dev.runbook.core.model.Heading;
import dev.runbook.core.model.Position;
import dev.runbook.core.model.Runbook;
import dev.runbook.core.model.SetIndex;
import dev.runbook.core.report.RuleInfo;
import dev.runbook.core.report.Severity;
import dev.runbook.core.rules.Rule;
import dev.runbook.core.rules.RuleContext;
import java.util.Optional;

/** RB304: no index page links to the runbook, directly or through other index pages. */
public final class OrphanRule implements Rule {
  static final RuleInfo INFO = new RuleInfo("RB304", "orphan", Severity.WARNING,
      "No index page links to the runbook, directly or through other index pages.",
      "A runbook nobody can find from the index is a runbook nobody follows. It is also how stale "
          + "copies survive after a procedure was replaced.",
      "<!-- drafts/new-procedure.md, linked from no README.md -->",
      RuleInfo.Scope.RUNBOOKS);

  @Override
  public RuleInfo info() {
    return INFO;
  }

  @Override
  public boolean readsSet() {
    return true;
  }

  /**
   * Where a link would help: the home page, and the runbook's folder's index page when the walk
   * from the home page reaches it; without a home page, that index page or a new README.md.
   */
  static String where(SetIndex index, Runbook runbook) {
    Optional<Runbook> home = index.set().rootIndex();
    Optional<Runbook> folderIndex = runbook.folder().isEmpty() ? Optional.empty()
        : index.reachedIndexOf(runbook.folder());
    if (home.isPresent()) {
      return home.get().path() + folderIndex.map(i -> " or " + i.path()).orElse("");
    }
    return folderIndex.map(Runbook::path).orElse("README.md");
  }

  @Override
  public void check(RuleContext ctx) {
    if (ctx.index().isLinkedFromIndex(ctx.runbook())) {
      return;
    }
    Position at = ctx.runbook().titles().stream().findFirst().map(Heading::position).orElse(Position.START);
    ctx.report(at, "no index page links to this runbook: add it to " + where(ctx.index(), ctx.runbook()));
  }
}
