package dev.runbook.core.publish;

import static org.assertj.core.api.Assertions.assertThat;

import dev.runbook.core.check.CheckOptions;
import dev.runbook.core.check.CheckResult;
import dev.runbook.core.check.CheckRunner;
import dev.runbook.core.site.SiteOptions;
import dev.runbook.core.site.SiteResult;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The check's today, findings, rules and threads reach the site. */
class SitePublisherTest {
  private static final Clock TODAY =
      Clock.fixed(LocalDate.of(2026, 11, 28).atStartOfDay(ZoneOffset.UTC).toInstant(), ZoneOffset.UTC);

  @TempDir Path tmp;

  @Test
  void theSiteShowsTheCheckItWasPublishedFrom() throws Exception {
    Path root = tmp.resolve("runbooks");
    Files.createDirectories(root);
    Files.writeString(root.resolve("README.md"), "# Runbooks\n\n- [Cold start](cold-start.md)\n");
    Files.writeString(root.resolve("cold-start.md"), "---\ntitle: Cold start\nrisk: low\n---\n\n# Cold start\n\n"
        + "## Overview\n\nStarts it.\n\n## Steps\n\n1. Start it.\n\n## Validation\n\n- It answers.\n\n"
        + "## Rollback\n\n1. Stop it.\n\n## References\n\n- [Index](README.md)\n");
    CheckRunner runner = new CheckRunner();
    CheckOptions check = CheckOptions.of(tmp, root, TODAY).withConfig(Optional.empty());
    CheckResult result = runner.run(check);
    SitePublisher publisher = new SitePublisher(runner.rules());

    SiteOptions options = publisher.options(tmp.resolve("site"), Optional.of("https://ops.example.com"), check, result);
    assertThat(options.today()).isEqualTo(LocalDate.of(2026, 11, 28));
    assertThat(options.report()).contains(result.report());
    assertThat(options.rules()).hasSameSizeAs(runner.rules());
    assertThat(options.threads()).isEqualTo(check.threads());

    SiteResult site = publisher.publish(tmp.resolve("site"), Optional.of("https://ops.example.com"), check, result);
    assertThat(site.output()).isEqualTo(tmp.resolve("site"));
    assertThat(tmp.resolve("site/index.html")).isRegularFile();
    assertThat(tmp.resolve("site/sitemap.xml")).content().contains("https://ops.example.com/cold-start.html");
    assertThat(result.report().diagnostics()).anyMatch(d -> d.rule().equals("RB405"));
    assertThat(tmp.resolve("site/cold-start.html")).content().contains("RB405");
  }

  @Test
  void baseUrlsAreHttpOrHttpsWithoutSpaces() {
    assertThat(SitePublisher.isBaseUrl("https://ops.example.com/runbooks/")).isTrue();
    assertThat(SitePublisher.isBaseUrl("http://localhost:8080")).isTrue();
    assertThat(SitePublisher.isBaseUrl("ftp://ops.example.com")).isFalse();
    assertThat(SitePublisher.isBaseUrl("https://ops.example.com/a b")).isFalse();
    assertThat(SitePublisher.isBaseUrl("ops.example.com")).isFalse();
    assertThat(SitePublisher.isBaseUrl(null)).isFalse();
  }
}
