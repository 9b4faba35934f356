package dev.runbook.core.rules.builtin;

import dev.runbook.core.model.Position;
import dev.runbook.core.model.Runbook;
import dev.runbook.core.report.RuleInfo;
import dev.runbook.core.report.Severity;
import dev.runbook.core.rules.Rule;
import dev.runbook.core.rules.RuleContext;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * RB505: a suppression comment names a rule that does not exist, by ID or by name: it
 * suppresses nothing, and the finding it was meant for is still reported (or, worse, the author
 * believes a rule is off that is not). Names the closest real rule.
 */
public final class UnknownSuppressionRule implements Rule {
  static final RuleInfo INFO = new RuleInfo("RB505", "unknown-suppression", Severity.WARNING,
      "A runbook-disable comment names a rule ID or name that does not exist.",
      "A suppression with a misspelt rule suppresses nothing: the finding it was written for stays, "
          + "or the author believes a check is off that still runs. Naming the closest real rule "
          + "makes the typo a one-character fix.",
      "<!-- runbook-disable-next-line RB3O1 broken-links -->",
      RuleInfo.Scope.ALL_DOCUMENTS);

  private static final Pattern DIRECTIVE =
      Pattern.compile("<!--\\s*runbook-(?:disable-next-line|disable-file|disable|enable)\\b(.*?)(?:-->|$)");
  private static final Pattern WORD = Pattern.compile("[^\\s,]+");

  @Override
  public RuleInfo info() {
    return INFO;
  }

  @Override
  public void check(RuleContext ctx) {
    Runbook r = ctx.runbook();
    List<RuleInfo> known = null;
    for (int n = 1; n <= r.lines().size(); n++) {
      String line = r.line(n);
      if (r.isCodeLine(n) || !line.contains("runbook-")) {
        continue;
      }
      Matcher d = DIRECTIVE.matcher(line);
      while (d.find()) {
        Matcher w = WORD.matcher(d.group(1));
        while (w.find()) {
          String word = w.group();
          if (known == null) {
            known = BuiltinRules.all().stream().map(Rule::info).toList();
          }
          if (known.stream().noneMatch(k -> k.id().equalsIgnoreCase(word) || k.name().equalsIgnoreCase(word))) {
            RuleInfo closest = closest(known, word);
            ctx.report(new Position(n, d.start(1) + w.start() + 1), "unknown rule '" + word
                + "' in a suppression comment suppresses nothing: did you mean " + closest.id() + " ("
                + closest.name() + ")? 'runbook rules' lists them all");
          }
        }
      }
    }
  }

  /** The rule whose ID or name is the fewest edits away from {@code word}. */
  static RuleInfo closest(List<RuleInfo> rules, String word) {
    String w = word.toLowerCase(Locale.ROOT);
    RuleInfo best = rules.get(0);
    int bestDistance = Integer.MAX_VALUE;
    for (RuleInfo r : rules) {
      int d = Math.min(distance(w, r.id().toLowerCase(Locale.ROOT)), distance(w, r.name()));
      if (d < bestDistance) {
        best = r;
        bestDistance = d;
      }
    }
    return best;
  }

  /** Levenshtein distance. */
  static int distance(String a, String b) {
    int[] prev = new int[b.length() + 1];
    int[] cur = new int[b.length() + 1];
    for (int j = 0; j <= b.length(); j++) {
      prev[j] = j;
    }
    for (int i = 1; i <= a.length(); i++) {
      cur[0] = i;
      for (int j = 1; j <= b.length(); j++) {
        int cost = a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1;
        cur[j] = Math.min(Math.min(cur[j - 1] + 1, prev[j] + 1), prev[j - 1] + cost);
      }
      int[] t = prev;
      prev = cur;
      cur = t;
    }
    return prev[b.length()];
  }
}
