package dev.runbook.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.runbook.cli.serve.LivePreview;
import dev.runbook.cli.serve.PreviewServer;
import dev.runbook.cli.serve.SampleRunbooks;
import dev.runbook.core.check.CheckOptions;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * {@code runbook serve} in a real Chromium, before its site is built: the page opened shows its
 * runbook and says what comes later, its overlay says findings come, and once the build (held
 * back here until the test lets it run) is done the page reloads by itself with its backlinks
 * and findings.
 */
class ServeBeforeBuiltInBrowserTest {
  @TempDir Path dir;
  LivePreview live;
  ChromeDriver browser;
  final CompletableFuture<Runnable> build = new CompletableFuture<>();

  @BeforeEach
  void start() throws Exception {
    BrowserSession.assumeBrowser(BrowserSession.missingBrowser());
    SampleRunbooks.write(dir.resolve("repo"));
    Clock clock = Clock.fixed(LocalDate.parse(SampleRunbooks.TODAY).atStartOfDay(ZoneOffset.UTC).toInstant(), ZoneOffset.UTC);
    CheckOptions check = new CheckOptions(dir.resolve("repo"), Optional.of(Path.of("runbooks")), List.of(),
        Optional.empty(), clock, false, Optional.empty(), Optional.empty(), 2);
    live = LivePreview.start(new LivePreview.Settings(check, "127.0.0.1", 0, false, Duration.ofMillis(60), true, clock,
        PreviewServer.Timeouts.DEFAULT), new PrintWriter(new StringWriter(), true),
        new PrintWriter(new StringWriter(), true), build::complete);
    browser = BrowserSession.start(Files.createDirectories(dir.resolve("profile")));
  }

  @AfterEach
  void stop() {
    if (browser != null) {
      browser.quit();
    }
    if (live != null) {
      live.close();
    }
  }

  private String overlay() {
    return BrowserSession.serveOverlay(browser);
  }

  private String text() {
    return String.valueOf(browser.executeScript("return document.body.textContent;"));
  }

  @Test
  void aPageOpenedBeforeTheBuildReloadsCompleteWhenItIsDone() throws Exception {
    browser.get(live.url().resolve("database/failover.html").toString());
    new WebDriverWait(browser, Duration.ofSeconds(10)).until(b -> overlay().contains("Findings: checking 3 files"));
    assertThat(text()).contains("Promote the standby when the primary is lost",
        "The pages that link here are listed once every runbook is read.");
    browser.executeScript("window.beforeBuild = true;");

    new Thread(build.get(5, TimeUnit.SECONDS)).start();
    live.built().get(30, TimeUnit.SECONDS);
    new WebDriverWait(browser, Duration.ofSeconds(5), Duration.ofMillis(20)).until(b ->
        browser.executeScript("return window.beforeBuild === undefined && document.readyState === 'complete';")
            .equals(Boolean.TRUE));
    new WebDriverWait(browser, Duration.ofSeconds(5)).until(b -> overlay().contains("No findings in database/failover.md"));
    assertThat(text()).contains("Promote the standby when the primary is lost", "Referenced by", "Sample Runbooks",
        "Restore Backup").doesNotContain("once every runbook is read");
  }
}
