package dev.runbook.core.rules.builtin;

import dev.runbook.core.model.CodeBlock;
import dev.runbook.core.model.Position;
import dev.runbook.core.model.Runbook;
import dev.runbook.core.report.RuleInfo;
import dev.runbook.core.report.Severity;
import dev.runbook.core.rules.Rule;
import dev.runbook.core.rules.RuleContext;
import java.util.List;
import java.util.stream.Collectors;

/** RB107: a fenced code block that is never closed runs to the end of the file. */
public final class UnclosedFenceRule implements Rule {
  static final RuleInfo INFO = new RuleInfo("RB107", "unclosed-fence", Severity.WARNING,
      "A code fence is never closed, so the code block runs to the end of the file and swallows the headings after it.",
      "A missing closing fence turns the rest of the runbook into one code block: its Steps, "
          + "Validation and Rollback are still on the page but no longer headings, and the site shows "
          + "them as a wall of code. The fix is one line, once the reader knows where.",
      "```bash\nsystemctl restart api\n\n## Validation\n\n- The API answers.",
      RuleInfo.Scope.RUNBOOKS);

  /** How many swallowed headings the message names before "…". */
  private static final int NAMED = 3;

  @Override
  public RuleInfo info() {
    return INFO;
  }

  @Override
  public void check(RuleContext ctx) {
    Runbook r = ctx.runbook();
    for (CodeBlock fence : r.codeBlocks()) {
      if (!fence.runsToEnd()) {
        continue;
      }
      String line = r.line(fence.fenceLine());
      int indent = line.length() - line.stripLeading().length();
      String opening = line.stripLeading();
      int length = 0;
      while (length < opening.length() && opening.charAt(length) == opening.charAt(0)) {
        length++;
      }
      String close = opening.substring(0, length);
      List<SwallowedHeadings.Swallowed> swallowed = SwallowedHeadings.in(r, fence);
      String what = swallowed.isEmpty() ? "it runs to the end of the file"
          : "it swallows " + swallowed.size() + (swallowed.size() == 1 ? " heading" : " headings") + " after it ("
              + swallowed.stream().limit(NAMED).map(SwallowedHeadings.Swallowed::shown).collect(Collectors.joining(", "))
              + (swallowed.size() > NAMED ? ", …" : "") + ")";
      String where = swallowed.isEmpty() ? "after the code's last line"
          : "after the code's last line, before line " + swallowed.get(0).line();
      ctx.report(new Position(fence.fenceLine(), indent + 1),
          "code fence opened here is never closed; " + what + ": add a closing " + close + " " + where);
    }
  }
}
