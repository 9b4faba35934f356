package dev.runbook.core.rules.builtin;

import dev.runbook.core.model.Section;
import dev.runbook.core.report.RuleInfo;
import dev.runbook.core.report.Severity;
import dev.runbook.core.rules.Rule;
import dev.runbook.core.rules.RuleContext;
import java.util.Optional;

/** RB106: Steps has no ordered list or {@code ### Step N} subsections. */
public final class StepsNotOrderedRule implements Rule {
  static final RuleInfo INFO = new RuleInfo("RB106", "steps-not-ordered", Severity.WARNING,
      "Steps has no ordered list or '### Step N' subsections.",
      "Numbered steps let people say 'I am at step 4' on a bridge call, tick steps off, and resume "
          + "after an interruption. Prose paragraphs do not.",
      "## Steps\nRestart the service and then check the logs.",
      RuleInfo.Scope.RUNBOOKS);

  @Override
  public RuleInfo info() {
    return INFO;
  }

  @Override
  public void check(RuleContext ctx) {
    Optional<String> steps = ctx.config().stepsSection();
    if (steps.isEmpty()) {
      return;
    }
    Optional<Section> section = ctx.section(steps.get());
    if (section.isPresent() && section.get().hasContent()
        && !section.get().hasOrderedList() && !section.get().hasStepHeadings()) {
      ctx.report(section.get().heading().position(),
          "steps are not numbered: use an ordered list (1. 2. 3.) or '### Step N' subsections");
    }
  }
}
