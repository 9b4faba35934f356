package dev.runbook.core.rules.builtin;

import dev.runbook.core.model.Heading;
import dev.runbook.core.model.Position;
import dev.runbook.core.report.RuleInfo;
import dev.runbook.core.report.Severity;
import dev.runbook.core.rules.RequiredSections;
import dev.runbook.core.rules.Rule;
import dev.runbook.core.rules.RuleContext;
import dev.runbook.core.model.CodeBlock;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** RB101: a required section is absent. */
public final class MissingSectionRule implements Rule {
  static final RuleInfo INFO = new RuleInfo("RB101", "missing-section", Severity.ERROR,
      "A required section is absent.",
      "During an incident nobody has time to wonder whether a runbook forgot its rollback or its "
          + "validation. Every runbook carries the same sections in the same place, so an engineer "
          + "paged at 3 a.m. finds Steps, Validation and Rollback without reading the whole page.",
      "# Restart the API\n\n## Overview\n...\n## Steps\n1. Restart it.\n<!-- no Prerequisites, Validation, Rollback, References -->",
      RuleInfo.Scope.RUNBOOKS);

  /** The heading that would be the section, written inside a fence that is never closed. */
  private static Optional<SwallowedHeadings.Swallowed> insideUnclosedFence(RuleContext ctx, String name) {
    Optional<CodeBlock> fence = SwallowedHeadings.unclosedFence(ctx.runbook());
    if (fence.isEmpty()) {
      return Optional.empty();
    }
    List<String> accepted = new ArrayList<>();
    accepted.add(RequiredSections.normalise(name));
    ctx.config().sectionAliases().forEach((k, aliases) -> {
      if (k.equalsIgnoreCase(name)) {
        aliases.forEach(a -> accepted.add(RequiredSections.normalise(a)));
      }
    });
    return SwallowedHeadings.in(ctx.runbook(), fence.get()).stream()
        .filter(h -> h.level() == 2 && accepted.contains(RequiredSections.normalise(h.text())))
        .findFirst();
  }

  @Override
  public RuleInfo info() {
    return INFO;
  }

  /** Reads the set: the hint names a section as the set's runbooks write it ({@link RuleContext#sectionHeading}). */
  @Override
  public boolean readsSet() {
    return true;
  }

  @Override
  public void check(RuleContext ctx) {
    List<RequiredSections.Found> found = ctx.foundSections();
    Position at = ctx.runbook().titles().stream().findFirst().map(Heading::position).orElse(Position.START);
    List<String> names = ctx.requiredSections();
    for (int i = 0; i < names.size(); i++) {
      String name = names.get(i);
      if (found.stream().noneMatch(f -> f.required().equals(name))) {
        var inFence = insideUnclosedFence(ctx, name);
        if (inFence.isPresent()) {
          ctx.report(at, "required section '" + ctx.sectionHeading(name) + "' is missing: '" + inFence.get().shown()
              + "' (line " + inFence.get().line() + ") is inside the unclosed code fence at line "
              + SwallowedHeadings.unclosedFence(ctx.runbook()).orElseThrow().fenceLine()
              + ": close the fence before it (RB107)");
          continue;
        }
        String where = i == 0 ? "after the title" : "after '## " + ctx.sectionHeading(names.get(i - 1)) + "'";
        String heading = ctx.sectionHeading(name);
        ctx.reportFixable(at, "required section '" + heading + "' is missing: add '## " + heading + "' " + where);
      }
    }
  }
}
