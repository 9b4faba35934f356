package dev.runbook.core.site;

import static org.assertj.core.api.Assertions.assertThat;

import dev.runbook.core.alerts.AlertCatalog;
import dev.runbook.core.alerts.RunbookLink;
import dev.runbook.core.check.CheckOptions;
import dev.runbook.core.check.CheckRunner;
import dev.runbook.core.config.Config;
import dev.runbook.core.model.RunbookSet;
import dev.runbook.core.model.SetIndex;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.ZoneOffset;
import java.util.Map;
import java.util.stream.Collectors;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Rules that link every alert to its own page on the site, {@code <base_url>/-/alerts/{{
 * $labels.alertname }}.html}: the check follows each to the runbook named after the alert (a file,
 * else a heading of a file of many alerts), and the alert's page redirects there.
 */
class AlertPageLinksSiteTest {
  @TempDir Path tmp;

  @Test
  void anAlertPageUrlLeadsToTheRunbookNamedAfterTheAlertAndItsPageRedirectsThere() throws Exception {
    Path root = Files.createDirectories(tmp.resolve("runbooks"));
    Files.writeString(root.resolve("runbook.yml"), "site:\n  base_url: https://runbooks.example.org/\n"
        + "alerts:\n  rules: [\"rules.yaml\"]\n");
    Files.writeString(root.resolve("README.md"), "# Home\n\n- [Crash](kubepodcrashlooping.md)\n- [Mixin](mixin.md)\n");
    Files.writeString(root.resolve("kubepodcrashlooping.md"), "# Pod crash looping\n\n## Overview\n\nRestarts.\n");
    Files.writeString(root.resolve("mixin.md"), "# Kubernetes alerts\n\n## Alerts\n\n"
        + "##### KubePodNotReady\n\nNot ready.\n\n##### KubeJobFailed\n\nFailed.\n");
    String url = "https://runbooks.example.org/-/alerts/{{ $labels.alertname }}.html";
    Files.writeString(root.resolve("rules.yaml"), "groups:\n  - name: k8s\n    rules:\n"
        + "      - alert: KubePodCrashLooping\n        expr: up == 0\n        annotations:\n          runbook_url: " + url + "\n"
        + "      - alert: KubeJobFailed\n        expr: up == 0\n        annotations:\n          runbook_url: " + url + "\n"
        + "      - alert: KubeNoSuchThing\n        expr: up == 0\n        annotations:\n          runbook_url: " + url + "\n");
    Config config = SiteFixtures.config(root);
    RunbookSet set = SiteFixtures.load(root, config);
    SetIndex index = new SetIndex(set);
    CheckOptions check = CheckOptions.of(root, root,
        Clock.fixed(SiteFixtures.TODAY.atStartOfDay().toInstant(ZoneOffset.UTC), ZoneOffset.UTC));
    AlertCatalog alerts = new CheckRunner().alerts(check, config, set, index);

    Map<String, String> links = alerts.entries().stream().collect(Collectors.toMap(e -> e.alert().name(),
        e -> e.link().map(l -> l.status() + " " + l.runbook().map(r -> r.path()).orElse(l.wanted())
            + (l.fragment().isEmpty() ? "" : "#" + l.fragment())).orElse("")));
    assertThat(links).containsExactlyInAnyOrderEntriesOf(Map.of(
        "KubePodCrashLooping", RunbookLink.Status.RESOLVED + " kubepodcrashlooping.md",
        "KubeJobFailed", RunbookLink.Status.RESOLVED + " mixin.md#kubejobfailed",
        "KubeNoSuchThing", RunbookLink.Status.BROKEN_PATH + " KubeNoSuchThing.md"));

    Path site = tmp.resolve("site");
    new SiteBuilder(SiteFixtures.options(site).withAlerts(alerts.entries())).build(set, config, index);
    Document crash = Jsoup.parse(Files.readString(site.resolve("-/alerts/KubePodCrashLooping.html")));
    assertThat(crash.selectFirst("main a").attr("href")).isEqualTo("../../kubepodcrashlooping.html");
    assertThat(crash.title()).startsWith("Alert KubePodCrashLooping \u2192 Pod crash looping");
    Document job = Jsoup.parse(Files.readString(site.resolve("-/alerts/KubeJobFailed.html")));
    assertThat(job.selectFirst("meta[http-equiv=refresh]").attr("content")).isEqualTo("0; url=../../mixin.html#kubejobfailed");
    Document none = Jsoup.parse(Files.readString(site.resolve("-/alerts/KubeNoSuchThing.html")));
    assertThat(none.title()).startsWith("Alert KubeNoSuchThing: no runbook");
  }
}
