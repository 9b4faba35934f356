package dev.runbook.core.rules.builtin;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** RB503 on both sides of the line: stand-ins seen in real runbook sets, and realistic credentials. */
class SecretPlaceholdersTest {
  private static List<String> findings(String markdown) {
    return RuleRun.findings(new SecretRule(), markdown);
  }

  /** Placeholders, references and mentions from public runbook sets: never a finding. */
  @ParameterizedTest
  @ValueSource(strings = {
      "secret_key_base: super-secret-key",
      "client_secret: get_me_from_vault",
      "oauth_client_secret: client_secret_value",
      "export GITLAB_TOKEN=mySecretToken",
      "password: <token>",
      "token: <your-token>",
      "export API_TOKEN=${TOKEN}",
      "export API_TOKEN=$TOKEN",
      "password: changeme",
      "password=xxxx",
      "password=xxxxxxxxxxxx",
      "secret: ********",
      "api_key: example-key-123",
      "token: dummy-token-42",
      "password: your-password-here",
      "api-key = your_api_key",
      "token: {{ vault_token }}",
      "password: vault:secret/db/app",
      "Slack: xoxb-your-token-here",
      "GitHub: ghp_xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx",
      "GitHub: ghp_a1a1a1a1a1a1a1a1a1a1a1a1a1a1a1a1a1a1",
      "AWS: AKIAXXXXXXXXXXXXXXXX",
      "OpenAI: sk-xxxxxxxxxxxxxxxxxxxxxxxx",
      "PRIVATE_TOKEN: glpat-xxxxxxxxxxxxxxxxxxxx",
      "gitlab_rails['db_password'] = '********'",
      "password: gitlab_rails['db_password']",
      "secret_token: node[:gitlab][:secret_token]",
      "The key file must start with `-----BEGIN PRIVATE KEY-----` and end with the END line.",
      "Paste the block that starts with -----BEGIN RSA PRIVATE KEY----- into the form.",
  })
  void placeholdersAreNotSecrets(String line) {
    assertThat(findings(line + "\n")).as(line).isEmpty();
  }

  /** Realistic credentials (all made up): always a finding. */
  @ParameterizedTest
  @ValueSource(strings = {
      "aws_access_key_id = AKIAZ7Q4MRW2PLX9TB3K",
      "aws_secret_access_key = wJa7Xr2Ut9nFEMI/K7MDENG/bPxRfiCYq3Lm9Zs1",
      "export GITHUB_TOKEN=ghp_R7kq2Zt9WmX4pL8vN3sB6yH1cJ5dF0gQaE2u",
      "SLACK_BOT_TOKEN=xoxb-2914083275-5820571938462-Qm8ZtR2vKp7LxW4nB9sYcD1f",
      "DB_PASSWORD=Xk9#mQ2$vL7pR4wZ",
      "password: Summer2026!",
      "curl -H 'Authorization: Bearer 3f9a8c7e6d5b4a39281706f5e4d3c2b1' https://api.example.org",
      "OPENAI_API_KEY=sk-proj-A1b2C3d4E5f6G7h8I9j0K1l2",
      "secret: correct-horse-battery-staple",
      "PRIVATE_TOKEN: glpat-R7kq2Zt9WmX4pL8vN3sB",
      "password: xxxxQ7m2vL9pR4wZ",
  })
  void realisticCredentialsAreSecrets(String line) {
    assertThat(findings(line + "\n")).as(line).hasSize(1);
  }

  @org.junit.jupiter.api.Test
  void aPrivateKeyWithItsBodyIsASecretInProseAndInCode() {
    String pem = "-----BEGIN RSA PRIVATE KEY-----\n"
        + "MIIEowIBAAKCAQEAu1SU1LfVLPHCozMxH2Mo4lgOEePzNm0tRgeLezV6ffAt0gun\n"
        + "-----END RSA PRIVATE KEY-----\n";
    assertThat(findings(pem)).hasSize(1).first().asString().startsWith("1:1 this looks like a private key");
    assertThat(findings("```\n" + pem + "```\n")).hasSize(1);
    assertThat(findings("key: \"-----BEGIN PRIVATE KEY-----\\nMIIEvQIBADANBgkqhkiG9w0BAQEFAASC\\n\"\n")).hasSize(1);
    // A header alone in a code block is where a key was pasted, and is reported as before.
    assertThat(findings("```\n-----BEGIN OPENSSH PRIVATE KEY-----\n```\n")).hasSize(1);
  }

  @org.junit.jupiter.api.Test
  void entropyTellsFillerFromRandomText() {
    assertThat(SecretPlaceholders.entropy("A1A1A1A1")).isEqualTo(1.0);
    assertThat(SecretPlaceholders.entropy("R7kq2Zt9WmX4pL8vN3sB6yH1cJ5dF0gQaE2u"))
        .isGreaterThan(SecretPlaceholders.MIN_TOKEN_ENTROPY + 2);
  }
}
