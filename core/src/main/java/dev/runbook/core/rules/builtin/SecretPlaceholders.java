package dev.runbook.core.rules.builtin;

import dev.runbook.core.model.Runbook;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * RB503's judge of what is not a credential: references ({@code $TOKEN}, {@code <token>}, vault
 * paths, {@code gitlab_rails['db_password']}), masks ({@code xxxx}, {@code ****}, {@code
 * glpat-xxxx…}), values that say they are examples
 * ({@code changeme}, {@code your-token}), names standing in for a value ({@code super-secret-key},
 * {@code get_me_from_vault}, {@code client_secret_value}), low-entropy filler
 * ({@code ghp_aaaa…}) and a {@code BEGIN PRIVATE KEY} line mentioned without a key body.
 */
final class SecretPlaceholders {
  private SecretPlaceholders() {}

  /** Values that say they are not real: {@code wrong-password}, {@code example-token-123}. */
  private static final List<String> EXAMPLE_WORDS = List.of(
      "example", "dummy", "fake", "wrong", "sample", "your", "changeme", "placeholder", "redacted",
      "password", "replace", "insert");

  private static final Set<String> NOT_SECRETS = Set.of(
      "changeme", "redacted", "example", "password", "placeholder", "secret", "required", "optional",
      "string", "true", "false", "null", "none");

  /**
   * Words that, joined as a name ({@code super-secret-key}), describe a value instead of being
   * one. A part that is one of these makes an all-letter name a placeholder.
   */
  private static final Set<String> NAME_WORDS = Set.of(
      "secret", "secrets", "key", "keys", "token", "tokens", "pass", "password", "passwd", "pwd",
      "value", "val", "vault", "client", "api", "access", "private", "public", "my", "super", "get",
      "me", "from", "here", "some", "the", "your", "our", "default", "admin", "user", "test",
      "demo", "app", "service", "db", "new", "old", "real", "actual", "put", "set", "env", "goes",
      "id", "auth", "credential", "credentials", "string", "example", "dummy", "fake", "sample",
      "placeholder", "changeme", "redacted", "xxx", "todo", "tbd", "this", "is", "not", "a");

  /** Parts of a token body ({@code xoxb-your-token-here}) that mark it as a stand-in. */
  private static final Set<String> TOKEN_WORDS = Set.of(
      "your", "my", "example", "dummy", "fake", "sample", "token", "here", "placeholder", "changeme",
      "redacted", "xxx", "xxxx", "todo", "secret", "key", "test", "value");

  private static final Pattern NAME_PARTS = Pattern.compile("[-_.]+|(?<=[a-z])(?=[A-Z])");
  private static final Pattern KEY_BODY = Pattern.compile("[A-Za-z0-9+/=]{16,}");
  /**
   * A value read from elsewhere by code: {@code gitlab_rails['db_password']} and {@code
   * node[:gitlab]} in the Ruby configs GitLab's runbooks quote (the value ends at the quote).
   */
  private static final Pattern CODE_REFERENCE = Pattern.compile("[A-Za-z_][\\w.]*\\[(?::|$)");
  /** A part of a value that masks the rest: {@code glpat-xxxxxxxxxxxxxxxxxxxx}, {@code key_****}. */
  private static final Pattern MASKED_PART = Pattern.compile("(?:^|[-_.:])(?:[xX]{4,}|\\*{4,})(?:$|[-_.:])");

  /** Below this many bits per character a value is filler ({@code A1A1A1…}), not a random secret. */
  static final double MIN_TOKEN_ENTROPY = 2.5;

  /**
   * A value after {@code password=} or {@code Bearer} that is a credential: not a reference, mask,
   * example word, name or filler, and with a digit or at least 12 characters.
   */
  static boolean looksLiteral(String value) {
    String v = value.strip();
    if (v.isEmpty() || "$<{%*[(".indexOf(v.charAt(0)) >= 0 || v.contains("$(") || v.contains("${")) {
      return false;
    }
    if (isMask(v) || CODE_REFERENCE.matcher(v).lookingAt() || MASKED_PART.matcher(v).find()) {
      return false;
    }
    String lower = v.toLowerCase(Locale.ROOT);
    if (NOT_SECRETS.contains(lower) || EXAMPLE_WORDS.stream().anyMatch(lower::contains) || lower.startsWith("vault:") || lower.startsWith("env:")
        || lower.contains("/") && !lower.matches(".*[0-9].*[0-9].*")) {
      return false;
    }
    if (isName(v) || !tokenBody(v).equals(v) && isPlaceholderBody(tokenBody(v))) {
      return false;
    }
    return v.chars().anyMatch(Character::isDigit) || v.length() >= 12;
  }

  /**
   * Whether a match of one of RB503's token patterns (at {@code start}..{@code end} of line
   * {@code n}) is a stand-in: a private-key header outside a code block with no key body after
   * it, or a token whose body is a mask, filler or words ({@code xoxb-your-token-here}).
   */
  static boolean isPlaceholderToken(Runbook r, int n, String line, int start, int end) {
    String token = line.substring(start, end);
    if (token.startsWith("-----BEGIN")) {
      return !r.isCodeLine(n) && !hasKeyBody(r, n, line.substring(end));
    }
    return isPlaceholderBody(tokenBody(token));
  }

  /** A token's body that is a mask, filler or made of stand-in words. */
  private static boolean isPlaceholderBody(String body) {
    if (isMask(body) || entropy(body) < MIN_TOKEN_ENTROPY) {
      return true;
    }
    for (String part : body.split("[-_]+")) {
      if (TOKEN_WORDS.contains(part.toLowerCase(Locale.ROOT))) {
        return true;
      }
    }
    return false;
  }

  /** Base64 text after the header on its line ({@code \n}-escaped in a string) or on the next line. */
  private static boolean hasKeyBody(Runbook r, int n, String rest) {
    String after = rest.replace("\\n", " ").strip();
    if (KEY_BODY.matcher(after).lookingAt()) {
      return true;
    }
    String next = r.line(n + 1).strip();
    while (next.startsWith(">")) {
      next = next.substring(1).strip();
    }
    return KEY_BODY.matcher(next).lookingAt();
  }

  /** The part of a token after its fixed prefix: {@code ghp_}, {@code xoxb-}, {@code sk-proj-}, {@code AKIA}. */
  private static String tokenBody(String token) {
    if (token.startsWith("AKIA") || token.startsWith("ASIA")) {
      return token.substring(4);
    }
    if (token.startsWith("gh") && token.length() > 4 && token.charAt(3) == '_') {
      return token.substring(4);
    }
    if (token.startsWith("xox")) {
      return token.substring(Math.min(token.length(), 5));
    }
    if (token.startsWith("sk-")) {
      String body = token.substring(3);
      for (String prefix : List.of("or-v1-", "or-", "proj-", "ant-")) {
        if (body.startsWith(prefix)) {
          return body.substring(prefix.length());
        }
      }
      return body;
    }
    return token;
  }

  /** One character repeated, or only {@code * x X . 0}: a mask such as {@code xxxx} or {@code ****}. */
  static boolean isMask(String v) {
    return !v.isEmpty() && (v.chars().allMatch(c -> c == v.charAt(0))
        || v.chars().allMatch(c -> c == '*' || c == 'x' || c == 'X' || c == '.' || c == '0' || c == '-' || c == '_'));
  }

  /**
   * A name standing in for a value: only letters, in two or more parts
   * ({@code super-secret-key}, {@code client_secret_value}, {@code mySecretToken}), at least one
   * a word that describes a credential.
   */
  static boolean isName(String v) {
    if (!v.chars().allMatch(c -> c < 128 && (Character.isLetter(c) || c == '-' || c == '_' || c == '.'))) {
      return false;
    }
    String[] parts = NAME_PARTS.split(v);
    if (parts.length < 2) {
      return false;
    }
    for (String part : parts) {
      if (NAME_WORDS.contains(part.toLowerCase(Locale.ROOT))) {
        return true;
      }
    }
    return false;
  }

  /** Shannon entropy in bits per character. */
  static double entropy(String s) {
    if (s.isEmpty()) {
      return 0;
    }
    Map<Integer, Integer> counts = new HashMap<>();
    s.codePoints().forEach(c -> counts.merge(c, 1, Integer::sum));
    int n = s.codePointCount(0, s.length());
    double bits = 0;
    for (int count : counts.values()) {
      double p = (double) count / n;
      bits -= p * Math.log(p) / Math.log(2);
    }
    return bits;
  }
}
