package dev.runbook.core.parse;

import dev.runbook.core.model.Position;
import dev.runbook.core.model.RiskLine;
import java.util.BitSet;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Finds the seed-style {@code **Risk Level**: 🔴 Critical} line before the first H2. */
final class RiskLineFinder {
  private static final Pattern RISK_LINE =
      Pattern.compile(
          "^(?:[-*+]\\s+)?"
              // "Risk Level:" in any emphasis, or an emphasised "**Risk**:"; prose "Risk: …" is not a risk line
              + "(?:[*_]{0,2}\\s*risk\\s+level\\s*(?::\\s*[*_]{0,2}|[*_]{0,2}\\s*:)"
              + "|[*_]{1,2}\\s*risk\\s*(?::\\s*[*_]{1,2}|[*_]{1,2}\\s*:))"
              + "\\s*[*_]{0,2}\\s*(.*?)\\s*$",
          Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);

  private RiskLineFinder() {}

  static Optional<RiskLine> find(List<String> lines, BitSet codeLines, int fromLine, int beforeLine) {
    for (int n = fromLine; n < beforeLine && n <= lines.size(); n++) {
      if (codeLines.get(n)) {
        continue;
      }
      String line = lines.get(n - 1);
      int start = afterQuoteMarkers(line);
      if (line.length() - start > 200) {
        continue;
      }
      Matcher m = RISK_LINE.matcher(line).region(start, line.length());
      if (m.matches()) {
        return Optional.of(parseValue(m.group(1), new Position(n, m.start(1) + 1)));
      }
    }
    return Optional.empty();
  }

  /** Skips leading white space and block-quote markers without a regular expression. */
  private static int afterQuoteMarkers(String line) {
    int i = 0;
    while (i < line.length() && (line.charAt(i) == '>' || Character.isWhitespace(line.charAt(i)))) {
      i++;
    }
    return i;
  }

  /** Splits "🔴 **Critical** — downtime" into emoji "🔴" and word "Critical". */
  static RiskLine parseValue(String value, Position pos) {
    String v = value.replaceAll("<!--.*?(-->|$)", "").replace("*", "").replace("_", " ").strip();
    int i = 0;
    while (i < v.length()) {
      int cp = v.codePointAt(i);
      if (Character.isLetterOrDigit(cp) || Character.isWhitespace(cp)) {
        break;
      }
      i += Character.charCount(cp);
    }
    String emoji = v.substring(0, i).replace("\uFE0F", "").strip();
    String rest = v.substring(i).strip();
    int end = 0;
    while (end < rest.length() && Character.isLetter(rest.codePointAt(end))) {
      end += Character.charCount(rest.codePointAt(end));
    }
    return new RiskLine(emoji, rest.substring(0, end), pos);
  }
}
