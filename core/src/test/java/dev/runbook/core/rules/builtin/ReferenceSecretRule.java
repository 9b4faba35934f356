package dev.runbook.core.rules.builtin;

import dev.runbook.core.model.Position;
import dev.runbook.core.model.Runbook;
import dev.runbook.core.report.RuleInfo;
import dev.runbook.core.rules.Rule;
import dev.runbook.core.rules.RuleContext;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * {@link SecretRule} as it was before its quick byte scans, kept verbatim as the oracle that
 * {@code SecretRuleTest} compares the rule with on many generated lines.
 *
 * <p>RB503: text that looks like a credential. The finding's source line is redacted so reports
 * never repeat the secret.
 */
final class ReferenceSecretRule implements Rule {
  /** The metadata is not under test: the rule's own. */
  static final RuleInfo INFO = SecretRule.INFO;

  private record Kind(String name, Pattern pattern, int group) {}

  private static final List<Kind> KINDS = List.of(
      new Kind("a private key", Pattern.compile("-----BEGIN (?:[A-Z]+ )*PRIVATE KEY(?: BLOCK)?-----"), 0),
      new Kind("an AWS access key", Pattern.compile("\\b(?:AKIA|ASIA)[0-9A-Z]{16}\\b"), 0),
      new Kind("an API key", Pattern.compile("\\bsk-(?:or-(?:v1-)?|proj-|ant-)?[A-Za-z0-9_-]{20,}"), 0),
      new Kind("a GitHub token", Pattern.compile("\\bgh[pousr]_[A-Za-z0-9]{30,}\\b"), 0),
      new Kind("a Slack token", Pattern.compile("\\bxox[abposr]-[A-Za-z0-9-]{10,}"), 0),
      new Kind("a bearer token", Pattern.compile("(?i)\\bbearer\\s+([A-Za-z0-9\\-._~+/]{20,}=*)"), 1));

  /** Names whose value is a credential: {@code DB_PASSWORD=…}, {@code api-key: …}, {@code token = …}. */
  private static final List<String> SECRET_NAMES = List.of(
      "password", "passwd", "pwd", "secret", "token", "apikey", "api_key", "api-key",
      "accesskey", "access_key", "access-key");

  /**
   * One pass over the line for the literal starts of the token patterns (PRIVATE KEY, AKIA, ASIA,
   * sk-, gh?_, xox, bearer); the precise patterns run only on lines that have one.
   */
  static boolean mayHaveToken(String line) {
    int n = line.length();
    for (int i = 0; i + 2 < n; i++) {
      char c = line.charAt(i);
      switch (c) {
        case 'P':
          if (line.startsWith("PRIVATE KEY", i)) {
            return true;
          }
          break;
        case 'A':
          if (line.startsWith("KIA", i + 1) || line.startsWith("SIA", i + 1)) {
            return true;
          }
          break;
        case 's':
          if (line.charAt(i + 1) == 'k' && line.charAt(i + 2) == '-') {
            return true;
          }
          break;
        case 'g':
          if (line.charAt(i + 1) == 'h' && i + 3 < n && line.charAt(i + 3) == '_') {
            return true;
          }
          break;
        case 'x':
          if (line.charAt(i + 1) == 'o' && line.charAt(i + 2) == 'x') {
            return true;
          }
          break;
        case 'B', 'b':
          if (line.regionMatches(true, i + 1, "earer", 0, 5)) {
            return true;
          }
          break;
        default:
          break;
      }
    }
    return false;
  }

  /**
   * Finds {@code name = value} and {@code name: value} where the name ends in a secret word, by
   * looking back from each {@code =} and {@code :}: one pass, no regular expression.
   */
  private static void checkAssignments(RuleContext ctx, int n, String line, MaskedFindings found) {
    for (int i = 0; i < line.length(); i++) {
      char c = line.charAt(i);
      if ((c != '=' && c != ':') || !secretNameBefore(line, i)) {
        continue;
      }
      int start = i + 1;
      while (start < line.length() && (line.charAt(start) == ' ' || line.charAt(start) == '"' || line.charAt(start) == '\'')) {
        start++;
      }
      int end = start;
      while (end < line.length() && " \t\"'`,;)".indexOf(line.charAt(end)) < 0) {
        end++;
      }
      String value = line.substring(start, end);
      if (value.length() >= 6 && looksLiteral(value) && !overlaps(found.spans(), start, end)) {
        found.add(start, end, new Position(n, start + 1), "this looks like a password or token (" + redact(value)
            + "): remove it, rotate it, and reference a vault path or environment variable");
      }
      i = end;
    }
  }

  private static boolean secretNameBefore(String line, int sep) {
    int end = sep;
    while (end > 0 && (line.charAt(end - 1) == ' ' || line.charAt(end - 1) == '"' || line.charAt(end - 1) == '\'')) {
      end--;
    }
    int start = end;
    while (start > 0 && (Character.isLetterOrDigit(line.charAt(start - 1)) || line.charAt(start - 1) == '_' || line.charAt(start - 1) == '-')) {
      start--;
    }
    if (end - start < 3) {
      return false;
    }
    String name = line.substring(start, end).toLowerCase(Locale.ROOT);
    for (String s : SECRET_NAMES) {
      if (name.endsWith(s)) {
        return true;
      }
    }
    return false;
  }

  @Override
  public RuleInfo info() {
    return INFO;
  }

  @Override
  public void check(RuleContext ctx) {
    Runbook r = ctx.runbook();
    for (int n = 1; n <= r.lines().size(); n++) {
      String line = r.line(n);
      // One finding per credential: the most specific kind first, then the name = value form.
      MaskedFindings reported = new MaskedFindings();
      if (mayHaveToken(line)) {
        checkTokens(ctx, n, line, reported);
      }
      checkAssignments(ctx, n, line, reported);
      reported.flush(ctx, line);
    }
  }

  private static void checkTokens(RuleContext ctx, int n, String line, MaskedFindings found) {
    for (Kind kind : KINDS) {
      Matcher m = kind.pattern().matcher(line);
      while (m.find()) {
        String value = m.group(kind.group());
        if ((kind.group() > 0 ? !looksLiteral(value)
                : SecretPlaceholders.isPlaceholderToken(ctx.runbook(), n, line, m.start(), m.end()))
            || overlaps(found.spans(), m.start(kind.group()), m.end(kind.group()))) {
          continue;
        }
        found.add(m.start(kind.group()), m.end(kind.group()), new Position(n, m.start(kind.group()) + 1), "this looks like " + kind.name()
            + " (" + redact(value) + "): remove it, rotate it, and reference a vault path or environment variable");
      }
    }
  }

  private static boolean overlaps(List<int[]> ranges, int start, int end) {
    for (int[] r : ranges) {
      if (start < r[1] && r[0] < end) {
        return true;
      }
    }
    return false;
  }

  /** The placeholder judgement is not under test here: the rule's own. */
  static boolean looksLiteral(String value) {
    return SecretPlaceholders.looksLiteral(value);
  }

  private static String redact(String value) {
    return value.length() <= 4 ? "****" : value.substring(0, 4) + "…";
  }
}
