package dev.runbook.core.rules.builtin;

import dev.runbook.core.model.Position;
import dev.runbook.core.report.RuleInfo;
import dev.runbook.core.report.Severity;
import dev.runbook.core.rules.Rule;
import dev.runbook.core.rules.RuleContext;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * RB503: text that looks like a credential. The finding's source line is redacted so reports
 * never repeat the secret.
 */
public final class SecretRule implements Rule {
  static final RuleInfo INFO = new RuleInfo("RB503", "secret", Severity.ERROR,
      "Text that looks like a credential: private keys, AWS keys, GitHub and Slack tokens, bearer tokens, sk-… API keys, password= with a value (not a placeholder such as changeme, <token> or super-secret-key).",
      "Runbooks are copied into tickets, chats and wikis. A credential written in one is a leaked "
          + "credential: rotate it and reference a vault path or an environment variable instead.",
      "curl -H 'Authorization: Bearer eyJhbGciOiJIUzI1NiJ9.abcdefghijklmnop'",
      RuleInfo.Scope.ALL_DOCUMENTS);

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

  /** Bits of {@link #scan}'s answer. */
  static final int TOKEN = 1;
  static final int SEPARATOR = 2;

  /** For each byte: TOKEN if it is the quick test's anchor for one of the KINDS, SEPARATOR for = and :. */
  private static final byte[] TRIGGERS = new byte[256];

  static {
    for (char c : "VAkx_bB".toCharArray()) {
      TRIGGERS[c] = TOKEN;
    }
    TRIGGERS['='] = SEPARATOR;
    TRIGGERS[':'] = SEPARATOR;
  }

  /**
   * One pass over the line's bytes (see {@link LineBytes}): {@link #TOKEN} when the line has the
   * literal text one of the KINDS cannot match without (PRIVATE KEY, AKIA, ASIA, sk-, gh?_, xox,
   * bearer in any case), {@link #SEPARATOR} when it may have a {@code =} or {@code :}. Either can
   * be a false alarm, never a miss: the real checks decide.
   */
  static int scan(byte[] b, int n) {
    int found = 0;
    for (int i = 0; i < n; i++) {
      int t = TRIGGERS[b[i] & 0xff];
      if (t != 0 && (found & t) == 0 && (t == SEPARATOR || tokenAt(b, n, i))) {
        found |= t;
        if (found == (TOKEN | SEPARATOR)) {
          break;
        }
      }
    }
    return found;
  }

  /** Whether the byte at {@code i} (a TOKEN anchor) is in the literal text of one of the KINDS. */
  private static boolean tokenAt(byte[] b, int n, int i) {
    return switch (b[i]) {
      case 'V' -> LineBytes.has(b, n, i - 3, "PRIVATE KEY");
      case 'A' -> LineBytes.has(b, n, i, "AKIA") || LineBytes.has(b, n, i, "ASIA");
      case 'k' -> LineBytes.has(b, n, i - 1, "sk-");
      case 'x' -> LineBytes.has(b, n, i, "xox");
      case '_' -> LineBytes.has(b, n, i - 3, "gh");
      default -> LineBytes.hasIgnoreCase(b, n, i, "bearer");
    };
  }

  /**
   * Finds {@code name = value} and {@code name: value} where the name ends in a secret word, by
   * looking back from each {@code =} and {@code :}: no regular expression.
   */
  private static void checkAssignments(RuleContext ctx, int n, String line, MaskedFindings found) {
    int eq = line.indexOf('=');
    int colon = line.indexOf(':');
    while (eq >= 0 || colon >= 0) {
      int i = eq < 0 ? colon : colon < 0 ? eq : Math.min(eq, colon);
      int next = i + 1;
      if (secretNameBefore(line, i)) {
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
        // The value's end is a delimiter or the end of the line: look on after it.
        next = end + 1;
      }
      if (eq >= 0 && eq < next) {
        eq = line.indexOf('=', next);
      }
      if (colon >= 0 && colon < next) {
        colon = line.indexOf(':', next);
      }
    }
  }

  private static boolean secretNameBefore(String line, int sep) {
    int end = sep;
    while (end > 0 && (line.charAt(end - 1) == ' ' || line.charAt(end - 1) == '"' || line.charAt(end - 1) == '\'')) {
      end--;
    }
    // Every secret word ends in d, t, n or y: an ASCII name ending otherwise (https:, owner:) is none.
    if (end == 0 || line.charAt(end - 1) < 128 && "dtnyDTNY".indexOf(line.charAt(end - 1)) < 0) {
      return false;
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
    LineBytes bytes = new LineBytes();
    MaskedFindings reported = new MaskedFindings();
    int n = 0;
    for (String line : ctx.runbook().lines()) {
      n++;
      int found = scan(bytes.of(line), line.length());
      if (found == 0) {
        continue;
      }
      // One finding per credential: the most specific kind first, then the name = value form.
      if ((found & TOKEN) != 0) {
        checkTokens(ctx, n, line, reported);
      }
      if ((found & SEPARATOR) != 0) {
        checkAssignments(ctx, n, line, reported);
      }
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

  /** A value, not a reference, mask, example or name: see {@link SecretPlaceholders}. */
  static boolean looksLiteral(String value) {
    return SecretPlaceholders.looksLiteral(value);
  }

  private static String redact(String value) {
    return value.length() <= 4 ? "****" : value.substring(0, 4) + "…";
  }
}
