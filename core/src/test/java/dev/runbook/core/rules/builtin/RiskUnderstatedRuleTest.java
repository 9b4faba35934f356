package dev.runbook.core.rules.builtin;

import static org.assertj.core.api.Assertions.assertThat;

import dev.runbook.core.config.Config;
import dev.runbook.core.config.RuleSetting;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class RiskUnderstatedRuleTest {
  /** The finding's message for a low-risk runbook with this code block, or "" for none. */
  private static String destructive(String code) {
    String doc = "---\nrisk: low\n---\n\n```bash\n" + code + "\n```\n";
    List<String> found = RuleRun.findings(new RiskUnderstatedRule(), doc);
    assertThat(found).as("the same as before the quick tests")
        .isEqualTo(RuleRun.findings(new ReferenceRiskUnderstatedRule(), doc));
    return found.isEmpty() ? "" : found.get(0).substring(found.get(0).indexOf('\'') + 1, found.get(0).indexOf("' is"));
  }

  @Test
  void everyDefaultCommand() {
    assertThat(destructive("rm -rf /srv/data")).isEqualTo("rm -rf");
    assertThat(destructive("rm\t-r -f /srv/data")).isEqualTo("rm -rf");
    assertThat(destructive("sudo rm -fR /srv/data")).isEqualTo("rm -rf");
    assertThat(destructive("rm --force --recursive x")).isEqualTo("rm -rf");
    assertThat(destructive("Drop Table sessions;")).isEqualTo("DROP");
    assertThat(destructive("TRUNCATE audit_log;")).isEqualTo("TRUNCATE");
    assertThat(destructive("truncate TABLE audit_log;")).isEqualTo("TRUNCATE");
    assertThat(destructive("kubectl -n x delete pod y")).isEqualTo("kubectl delete");
    assertThat(destructive("terraform -chdir=x destroy")).isEqualTo("terraform destroy");
    assertThat(destructive("mkfs.ext4 /dev/sdb1")).isEqualTo("mkfs");
    assertThat(destructive("dd if=/dev/zero of=/dev/sdb")).isEqualTo("dd of=");
    assertThat(destructive("dd of=disk.img if=/dev/zero")).isEqualTo("dd of=");
    assertThat(destructive("killall -s KILL worker")).isEqualTo("kill -9");
    assertThat(destructive("git push origin main -f")).isEqualTo("git push --force");
    assertThat(destructive("wipefs -a /dev/sdb")).isEqualTo("wipefs");
    assertThat(destructive("shred -u key.pem")).isEqualTo("wipefs");
    assertThat(destructive("DELETE FROM users;")).isEqualTo("DELETE FROM without WHERE");
    assertThat(destructive("Delete\tFrom users;")).isEqualTo("DELETE FROM without WHERE");
  }

  @Test
  void lookalikesAreNotDestructive() {
    assertThat(destructive("kubectl get pods | grep delete")).isEmpty();
    assertThat(destructive("KUBECTL delete pod y")).isEmpty();
    assertThat(destructive("terraform plan; echo destroy")).isEmpty();
    assertThat(destructive("truncate -s 0 app.log")).isEmpty();
    assertThat(destructive("git log --format=%H | head")).isEmpty();
    assertThat(destructive("rm file.txt && dd status=progress")).isEmpty();
    assertThat(destructive("kill -HUP 1")).isEmpty();
    assertThat(destructive("delete from users\nwhere id = 1;")).isEmpty();
    assertThat(destructive("curl https://x/rm-rf")).isEmpty();
  }

  @Test
  void configuredPatternsIgnoreCase() {
    Config config = withPatterns(List.of("helm uninstall", " "));
    String doc = "---\nrisk: medium\n---\n\n```bash\nHELM Uninstall payments\nhelm list\n```\n";
    var found = RuleRun.diagnostics(new RiskUnderstatedRule(), config, Map.of("a.md", doc));
    assertThat(found).singleElement().satisfies(d -> assertThat(d.message()).startsWith("'helm uninstall'"));
    assertThat(found).isEqualTo(RuleRun.diagnostics(new ReferenceRiskUnderstatedRule(), config, Map.of("a.md", doc)));
  }

  private static Config withPatterns(List<String> patterns) {
    Config d = Config.DEFAULT;
    return new Config(d.source(), d.root(), d.exclude(), d.documents(), d.sections(), d.sectionAliases(),
        d.reviewInterval(), d.warnBeforeDays(),
        Map.of("RB204", new RuleSetting(false, Optional.empty(), patterns)), d.site(), d.frontMatterKeys());
  }

  private static final List<String> FRAGMENTS = List.of(
      "rm", "-rf", "-fr", "-r", "-f", "-R", "-Rf", "--recursive", "--force", "kubectl", "delete", "get",
      "-n", "ns", "terraform", "destroy", "plan", "mkfs", "mkfs.ext4", "dd", "if=/dev/zero", "of=/dev/sdb", "of=disk.img",
      "kill", "pkill", "killall", "-9", "-KILL", "-SIGKILL", "-s", "9", "KILL", "git", "push",
      "--force-with-lease", "origin", "wipefs", "shred", "DROP", "drop", "Drop", "TABLE", "table",
      "database", "role", "TRUNCATE", "truncate", "DELETE", "Delete", "FROM", "from", "users", "WHERE",
      "where", "id = 1", "DELETE FROM", "delete  from", "git push", "push --force", "-f", ";", "|", "&", "helm", "uninstall", "HELM", "x", "formatted", "address", "\\");
  private static final List<String> GAPS = List.of(" ", " ", " ", " ", "", "\t", "  ");

  private static String command(Fuzz fuzz) {
    StringBuilder s = new StringBuilder(fuzz.nextInt(4) == 0 ? "  " : "");
    int count = 1 + fuzz.nextInt(7);
    for (int i = 0; i < count; i++) {
      s.append(i == 0 ? "" : fuzz.pick(GAPS)).append(fuzz.nextInt(15) == 0 ? fuzz.pick(Fuzz.AWKWARD) : "")
          .append(fuzz.pick(FRAGMENTS));
    }
    return s.toString();
  }

  @Test
  void findsExactlyWhatTheRuleFoundBeforeItsQuickTests() {
    Fuzz fuzz = new Fuzz(204);
    Map<String, String> files = new LinkedHashMap<>();
    for (int f = 0; f < 150; f++) {
      StringBuilder doc = new StringBuilder("---\nrisk: ").append(List.of("low", "medium", "high").get(f % 3))
          .append("\n---\n\n# T\n");
      for (int block = 0; block < 5; block++) {
        doc.append("\n```").append(block % 2 == 0 ? "bash" : "sql").append('\n');
        for (int l = 0; l < 20; l++) {
          doc.append(command(fuzz)).append('\n');
        }
        doc.append("```\n");
      }
      files.put("f" + f + ".md", doc.toString());
    }
    for (Config config : List.of(Config.DEFAULT, withPatterns(List.of("Helm uninstall", "drop", "")))) {
      var expected = RuleRun.diagnostics(new ReferenceRiskUnderstatedRule(), config, files);
      assertThat(expected).as("the generated commands are often destructive").hasSizeGreaterThan(500);
      assertThat(expected.stream().map(d -> d.message().substring(0, d.message().indexOf("' is"))).distinct())
          .as("every kind of destructive command is found").hasSizeGreaterThanOrEqualTo(11);
      assertThat(expected).as("some are DELETE FROM without WHERE")
          .filteredOn(d -> d.message().contains("WHERE")).hasSizeGreaterThan(20);
      assertThat(RuleRun.diagnostics(new RiskUnderstatedRule(), config, files)).isEqualTo(expected);
    }
  }
}
