package dev.runbook.core.rules.builtin;

import dev.runbook.core.model.RiskLevel;
import dev.runbook.core.model.RiskLine;
import dev.runbook.core.report.RuleInfo;
import dev.runbook.core.report.Severity;
import dev.runbook.core.rules.Rule;
import dev.runbook.core.rules.RuleContext;
import java.util.Optional;

/** RB203: front matter, risk line and emoji disagree. */
public final class RiskConflictRule implements Rule {
  static final RuleInfo INFO = new RuleInfo("RB203", "risk-conflict", Severity.ERROR,
      "Front matter, risk line and emoji disagree.",
      "A page that says 'low' in its metadata and shows a red Critical badge will be trusted in the "
          + "wrong direction by someone. The risk must be stated once, consistently.",
      "---\nrisk: low\n---\n# Drop the cache\n**Risk Level**: 🔴 Critical",
      RuleInfo.Scope.RUNBOOKS);

  @Override
  public RuleInfo info() {
    return INFO;
  }

  @Override
  public void check(RuleContext ctx) {
    Optional<RiskLine> line = ctx.runbook().riskLine();
    if (line.isEmpty()) {
      return;
    }
    RiskLine rl = line.get();
    Optional<RiskLevel> word = RiskLevel.fromWord(rl.word());
    Optional<RiskLevel> emoji = RiskLevel.fromEmoji(rl.emoji());
    if (word.isPresent() && emoji.isPresent() && word.get() != emoji.get()) {
      ctx.reportFixable(rl.position(), "the risk line says " + emoji.get().emoji() + " ("
          + emoji.get().label() + ") but '" + rl.word() + "': " + word.get().label() + " is "
          + word.get().emoji());
    }
    Optional<RiskLevel> fm = ctx.runbook().frontMatter().string("risk").flatMap(RiskLevel::fromWord);
    Optional<RiskLevel> body = word.or(() -> emoji);
    if (fm.isPresent() && body.isPresent() && fm.get() != body.get()) {
      ctx.reportFixable(rl.position(), "front matter says risk '" + fm.get().id()
          + "' but the risk line says " + body.get().label() + ": make them agree");
    }
  }
}
