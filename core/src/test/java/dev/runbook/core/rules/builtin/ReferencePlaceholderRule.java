package dev.runbook.core.rules.builtin;

import dev.runbook.core.model.Position;
import dev.runbook.core.model.RiskLevel;
import dev.runbook.core.model.Runbook;
import dev.runbook.core.report.RuleInfo;
import dev.runbook.core.report.Severity;
import dev.runbook.core.rules.Rule;
import dev.runbook.core.rules.RuleContext;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * {@link PlaceholderRule} as it was before its quick byte scan, kept verbatim as the oracle that
 * {@code PlaceholderRuleTest} compares the rule with on many generated lines.
 *
 * <p>RB502: {@code TODO}, {@code TBD}, {@code FIXME}, {@code XXX}, {@code <placeholder>}-style text
 * or lorem ipsum outside code. An error in critical runbooks.
 */
final class ReferencePlaceholderRule implements Rule {
  /** The metadata is not under test: the rule's own. */
  static final RuleInfo INFO = PlaceholderRule.INFO;

  private static final Pattern WORD = Pattern.compile("\\b(TODO|TBD|FIXME|XXX)\\b|(?i)\\blorem ipsum\\b");
  private static final Pattern ANGLE = Pattern.compile("<([a-zA-Z][a-zA-Z0-9]*(?:[-_ ][a-zA-Z0-9]+)*)>");
  private static final Pattern INLINE_CODE = Pattern.compile("(`+)(?:(?!\\1).)+?\\1");
  private static final Pattern COMMENT = Pattern.compile("<!--.*?(-->|$)");
  @Override
  public RuleInfo info() {
    return INFO;
  }

  @Override
  public void check(RuleContext ctx) {
    Runbook r = ctx.runbook();
    Severity severity = r.isRunbook() && r.risk().filter(k -> k == RiskLevel.CRITICAL).isPresent()
        ? Severity.ERROR : Severity.WARNING;
    boolean inComment = false;
    for (int n = 1; n <= r.lines().size(); n++) {
      if (r.isCodeLine(n)) {
        continue;
      }
      String raw = r.line(n);
      if (inComment) {
        // The lines of an HTML comment that started on an earlier line are not shown either.
        int close = raw.indexOf("-->");
        if (close < 0) {
          continue;
        }
        raw = " ".repeat(close + 3) + raw.substring(close + 3);
        inComment = false;
      }
      if (!mayHavePlaceholder(raw)) {
        continue;
      }
      String withoutCode = blankOut(raw, INLINE_CODE);
      inComment = opensComment(withoutCode);
      String line = blankOut(withoutCode, COMMENT);
      Matcher m = WORD.matcher(line);
      while (m.find()) {
        ctx.report(new Position(n, m.start() + 1), "placeholder '" + m.group()
            + "': finish the text before publishing", severity, false);
      }
      Matcher a = ANGLE.matcher(line);
      while (a.find()) {
        if (!HtmlElements.isTag(a.group(1))) {
          ctx.report(new Position(n, a.start() + 1), "placeholder '" + a.group()
              + "': put the real value here, or show it as code (`" + a.group() + "`) if the reader must substitute it",
              severity, false);
        }
      }
    }
  }

  /** True when the line leaves an HTML comment open: a {@code <!--} with no {@code -->} after it. */
  private static boolean opensComment(String line) {
    int from = 0;
    while (true) {
      int open = line.indexOf("<!--", from);
      if (open < 0) {
        return false;
      }
      int close = line.indexOf("-->", open + 4);
      if (close < 0) {
        return true;
      }
      from = close + 3;
    }
  }

  /** One pass: a '<', an upper-case run starting T, F or X, or "orem". */
  static boolean mayHavePlaceholder(String line) {
    int n = line.length();
    for (int i = 0; i < n; i++) {
      char c = line.charAt(i);
      if (c == '<') {
        return true;
      }
      if ((c == 'T' || c == 'F' || c == 'X') && i + 2 < n
          && Character.isUpperCase(line.charAt(i + 1)) && Character.isUpperCase(line.charAt(i + 2))) {
        return true;
      }
      if (c == 'o' && line.startsWith("orem", i)) {
        return true;
      }
    }
    return false;
  }

  /** Replaces matches with spaces so columns stay true. */
  private static String blankOut(String line, Pattern p) {
    if (line.indexOf('`') < 0 && line.indexOf('<') < 0) {
      return line;
    }
    Matcher m = p.matcher(line);
    StringBuilder out = null;
    int last = 0;
    while (m.find()) {
      if (out == null) {
        out = new StringBuilder(line.length());
      }
      out.append(line, last, m.start()).append(" ".repeat(m.end() - m.start()));
      last = m.end();
    }
    return out == null ? line : out.append(line, last, line.length()).toString();
  }
}
