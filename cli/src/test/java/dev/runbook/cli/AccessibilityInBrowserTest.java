package dev.runbook.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.fail;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.openqa.selenium.By;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * axe-core over every kind of page of the project's own sample site ({@code runbooks/}, built
 * the way {@code runbook build} builds it, with the alerting rules of {@code
 * src/test/resources/alerts/}), in the light and the dark colour scheme: any serious
 * or critical violation fails the build, naming the rule and where on the page it broke.
 * Screenshots of the review page, a runbook page and the open search results in both schemes
 * land in {@code target/screenshots/}.
 */
class AccessibilityInBrowserTest {
  static final Path PROJECT = Path.of(System.getProperty("basedir", ".")).toAbsolutePath().getParent();

  /** Pages whose look in each scheme is kept for a person to see: every risk badge and review state. */
  static final Map<String, String> SCREENSHOTS =
      Map.of("-/review.html", "a11y-review", "failover-procedures.html", "a11y-runbook");

  @TempDir static Path dir;
  static String missing;
  static Path site;
  static ChromeDriver browser;

  @BeforeAll
  static void buildAndStart() throws Exception {
    missing = BrowserSession.missingBrowser();
    if (missing == null) {
      missing = AxeAudit.missingAxe();
    }
    if (missing != null) {
      return;
    }
    site = dir.resolve("site");
    CliRunner.Result r = CliRunner.run(PROJECT, "build", "-o", site.toString(), "--today", "2026-11-28", "--quiet",
        "--alerts", "cli/src/test/resources/alerts/axe-rules.yaml");
    assertThat(r.exit()).as(r.out() + r.err()).isZero();
    assertThat(Files.readString(site.resolve("failover-procedures.html"))).contains("<section class=\"alerts\"");
    assertThat(site.resolve("-/alerts/ServiceDown.html")).isRegularFile();
    assertThat(site.resolve("-/alert-coverage.html")).isRegularFile();
    browser = BrowserSession.start(Files.createDirectories(dir.resolve("profile")));
  }

  @AfterAll
  static void stop() {
    if (browser != null) {
      browser.quit();
    }
  }

  @BeforeEach
  void needsTheBrowserAndAxe() {
    BrowserSession.assumeBrowser(missing);
  }

  /** One page of each kind the site has, as a reader arrives on it. */
  static List<String> pages() {
    return List.of(
        "index.html", // the home page: the root folder's index page (README.md) and the runbook table
        "failover-procedures.html", // a runbook: facts, badges, steps to tick, code blocks, copy buttons, alerts
        "-/alerts/ServiceDown.html", // an alert name whose rules link to two runbooks
        "-/alert-coverage.html", // alert coverage: bar charts and the lists behind them
        "docs/architecture.html", // a document
        "-/categories/recovery-procedures.html", // a category's list
        "-/review.html", // review status: chart and tables of every review state
        "-/risk.html", // risk overview: the matrix of risk colours
        "-/automation.html", // automation status
        "-/rules/index.html", // the rules' folder index
        "-/rules/RB301.html", // one rule
        "404.html");
  }

  static Stream<Arguments> pagesInBothSchemes() {
    return Stream.of("light", "dark").flatMap(scheme -> pages().stream().map(page -> Arguments.of(page, scheme)));
  }

  @ParameterizedTest(name = "{0} ({1})")
  @MethodSource("pagesInBothSchemes")
  void aPageHasNoSeriousOrCriticalViolation(String page, String scheme) throws Exception {
    open(page, scheme);
    if (SCREENSHOTS.containsKey(page)) {
      screenshot(SCREENSHOTS.get(page) + "-" + scheme);
    }
    assertNoSeriousViolation(page + " (" + scheme + ")");
  }

  @ParameterizedTest(name = "search results open ({0})")
  @MethodSource("schemes")
  void theOpenSearchResultsHaveNoSeriousOrCriticalViolation(String scheme) throws Exception {
    open("index.html", scheme);
    browser.findElement(By.id("search-input")).sendKeys("database");
    new WebDriverWait(browser, Duration.ofSeconds(10))
        .until(d -> d.findElements(By.cssSelector("#search-results [role=option]")).size() >= 2);
    screenshot("a11y-search-" + scheme);
    assertNoSeriousViolation("index.html with search results open (" + scheme + ")");
  }

  /** A page opened from an alert's link: its commands filled in, marked, and the bar with Reset. */
  @ParameterizedTest(name = "filled-in commands ({0})")
  @MethodSource("schemes")
  void aPageWithFilledInCommandsHasNoSeriousOrCriticalViolation(String scheme) throws Exception {
    open("docs/deployment.html", "?version=2.14.4", scheme);
    assertThat(browser.findElements(By.cssSelector(".filled-bar button.filled-reset"))).hasSize(1);
    assertThat(browser.findElements(By.cssSelector(".content pre mark.filled"))).isNotEmpty();
    screenshot("a11y-filled-" + scheme);
    assertNoSeriousViolation("docs/deployment.html?version=2.14.4 (" + scheme + ")");
  }

  private static void screenshot(String name) throws Exception {
    Files.createDirectories(SiteInBrowserTest.SCREENSHOTS);
    Files.write(SiteInBrowserTest.SCREENSHOTS.resolve(name + ".png"), browser.getScreenshotAs(OutputType.BYTES));
  }

  static List<String> schemes() {
    return List.of("light", "dark");
  }

  private static void open(String page, String scheme) {
    open(page, "", scheme);
  }

  private static void open(String page, String query, String scheme) {
    browser.executeCdpCommand("Emulation.setEmulatedMedia",
        Map.of("features", List.of(Map.of("name", "prefers-color-scheme", "value", scheme))));
    browser.get(site.resolve(page).toUri() + query);
    new WebDriverWait(browser, Duration.ofSeconds(10))
        .until(d -> "complete".equals(browser.executeScript("return document.readyState")));
  }

  private static void assertNoSeriousViolation(String where) {
    List<AxeAudit.Violation> found = AxeAudit.run(browser);
    found.stream().filter(v -> !v.fails()).forEach(v -> System.err.println("axe, " + where + ": " + v));
    List<AxeAudit.Violation> failing = found.stream().filter(AxeAudit.Violation::fails).toList();
    if (!failing.isEmpty()) {
      fail(failing.size() + " serious or critical axe violation(s) on " + where + ":\n"
          + failing.stream().map(v -> "  " + v).collect(Collectors.joining("\n")));
    }
  }
}
