package dev.runbook.core.rules.builtin;

import dev.runbook.core.model.EncodingProblem;
import dev.runbook.core.report.RuleInfo;
import dev.runbook.core.report.Severity;
import dev.runbook.core.rules.Rule;
import dev.runbook.core.rules.RuleContext;

/** RB501: invalid UTF-8, a byte-order mark, mojibake, or a binary file. */
public final class EncodingRule implements Rule {
  static final RuleInfo INFO = new RuleInfo("RB501", "encoding", Severity.ERROR,
      "Invalid UTF-8, a byte-order mark, or mojibake such as 'ðŸ', 'Ã©', 'â€™'.",
      "A file saved through the wrong encoding turns 🔴 into 'ðŸ”´': the risk colour disappears, "
          + "anchors break and commands with non-ASCII characters stop working when pasted.",
      "### ðŸš€ **Startup Procedures**",
      RuleInfo.Scope.ALL_DOCUMENTS);

  @Override
  public RuleInfo info() {
    return INFO;
  }

  @Override
  public void check(RuleContext ctx) {
    for (EncodingProblem p : ctx.runbook().encodingProblems()) {
      switch (p.kind()) {
        case BINARY -> ctx.report(p.position(), "not a text file (" + p.detail()
            + "): remove it or rename it so it does not end in .md");
        case INVALID_UTF8 -> ctx.report(p.position(), p.detail() + ": save the file as UTF-8");
        case BYTE_ORDER_MARK -> ctx.report(p.position(), p.detail() + ": save it as UTF-8 without BOM");
        case MOJIBAKE -> ctx.reportFixable(p.position(), p.detail() + ": the file went through the wrong encoding; repair it");
        default -> throw new IllegalStateException(p.kind().toString());
      }
    }
  }
}
