package dev.runbook.core.rules.builtin;

import dev.runbook.core.model.Position;
import dev.runbook.core.model.RiskLevel;
import dev.runbook.core.model.Runbook;
import dev.runbook.core.report.RuleInfo;
import dev.runbook.core.report.Severity;
import dev.runbook.core.rules.Rule;
import dev.runbook.core.rules.RuleContext;
import dev.runbook.core.model.SkeletonText;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * RB502: {@code TODO}, {@code TBD}, {@code FIXME}, {@code XXX}, {@code <placeholder>}-style text
 * or lorem ipsum outside code. An error in critical runbooks.
 */
public final class PlaceholderRule implements Rule {
  static final RuleInfo INFO = new RuleInfo("RB502", "placeholder", Severity.WARNING,
      "TODO, TBD, FIXME, XXX, <placeholder>-style text (not an HTML tag such as <kbd>) or the guidance text of a skeleton outside code (an error in critical runbooks; skeleton text also in high).",
      "'Restart the TBD service' is a question the author never answered, asked of the engineer "
          + "who can least afford it. Finish the sentence before publishing. The guidance that "
          + "'runbook new' and 'runbook fix' write into a section counts too, so a skeleton never "
          + "passes as a finished runbook.",
      "1. Fail over to <standby-host>. TODO: add the command",
      RuleInfo.Scope.ALL_DOCUMENTS);

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
    Severity severity = null; // decided at the first line that may have a finding: most have none
    boolean inComment = false;
    boolean skeleton = false;
    LineBytes bytes = new LineBytes();
    for (int n = 1; n <= r.lines().size(); n++) {
      if (r.isCodeLine(n)) {
        skeleton = false;
        continue;
      }
      String raw = r.line(n);
      if (!inComment && SkeletonText.isGuidance(raw)) {
        // One finding for each run of guidance lines: a wrapped paragraph or a list of them.
        if (!skeleton) {
          reportSkeleton(ctx, r, n, raw);
        }
        skeleton = true;
        continue;
      }
      skeleton = false;
      if (inComment) {
        // The lines of an HTML comment that started on an earlier line are not shown either.
        int close = raw.indexOf("-->");
        if (close < 0) {
          continue;
        }
        raw = " ".repeat(close + 3) + raw.substring(close + 3);
        inComment = false;
      }
      // Only a line with a '<', one of the words or "orem" in any case can have a finding or open a
      // comment: the byte scan passes those. The older, broader test still decides among them, as
      // it always has (it lets "LOREM IPSUM" through only beside an upper-case run such as "TLS").
      int may = scan(bytes.of(raw), raw.length());
      if (may == 0 || !mayHavePlaceholder(raw)) {
        continue;
      }
      if (severity == null) {
        severity = r.isRunbook() && r.risk().filter(k -> k == RiskLevel.CRITICAL).isPresent()
            ? Severity.ERROR : Severity.WARNING;
      }
      String withoutCode = blankOut(raw, INLINE_CODE);
      inComment = opensComment(withoutCode);
      String line = blankOut(withoutCode, COMMENT);
      if ((may & WORD_TEXT) != 0) {
        Matcher m = WORD.matcher(line);
        while (m.find()) {
          ctx.report(new Position(n, m.start() + 1), "placeholder '" + m.group()
              + "': finish the text before publishing", severity, false);
        }
      }
      if ((may & ANGLE_TEXT) != 0) {
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
  }

  /**
   * The guidance of a skeleton section: an error in critical and high runbooks (SPEC §9), where
   * an unfinished procedure does the most harm; a warning elsewhere.
   */
  static void reportSkeleton(RuleContext ctx, Runbook r, int n, String raw) {
    Severity severity = r.isRunbook() && r.risk().filter(k -> k == RiskLevel.CRITICAL || k == RiskLevel.HIGH).isPresent()
        ? Severity.ERROR : Severity.WARNING;
    int column = raw.length() - raw.stripLeading().length() + 1;
    ctx.report(new Position(n, column), "skeleton text from 'runbook new' or 'runbook fix' is still here: "
        + "replace it with this runbook's own content", severity, false);
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

  /** Bits of {@link #scan}'s answer: text that WORD, or ANGLE and a comment, cannot match without. */
  static final int WORD_TEXT = 1;
  static final int ANGLE_TEXT = 2;

  /** For each byte: what {@link #scan} looks closer at it for. */
  private static final byte[] ANCHORS = new byte[256];

  static {
    for (char c : "TFXmM".toCharArray()) {
      ANCHORS[c] = WORD_TEXT;
    }
    ANCHORS['<'] = ANGLE_TEXT;
  }

  /**
   * One pass over the line's bytes (see {@link LineBytes}): {@link #ANGLE_TEXT} when it has a
   * '<', {@link #WORD_TEXT} when it has TODO, TBD, FIXME, XXX, or "orem" in any case. Either may
   * be a false alarm (non-ASCII text), never a miss.
   */
  static int scan(byte[] b, int n) {
    int found = 0;
    for (int i = 0; i < n; i++) {
      int t = ANCHORS[b[i] & 0xff];
      if (t != 0 && (found & t) == 0 && (t == ANGLE_TEXT || wordAt(b, n, i))) {
        found |= t;
        if (found == (WORD_TEXT | ANGLE_TEXT)) {
          break;
        }
      }
    }
    return found;
  }

  private static boolean wordAt(byte[] b, int n, int i) {
    return switch (b[i]) {
      case 'T' -> LineBytes.has(b, n, i, "TODO") || LineBytes.has(b, n, i, "TBD");
      case 'F' -> LineBytes.has(b, n, i, "FIXME");
      case 'X' -> LineBytes.has(b, n, i, "XXX");
      default -> LineBytes.hasIgnoreCase(b, n, i - 3, "orem");
    };
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
