package dev.runbook.core.rules.builtin;

import dev.runbook.core.model.Position;
import dev.runbook.core.model.Runbook;
import dev.runbook.core.report.RuleInfo;
import dev.runbook.core.report.Severity;
import dev.runbook.core.rules.Rule;
import dev.runbook.core.rules.RuleContext;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * RB503: text that looks like a credential. The finding's source line is redacted so reports
 * never repeat the secret.
 */
public final class SecretRule implements Rule {
  static final RuleInfo INFO = new RuleInfo("RB503", "secret", Severity.ERROR,
      "Text that looks like a credential: private keys, AWS keys, bearer tokens, sk-… API keys, password= with a value.",
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
      new Kind("a bearer token", Pattern.compile("(?i)\\bbearer\\s+([A-Za-z0-9\\-._~+/]{20,}=*)"), 1),
      new Kind("a password or token", Pattern.compile(
          "(?i)\\b(?:password|passwd|pwd|secret|token|api[_-]?key|access[_-]?key|client[_-]?secret)\\b[\"']?\\s*[:=]\\s*[\"']?([^\\s\"'`,;)]{6,})"), 1));

  private static final Set<String> NOT_SECRETS = Set.of(
      "changeme", "redacted", "example", "password", "placeholder", "secret", "required", "optional",
      "string", "true", "false", "null", "none");

  @Override
  public RuleInfo info() {
    return INFO;
  }

  @Override
  public void check(RuleContext ctx) {
    Runbook r = ctx.runbook();
    for (int n = 1; n <= r.lines().size(); n++) {
      String line = r.line(n);
      for (Kind kind : KINDS) {
        Matcher m = kind.pattern().matcher(line);
        while (m.find()) {
          String value = m.group(kind.group());
          if (kind.group() > 0 && !looksLiteral(value)) {
            continue;
          }
          String shown = line.substring(0, m.start(kind.group()))
              + redact(value) + line.substring(m.end(kind.group()));
          ctx.report(new Position(n, m.start(kind.group()) + 1), "this looks like " + kind.name()
              + " (" + redact(value) + "): remove it, rotate it, and reference a vault path or environment variable",
              ctx.severity(), false, shown);
        }
      }
    }
  }

  /** A value, not a reference: no $VAR, ${…}, <…>, {{…}}, vault path or masked text. */
  static boolean looksLiteral(String value) {
    String v = value.strip();
    if (v.isEmpty() || "$<{%*[(".indexOf(v.charAt(0)) >= 0 || v.contains("$(") || v.contains("${")) {
      return false;
    }
    if (v.chars().allMatch(c -> c == v.charAt(0)) || v.chars().allMatch(c -> c == '*' || c == 'x' || c == 'X' || c == '.')) {
      return false;
    }
    String lower = v.toLowerCase(Locale.ROOT);
    if (NOT_SECRETS.contains(lower) || lower.startsWith("vault:") || lower.startsWith("env:")
        || lower.contains("/") && !lower.matches(".*[0-9].*[0-9].*")) {
      return false;
    }
    return v.chars().anyMatch(Character::isDigit) || v.length() >= 12;
  }

  private static String redact(String value) {
    return value.length() <= 4 ? "****" : value.substring(0, 4) + "…";
  }
}
