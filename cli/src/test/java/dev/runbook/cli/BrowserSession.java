package dev.runbook.cli;

import static org.junit.jupiter.api.Assertions.fail;

import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Assumptions;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;

/**
 * Debian's Chromium and chromedriver, driven by Selenium with both paths set explicitly so that
 * Selenium Manager never goes to the network. Where they are missing the tests are skipped with
 * the reason, unless {@code RUNBOOK_REQUIRE_BROWSER=1} (set by {@code .ci/run}) makes that a
 * failure.
 */
final class BrowserSession {
  /** Debian's paths; {@code -Drunbook.chromium=…} and {@code -Drunbook.chromedriver=…} name others. */
  static final Path CHROMIUM = Path.of(System.getProperty("runbook.chromium", "/usr/bin/chromium"));
  static final Path CHROMEDRIVER = Path.of(System.getProperty("runbook.chromedriver", "/usr/bin/chromedriver"));
  static final String REQUIRE = "RUNBOOK_REQUIRE_BROWSER";

  private BrowserSession() {}

  /**
   * Why the browser tests cannot run, or null when they can. Fails when they must run ({@code
   * RUNBOOK_REQUIRE_BROWSER=1}); otherwise says so once on the build log.
   */
  static String missingBrowser() {
    if (Files.isExecutable(CHROMIUM) && Files.isExecutable(CHROMEDRIVER)) {
      return null;
    }
    return unavailable("browser tests need " + CHROMIUM + " and " + CHROMEDRIVER
        + " (apt-get install chromium chromium-driver)");
  }

  /**
   * Returns {@code reason} after saying on the build log that tests are skipped for it; fails
   * instead when {@code RUNBOOK_REQUIRE_BROWSER=1} says the browser tests must run.
   */
  static String unavailable(String reason) {
    if ("1".equals(System.getenv(REQUIRE))) {
      fail(reason + ", and " + REQUIRE + "=1 says they must run");
    }
    System.err.println("SKIPPED: " + reason);
    return reason;
  }

  /** Skips the calling test, with the reason, when the browser is missing. */
  static void assumeBrowser(String missing) {
    Assumptions.assumeTrue(missing == null, () -> "skipped: " + missing);
  }

  /** A headless Chromium with its own profile folder, logging network requests. */
  /** The text of {@code runbook serve}'s overlay on the open page ("" when there is none). */
  static String serveOverlay(ChromeDriver browser) {
    Object text = browser.executeScript(
        "var h = document.getElementById('runbook-serve'); return h && h.shadowRoot ? h.shadowRoot.textContent : null;");
    return text == null ? "" : text.toString();
  }

  static ChromeDriver start(Path profile) {
    ChromeDriverService service = new ChromeDriverService.Builder()
        .usingDriverExecutable(new File(CHROMEDRIVER.toString()))
        .usingAnyFreePort()
        .build();
    ChromeOptions options = new ChromeOptions();
    options.setBinary(CHROMIUM.toString());
    options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-background-networking",
        "--disable-component-update", "--no-first-run", "--disable-sync", "--disable-dev-shm-usage",
        "--window-size=1280,1000", "--user-data-dir=" + profile);
    options.setCapability("goog:loggingPrefs", Map.of("performance", "ALL", "browser", "ALL"));
    return new ChromeDriver(service, options);
  }
}
