package dev.runbook.core.rules.builtin;

import static org.assertj.core.api.Assertions.assertThat;

import dev.runbook.core.config.Config;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class SecretRuleTest {
  private static final String KEY = "AKIAIOSFODNN7EXAMPLE";
  private static final String GITHUB_TOKEN = "ghp_R7kq2Zt9WmX4pL8vN3sB6yH1cJ5dF0gQaE2u";
  private static final String BEARER_VALUE = "3f9a8c7e6d5b4a39281706f5e4d3c2b1";

  private static List<String> findings(String line) {
    List<String> found = RuleRun.findings(new SecretRule(), line + "\n");
    assertThat(found).as("the same as before the quick scans")
        .isEqualTo(RuleRun.findings(new ReferenceSecretRule(), line + "\n"));
    return found;
  }

  private static List<String> columns(String line) {
    return findings(line).stream().map(f -> f.substring(0, f.indexOf(' '))).toList();
  }

  @Test
  void tokensAtTheVeryStartAndEndOfALine() {
    assertThat(columns(KEY)).containsExactly("1:1");
    assertThat(columns("key " + KEY)).containsExactly("1:5");
    assertThat(columns("sk-proj-A1b2C3d4E5f6G7h8I9j0K1l2")).containsExactly("1:1");
    assertThat(columns("ask sk-A1b2C3d4E5f6G7h8I9j0K1l2")).containsExactly("1:5");
    assertThat(columns(GITHUB_TOKEN)).containsExactly("1:1");
    assertThat(columns("x ghs_" + GITHUB_TOKEN.substring(4))).containsExactly("1:3");
    assertThat(columns("xoxb-1234567890-abc")).containsExactly("1:1");
    assertThat(columns("slack xoxp-1234567890")).containsExactly("1:7");
    assertThat(columns("-----BEGIN RSA PRIVATE KEY-----\nMIIEowIBAAKCAQEAu1SU1LfVLPHCozMxH2Mo4lgO")).containsExactly("1:1");
    assertThat(columns("key: -----BEGIN OPENSSH PRIVATE KEY-----\\nb3BlbnNzaC1rZXktdjEAAAAA")).containsExactly("1:6");
    assertThat(columns("    -----BEGIN RSA PRIVATE KEY-----")).as("a header alone in code").containsExactly("1:5");
    assertThat(columns("-----BEGIN RSA PRIVATE KEY-----")).as("a header alone in prose").isEmpty();
    assertThat(columns("AKIA")).isEmpty();
    assertThat(columns("sk-")).isEmpty();
    assertThat(columns("gh")).isEmpty();
  }

  @Test
  void bearerInAnyCase() {
    assertThat(columns("bearer " + BEARER_VALUE)).containsExactly("1:8");
    assertThat(columns("Authorization: Bearer " + BEARER_VALUE)).containsExactly("1:23");
    assertThat(columns("BEARER " + BEARER_VALUE)).containsExactly("1:8");
    assertThat(columns("x bEaReR\t" + BEARER_VALUE)).containsExactly("1:10");
    assertThat(columns("Bearer $TOKEN")).isEmpty();
    assertThat(columns("bearer")).isEmpty();
  }

  @Test
  void assignmentsAtColumnZeroAndTheEndOfALine() {
    assertThat(columns("password=Summer2026!")).containsExactly("1:10");
    assertThat(columns("PASSWORD: hunter2-2026")).containsExactly("1:11");
    assertThat(columns("export DB_PASSWD=\"s3cr3t-value\"")).containsExactly("1:19");
    assertThat(columns("token=")).isEmpty();
    assertThat(columns("api-key =")).isEmpty();
    assertThat(columns("=password")).isEmpty();
    assertThat(columns(":")).isEmpty();
    assertThat(columns("pw=abc123456")).isEmpty();
  }

  @Test
  void assignmentsAfterOtherSeparatorsAndTwoOnALine() {
    assertThat(columns("see https://example.org/x then password=abc12345")).containsExactly("1:41");
    assertThat(columns("owner: team, api_key=abc123456, secret: q8Vd2Lr9Xw")).containsExactly("1:22", "1:41");
    assertThat(columns("a=b:c=d token: 'zz99zz99' pwd=1234567")).containsExactly("1:17", "1:31");
    assertThat(columns("access_key: " + KEY)).as("one finding per credential").containsExactly("1:13");
  }

  @Test
  void everyFindingShowsTheLineWithEveryCredentialOnItMasked() {
    assertThat(findings("export KEY=" + KEY + " DB_PASSWORD=Xk9mQ2vL7pR4wZ")).hasSize(2)
        .allSatisfy(f -> assertThat(f).endsWith("| export KEY=AKIA… DB_PASSWORD=Xk9m…"));
  }

  @Test
  void nonLatin1TextBeforeOrInsideTheName() {
    assertThat(columns("🟢 password=abc12345")).containsExactly("1:13");
    assertThat(columns("é " + KEY)).containsExactly("1:3");
    assertThat(columns("日本 bearer " + BEARER_VALUE)).containsExactly("1:11");
    // Ľ and ĺ have the low bytes of = and :, and an emoji's first half that of =: no separator.
    assertThat(columns("password\u013dabc12345 password\u013aabc12345 password🟢abc12345")).isEmpty();
    assertThat(columns("password\u00e9=abc12345")).isEmpty();
    // Case folding beyond ASCII: the Kelvin sign lower-cases to k, so this name ends in accesskey.
    assertThat(columns("ACCESS\u212aEY=abc12345")).containsExactly("1:11");
    assertThat(columns("pa\u017f\u017fword=abc12345")).isEmpty();
    assertThat(columns("\u0130password=abc12345")).containsExactly("1:11");
  }

  private static final List<String> FRAGMENTS = List.of(
      "password", "PASSWORD", "Passwd", "pwd", "db_password", "api-key", "API_KEY", "apikey", "token",
      "secret", "accesskey", "Access-Key", "owner", "https", "name", "=", ":", " = ", ": ", "\"", "'",
      "`", ",", ";", ")", "Summer2026!", "hunter2xyz", "s3cr3t", "$(vault kv get)", "${X}",
      "<from-vault>", "changeme", "example-token-1", "vault:secret/x", "********", "AKIA", "ASIA",
      "IOSFODNN7EXAMPLE", KEY, "ASIAY34FZKBOKMUTVV7A", "sk-", "sk-proj-", "sk-or-v1-",
      "A1b2C3d4E5f6G7h8I9j0K1l2", "ghp_", "gho_", "gh", "_", "xoxb-", "xox", "1234567890-abcdef",
      "bearer", "Bearer", "BEARER", "bEaReR", "bea", "rer", "eyJhbGciOiJIUzI1NiJ9.abcdefghijklmnop",
      BEARER_VALUE, "-----BEGIN ", "RSA ", "PRIVATE KEY", "PRIVATE", " KEY", "-----", "a", "1", "x",
      "V", "k", "b", "B", "abcdefghijklmnopqrstuvwxyz0123456789");

  private static final List<String> NAMES = List.of(
      "password", "PASSWORD", "db_passwd", "pwd", "x-api-key", "API_KEY", "apikey", "token", "Secret",
      "access_key", "ACCESS-KEY", "owner", "url", "pw", "passwordé", "\u212a", "ſecret", "İtoken", "é");
  private static final List<String> QUOTES = List.of("", "", " ", "  ", "\"", "'", " \"");
  private static final List<String> VALUES = List.of(
      "Summer2026!", "hunter2xyz", "q8Vd2Lr9Xw", "abc12345", "abcdefghijkl", "abcdef", "12345",
      "changeme", "${X}", "$(cat x)", "<x>", "vault:x/y", "a/b/c", "a/1/2", "xxxxxxxx", "aaaaaaa", "🟢abc123",
      "é12345", KEY, BEARER_VALUE, "");

  /** A line with a name, a separator and a value, and sometimes text around it. */
  private static String assignment(Fuzz fuzz) {
    return (fuzz.nextInt(2) == 0 ? "" : fuzz.line(FRAGMENTS, 3)) + fuzz.pick(NAMES) + fuzz.pick(QUOTES)
        + fuzz.pick(List.of("=", ":")) + fuzz.pick(QUOTES) + fuzz.pick(VALUES) + fuzz.pick(QUOTES)
        + (fuzz.nextInt(2) == 0 ? "" : fuzz.line(FRAGMENTS, 3));
  }

  @Test
  void findsExactlyWhatTheRuleFoundBeforeItsQuickScans() {
    Fuzz fuzz = new Fuzz(503);
    Map<String, String> files = new LinkedHashMap<>();
    for (int f = 0; f < 60; f++) {
      StringBuilder doc = new StringBuilder();
      for (int l = 0; l < 100; l++) {
        doc.append(fuzz.nextInt(2) == 0 ? fuzz.line(FRAGMENTS, 8) : assignment(fuzz)).append('\n');
      }
      files.put("f" + f + ".md", doc.toString());
    }
    var expected = RuleRun.diagnostics(new ReferenceSecretRule(), Config.DEFAULT, files);
    assertThat(expected).as("the generated lines hold named values")
        .filteredOn(d -> d.message().contains("password or token")).hasSizeGreaterThan(100);
    assertThat(expected).as("the generated lines hold tokens")
        .filteredOn(d -> !d.message().contains("password or token")).hasSizeGreaterThan(100);
    assertThat(RuleRun.diagnostics(new SecretRule(), Config.DEFAULT, files)).isEqualTo(expected);
  }
}
