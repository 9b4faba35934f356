package dev.runbook.core.rules.builtin;

import dev.runbook.core.model.FrontMatterValue;
import dev.runbook.core.model.RiskLevel;
import dev.runbook.core.model.RiskLine;
import dev.runbook.core.report.RuleInfo;
import dev.runbook.core.report.Severity;
import dev.runbook.core.rules.Rule;
import dev.runbook.core.rules.RuleContext;
import java.util.Optional;

/** RB202: a risk value or emoji outside the four levels. */
public final class RiskInvalidRule implements Rule {
  static final RuleInfo INFO = new RuleInfo("RB202", "risk-invalid", Severity.ERROR,
      "A risk value or emoji outside the four levels.",
      "Four levels with fixed colours (🔴 Critical, 🟡 High, 🟢 Medium, 🔵 Low) are what dashboards, "
          + "badges and approval rules understand. 'Severe' or 🟠 means nothing to them.",
      "**Risk Level**: 🟠 Severe",
      RuleInfo.Scope.RUNBOOKS);

  private static final String LEVELS = "critical, high, medium or low";

  @Override
  public RuleInfo info() {
    return INFO;
  }

  @Override
  public void check(RuleContext ctx) {
    Optional<FrontMatterValue> fm = ctx.runbook().frontMatter().get("risk");
    if (fm.isPresent()) {
      String v = fm.get().asString();
      if (fm.get().value() == null) {
        ctx.report(fm.get().position(), "risk has no value: use " + LEVELS);
      } else if (v == null || RiskLevel.fromWord(v).isEmpty()) {
        ctx.report(fm.get().position(), "risk '" + (v == null ? String.valueOf(fm.get().value()) : v)
            + "' is not a risk level: use " + LEVELS);
      }
    }
    Optional<RiskLine> line = ctx.runbook().riskLine();
    if (line.isEmpty()) {
      return;
    }
    RiskLine rl = line.get();
    if (!rl.word().isEmpty() && RiskLevel.fromWord(rl.word()).isEmpty()) {
      ctx.report(rl.position(), "risk '" + rl.word() + "' is not a risk level: use Critical, High, Medium or Low");
    } else if (rl.word().isEmpty() && rl.emoji().isEmpty()) {
      ctx.report(rl.position(), "the risk line names no level: write e.g. '**Risk Level**: 🟢 Medium'");
    }
    if (!rl.emoji().isEmpty() && RiskLevel.fromEmoji(rl.emoji()).isEmpty()) {
      ctx.report(rl.position(), "'" + rl.emoji() + "' is not a risk colour: use 🔴 Critical, 🟡 High, 🟢 Medium or 🔵 Low");
    }
  }
}
