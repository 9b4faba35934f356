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
 * RB204: a code block runs a destructive command while risk is low or medium. Configured
 * {@code patterns} are matched as case-insensitive literal text.
 */
public final class RiskUnderstatedRule implements Rule {
  static final RuleInfo INFO = new RuleInfo("RB204", "risk-understated", Severity.WARNING,
      "A code block runs a destructive command while risk is low or medium.",
      "'rm -rf', 'DROP TABLE' or 'kubectl delete' in a low-risk runbook means the label is wrong, "
          + "and the label decides who may run it unsupervised. Raise the risk or remove the command.",
      "---\nrisk: low\n---\n```bash\nkubectl delete namespace payments\n```",
      RuleInfo.Scope.RUNBOOKS);

  /**
   * A destructive command: its pattern, and lower-case text that every line it matches contains
   * once lower-cased, the rarest first. Looking for that text is much cheaper than running the
   * pattern, and most lines of shell have little of it ("kubectl" is common, "delete" is not).
   */
  private record Destructive(String name, Pattern pattern, List<String> needs) {
    Destructive(String name, String regex, String... needs) {
      this(name, Pattern.compile(regex), List.of(needs));
    }

    boolean matches(String line, String lowered) {
      for (String s : needs) {
        if (!lowered.contains(s)) {
          return false;
        }
      }
      return pattern.matcher(line).find();
    }
  }

  private static final List<Destructive> DEFAULTS = List.of(
      new Destructive("rm -rf", "\\brm\\s+(?:-[a-zA-Z]*[rR][a-zA-Z]*f|-[a-zA-Z]*f[a-zA-Z]*[rR]|-[rR]\\s+-f|-f\\s+-[rR]|--recursive\\s+--force|--force\\s+--recursive)\\b", "rm", "-"),
      new Destructive("DROP", "(?i)\\bdrop\\s+(?:table|database|schema|index|user|role)\\b", "drop"),
      new Destructive("TRUNCATE", "\\bTRUNCATE\\b|(?i)\\btruncate\\s+table\\b", "truncate"),
      new Destructive("kubectl delete", "\\bkubectl\\b[^|;&\\n]*\\sdelete\\b", "delete", "kubectl"),
      new Destructive("terraform destroy", "\\bterraform\\b[^|;&\\n]*\\sdestroy\\b", "destroy", "terraform"),
      new Destructive("mkfs", "\\bmkfs(?:\\.[a-z0-9]+)?\\b", "mkfs"),
      new Destructive("dd of=", "\\bdd\\b[^|;&\\n]*\\bof=", "of=", "dd"),
      new Destructive("kill -9", "\\b(?:kill|pkill|killall)\\s+(?:-9|-KILL|-SIGKILL|-s\\s+(?:9|KILL|SIGKILL))\\b", "kill"),
      new Destructive("git push --force", "\\bgit\\s+push\\b[^|;&\\n]*(?:--force\\b|--force-with-lease\\b|\\s-f\\b)", "push", "git"),
      // One name, two commands: each pattern has its own text to look for.
      new Destructive("wipefs", "\\bwipefs\\b", "wipefs"),
      new Destructive("wipefs", "\\bshred\\b", "shred"));

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

  /** The destructive command on line {@code i} of a code block, if any. */
  static Optional<String> destructive(String[] lines, int i, List<String> extra) {
    String line = lines[i];
    String lowered = line.toLowerCase(Locale.ROOT);
    for (Destructive d : DEFAULTS) {
      if (d.matches(line, lowered)) {
        return Optional.of(d.name());
      }
    }
    if (lowered.contains("delete")) {
      Matcher m = DELETE_FROM.matcher(line);
      while (m.find()) {
        if (!WHERE.matcher(statement(lines, i, m.start())).find()) {
          return Optional.of("DELETE FROM without WHERE");
        }
      }
    }
    for (String p : extra) {
      if (!p.isBlank() && lowered.contains(p.toLowerCase(Locale.ROOT))) {
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
