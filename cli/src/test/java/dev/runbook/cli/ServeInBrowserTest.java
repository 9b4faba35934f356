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
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * {@code runbook serve} in a real Chromium: a page open in the browser reloads by itself within
 * two seconds of its runbook being saved, keeps its scroll position, and its overlay shows the
 * finding the save introduced.
 */
class ServeInBrowserTest {
  @TempDir Path dir;
  String missing;
  LivePreview live;
  ChromeDriver browser;

  @BeforeEach
  void start() throws Exception {
    missing = BrowserSession.missingBrowser();
    BrowserSession.assumeBrowser(missing);
    Path root = SampleRunbooks.write(dir.resolve("repo"));
    Path failover = root.resolve("database/failover.md");
    StringBuilder steps = new StringBuilder("1. Check the replication lag.\n");
    for (int i = 2; i <= 60; i++) {
      steps.append(i).append(". Step ").append(i).append(" of the failover, written out in full.\n");
    }
    Files.writeString(failover, Files.readString(failover).replace("1. Check the replication lag.\n", steps));
    Clock clock = Clock.fixed(LocalDate.parse(SampleRunbooks.TODAY).atStartOfDay(ZoneOffset.UTC).toInstant(), ZoneOffset.UTC);
    CheckOptions check = new CheckOptions(dir.resolve("repo"), Optional.of(Path.of("runbooks")), List.of(),
        Optional.empty(), clock, false, Optional.empty(), Optional.empty(), 2);
    live = LivePreview.start(new LivePreview.Settings(check, "127.0.0.1", 0, false, Duration.ofMillis(60), true, clock,
        PreviewServer.Timeouts.DEFAULT),
        new PrintWriter(new StringWriter(), true), new PrintWriter(new StringWriter(), true));
    live.built().get(60, java.util.concurrent.TimeUnit.SECONDS);
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

  @Test
  void aSavedRunbookReloadsWithinTwoSecondsKeepsItsPlaceAndShowsItsNewFinding() throws Exception {
    browser.get(live.url().resolve("database/failover.html").toString());
    new WebDriverWait(browser, Duration.ofSeconds(10)).until(b -> overlay().contains("No findings in database/failover.md"));
    browser.executeScript("window.scrollTo(0, 400); window.beforeSave = true;");
    long y = ((Number) browser.executeScript("return window.scrollY;")).longValue();
    assertThat(y).as("the page is long enough to scroll").isGreaterThan(300);

    Path file = dir.resolve("repo/runbooks/database/failover.md");
    Files.writeString(file, Files.readString(file).replace("Promote the standby", "TODO: promote the warm standby"));
    long saved = System.nanoTime();
    new WebDriverWait(browser, Duration.ofSeconds(2), Duration.ofMillis(20)).until(b ->
        browser.executeScript("return window.beforeSave === undefined && document.readyState === 'complete'"
            + " && document.body.textContent.indexOf('TODO: promote the warm standby') >= 0;").equals(Boolean.TRUE));
    long reloaded = (System.nanoTime() - saved) / 1_000_000;
    System.err.println("serve: the page showed the saved text " + reloaded + " ms after the save");

    new WebDriverWait(browser, Duration.ofSeconds(2)).until(b -> overlay().contains("RB502"));
    assertThat(overlay()).contains("1 finding in database/failover.md", "line 13", "RB502 placeholder",
        "placeholder 'TODO'");
    new WebDriverWait(browser, Duration.ofSeconds(2)).until(b ->
        Math.abs(((Number) browser.executeScript("return window.scrollY;")).longValue() - y) <= 1);
    Path shots = Files.createDirectories(SiteInBrowserTest.SCREENSHOTS);
    Files.write(shots.resolve("serve-overlay.png"), browser.getScreenshotAs(OutputType.BYTES));
  }

  @Test
  void theOverlayOfAGeneratedPageCountsTheWholeSet() {
    browser.get(live.url().resolve("-/review.html").toString());
    new WebDriverWait(browser, Duration.ofSeconds(10)).until(b -> overlay().contains("No findings in the runbooks"));
  }
}
