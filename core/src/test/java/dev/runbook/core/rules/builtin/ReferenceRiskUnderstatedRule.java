package dev.runbook.core.rules.builtin;

import dev.runbook.core.model.CodeBlock;
import dev.runbook.core.model.Position;
import dev.runbook.core.model.RiskLevel;
import dev.runbook.core.report.RuleInfo;
import dev.runbook.core.report.Severity;
import dev.runbook.core.rules.Rule;
import dev.runbook.core.rules.RuleContext;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * {@link RiskUnderstatedRule} as it was before each pattern got its quick text test, kept verbatim
 * as the oracle that {@code RiskUnderstatedRuleTest} compares the rule with on generated lines.
 *
 * <p>RB204: a code block runs a destructive command while risk is low or medium. Configured
 * {@code patterns} are matched as case-insensitive literal text.
 */
final class ReferenceRiskUnderstatedRule implements Rule {
  /** The metadata is not under test: the rule's own. */
  static final RuleInfo INFO = RiskUnderstatedRule.INFO;

  private record Destructive(String name, Pattern pattern) {}

  private static final List<Destructive> DEFAULTS = List.of(
      new Destructive("rm -rf", Pattern.compile("\\brm\\s+(?:-[a-zA-Z]*[rR][a-zA-Z]*f|-[a-zA-Z]*f[a-zA-Z]*[rR]|-[rR]\\s+-f|-f\\s+-[rR]|--recursive\\s+--force|--force\\s+--recursive)\\b")),
      new Destructive("DROP", Pattern.compile("(?i)\\bdrop\\s+(?:table|database|schema|index|user|role)\\b")),
      new Destructive("TRUNCATE", Pattern.compile("\\bTRUNCATE\\b|(?i)\\btruncate\\s+table\\b")),
      new Destructive("kubectl delete", Pattern.compile("\\bkubectl\\b[^|;&\\n]*\\sdelete\\b")),
      new Destructive("terraform destroy", Pattern.compile("\\bterraform\\b[^|;&\\n]*\\sdestroy\\b")),
      new Destructive("mkfs", Pattern.compile("\\bmkfs(?:\\.[a-z0-9]+)?\\b")),
      new Destructive("dd of=", Pattern.compile("\\bdd\\b[^|;&\\n]*\\bof=")),
      new Destructive("kill -9", Pattern.compile("\\b(?:kill|pkill|killall)\\s+(?:-9|-KILL|-SIGKILL|-s\\s+(?:9|KILL|SIGKILL))\\b")),
      new Destructive("git push --force", Pattern.compile("\\bgit\\s+push\\b[^|;&\\n]*(?:--force\\b|--force-with-lease\\b|\\s-f\\b)")),
      new Destructive("wipefs", Pattern.compile("\\bwipefs\\b|\\bshred\\b")));

  private static final Pattern DELETE_FROM = Pattern.compile("(?i)\\bdelete\\s+from\\b");
  private static final Pattern WHERE = Pattern.compile("(?i)\\bwhere\\b");

  @Override
  public RuleInfo info() {
    return INFO;
  }

  @Override
  public void check(RuleContext ctx) {
    Optional<RiskLevel> risk = ctx.runbook().risk();
    if (risk.isEmpty() || risk.get().isSevere()) {
      return;
    }
    List<String> extra = ctx.setting().patterns();
    for (CodeBlock block : ctx.runbook().codeBlocks()) {
      String[] lines = block.literal().split("\n", -1);
      for (int i = 0; i < lines.length; i++) {
        Optional<String> hit = destructive(lines, i, extra);
        if (hit.isPresent()) {
          ctx.report(Position.ofLine(block.firstLine() + i), "'" + hit.get() + "' is destructive but the risk is "
              + risk.get().id() + ": raise the risk to high or critical, or remove the command");
        }
      }
    }
  }

  private static final List<String> TRIGGERS = List.of(
      "rm", "drop", "truncate", "kubectl", "terraform", "mkfs", "dd", "kill", "git", "wipefs", "shred", "delete");

  /** The destructive command on line {@code i} of a code block, if any. */
  static Optional<String> destructive(String[] lines, int i, List<String> extra) {
    String line = lines[i];
    String lowered = line.toLowerCase(Locale.ROOT);
    if (extra.isEmpty() && TRIGGERS.stream().noneMatch(lowered::contains)) {
      return Optional.empty();
    }
    for (Destructive d : DEFAULTS) {
      if (d.pattern().matcher(line).find()) {
        return Optional.of(d.name());
      }
    }
    Matcher m = DELETE_FROM.matcher(line);
    while (m.find()) {
      if (!WHERE.matcher(statement(lines, i, m.start())).find()) {
        return Optional.of("DELETE FROM without WHERE");
      }
    }
    String lower = line.toLowerCase(Locale.ROOT);
    for (String p : extra) {
      if (!p.isBlank() && lower.contains(p.toLowerCase(Locale.ROOT))) {
        return Optional.of(p);
      }
    }
    return Optional.empty();
  }

  /**
   * The SQL statement that starts at {@code start} of line {@code i}: up to its {@code ;}, over as
   * many lines as it takes, since a WHERE clause often stands on the next line.
   */
  private static String statement(String[] lines, int i, int start) {
    StringBuilder s = new StringBuilder(lines[i].substring(start));
    for (int k = i + 1; k < lines.length && s.indexOf(";") < 0; k++) {
      s.append('\n').append(lines[k]);
    }
    int end = s.indexOf(";");
    return end < 0 ? s.toString() : s.substring(0, end);
  }
}
