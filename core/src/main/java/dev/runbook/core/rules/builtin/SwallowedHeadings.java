package dev.runbook.core.rules.builtin;

import dev.runbook.core.model.CodeBlock;
import dev.runbook.core.model.Runbook;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The headings a code fence that is never closed swallows: ATX heading lines inside it, which
 * would have been headings had the fence been closed before them. Shared by RB107, which reports
 * the fence, and RB101, which says why a required section that is written is still missing.
 */
final class SwallowedHeadings {
  private SwallowedHeadings() {}

  /** A heading line inside an unclosed fence: {@code "## Mitigation"} at its 1-based line. */
  record Swallowed(int line, int level, String text) {
    String shown() {
      return "#".repeat(level) + " " + text;
    }
  }

  private static final Pattern ATX = Pattern.compile("^ {0,3}(#{1,6})(?:[ \\t]+(.*?))?(?:[ \\t]+#+)?[ \\t]*$");

  /** The fence of the runbook that runs to the end of the file, if any (there is at most one). */
  static Optional<CodeBlock> unclosedFence(Runbook r) {
    return r.codeBlocks().stream().filter(CodeBlock::runsToEnd).findFirst();
  }

  /** The heading lines after the opening fence, in order. */
  static List<Swallowed> in(Runbook r, CodeBlock fence) {
    List<Swallowed> out = new ArrayList<>();
    for (int n = fence.fenceLine() + 1; n <= r.lines().size(); n++) {
      Matcher m = ATX.matcher(r.line(n));
      if (m.matches() && m.group(2) != null && !m.group(2).isBlank()) {
        out.add(new Swallowed(n, m.group(1).length(), m.group(2).strip()));
      }
    }
    return out;
  }
}
