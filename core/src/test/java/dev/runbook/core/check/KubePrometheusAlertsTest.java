package dev.runbook.core.check;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import dev.runbook.core.alerts.RunbookLink;
import dev.runbook.core.report.Diagnostic;
import dev.runbook.core.report.Severity;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/**
 * The real pair of SPEC §7 (../shared/corpora, beside the checkout; {@code -Drunbook.corpora=DIR}
 * names another place): kube-prometheus's alerting rules against prometheus-operator's runbooks,
 * with the config in bench/corpora/prometheus-operator-alerts.yml. Of the 139 alerting rules, 27
 * link runbook pages the repository does not have; 9 of its 108 runbooks are named by no alert.
 */
class KubePrometheusAlertsTest {
  private static final Path CORPORA = Path.of(System.getProperty("runbook.corpora", "../../shared/corpora"));
  private static final Clock TODAY =
      Clock.fixed(LocalDate.of(2026, 11, 28).atStartOfDay(ZoneOffset.UTC).toInstant(), ZoneOffset.UTC);

  @Test
  void twentySevenAlertsLinkMissingRunbooksAndNineRunbooksHaveNoAlert() throws Exception {
    Path root = CORPORA.resolve("prometheus-operator__runbooks/content");
    Path rules = CORPORA.resolve("kube-prometheus__rules");
    assumeTrue(Files.isDirectory(root) && Files.isDirectory(rules),
        "public corpora not found at " + CORPORA.toAbsolutePath());
    CheckOptions options = CheckOptions.of(Path.of("").toAbsolutePath(), root, TODAY)
        .withConfig(Optional.of(Path.of("../bench/corpora/prometheus-operator-alerts.yml")))
        .withAlertRules(List.of(rules.toAbsolutePath() + "/*.yaml"));

    CheckResult result = new CheckRunner().run(options);

    assertThat(result.alerts().files()).as("the eight PrometheusRule files").hasSize(8)
        .allSatisfy(f -> assertThat(f.path()).startsWith("../../kube-prometheus__rules/"));
    assertThat(result.alerts().entries()).as("alerting rules").hasSize(139);
    assertThat(result.alerts().entries()).as("resolved by the pattern: none left to --external")
        .noneMatch(e -> e.link().map(l -> l.status() == RunbookLink.Status.UNMATCHED).orElse(true));
    List<Diagnostic> broken = of(result, "RB602");
    assertThat(broken).hasSize(27).allSatisfy(d -> {
      assertThat(d.severity()).isEqualTo(Severity.ERROR);
      assertThat(d.sourceLine()).contains("runbook_url: https://runbooks.prometheus-operator.dev/runbooks/");
      assertThat(d.file()).startsWith("../../kube-prometheus__rules/");
    });
    List<Diagnostic> unnamed = of(result, "RB603");
    assertThat(unnamed).hasSize(9).allSatisfy(d -> assertThat(d.file()).startsWith("runbooks/"));
    long runbooks = result.set().runbooks().stream().filter(r -> r.path().startsWith("runbooks/")).count();
    assertThat(runbooks).as("runbooks under alerts.runbooks").isEqualTo(108);
    assertThat(of(result, "RB601")).as("every alert has a runbook_url").isEmpty();
    assertThat(of(result, "RB604")).as("every rules file reads").isEmpty();
  }

  private static List<Diagnostic> of(CheckResult result, String rule) {
    return result.report().diagnostics().stream().filter(d -> d.rule().equals(rule)).toList();
  }
}
