package dev.runbook.core.rules.builtin;

import dev.runbook.core.model.Heading;
import dev.runbook.core.model.Position;
import dev.runbook.core.report.RuleInfo;
import dev.runbook.core.report.Severity;
import dev.runbook.core.rules.Rule;
import dev.runbook.core.rules.RuleContext;
import java.util.List;

/** RB105: no H1 (and no front-matter title), or more than one H1. */
public final class TitleRule implements Rule {
  static final RuleInfo INFO = new RuleInfo("RB105", "title", Severity.ERROR,
      "No H1 title (and no front-matter title), or more than one H1.",
      "The title is what search, the index and the browser tab show. One runbook, one title. A "
          + "front-matter title stands for the H1, as in Hugo, MkDocs and Middleman.",
      "## Overview\n<!-- no '# Title' line -->",
      RuleInfo.Scope.RUNBOOKS);

  @Override
  public RuleInfo info() {
    return INFO;
  }

  @Override
  public void check(RuleContext ctx) {
    List<Heading> titles = ctx.runbook().titles();
    if (titles.isEmpty() && ctx.runbook().frontMatter().fieldString("title").isEmpty()) {
      ctx.report(Position.START, "no title: start the runbook with one '# Title' heading"
          + " (or give it a '" + ctx.runbook().frontMatter().keyOf("title") + ":' in the front matter)");
      return;
    }
    if (titles.isEmpty()) {
      return; // the front-matter title stands for the H1, as in Hugo, MkDocs and Middleman
    }
    for (Heading extra : titles.subList(1, titles.size())) {
      ctx.report(extra.position(), "a second H1 '" + extra.text() + "' (the title is on line "
          + titles.get(0).position().line() + "): make it '##' or lower");
    }
  }
}
