package dev.runbook.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.logging.LogEntry;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * The built site in a real Chromium, opened from {@code file://} as an on-call engineer with no
 * network would open it: search, ticking steps, the review banner against the reader's date,
 * dark mode and print. Screenshots of the home page and a runbook page land in {@code
 * target/screenshots/}.
 */
class SiteInBrowserTest {
  static final Path SCREENSHOTS = Path.of(System.getProperty("basedir", "."), "target", "screenshots");
  private static final Pattern REQUEST_URL =
      Pattern.compile("\"method\":\"Network\\.requestWillBeSent\".*?\"request\":\\{.*?\"url\":\"([^\"]*)\"");

  @TempDir static Path dir;
  static String missing;
  static Path site;
  static ChromeDriver browser;
  static WebDriverWait wait;

  @BeforeAll
  static void buildAndStart() throws Exception {
    missing = BrowserSession.missingBrowser();
    if (missing != null) {
      return;
    }
    SiteFixture.copyTo(dir);
    // One file of many alerts, one H5 heading each (as kubernetes-mixin's runbook.md), the same
    // H6 under each: search opens it at the alert.
    Files.writeString(dir.resolve("runbooks/mixin.md"), "# Kubernetes alerts\n\n## Alerts\n\n"
        + "##### KubePodCrashLooping\n\n###### Diagnosis\n\nA pod restarts.\n\n"
        + "##### KubePodNotReady\n\n###### Diagnosis\n\nA pod is not ready.\n");
    CliRunner.Result r = CliRunner.run(dir, "build", "runbooks", "-o", "site", "--today", "2026-11-28");
    assertThat(r.exit()).as(r.out() + r.err()).isZero();
    site = dir.resolve("site").toRealPath();
    browser = BrowserSession.start(Files.createDirectories(dir.resolve("profile")));
    wait = new WebDriverWait(browser, Duration.ofSeconds(10));
  }

  @AfterAll
  static void stop() {
    if (browser != null) {
      browser.quit();
    }
  }

  @BeforeEach
  void needsTheBrowser() {
    BrowserSession.assumeBrowser(missing);
  }

  @AfterEach
  void resetEmulation() {
    if (browser != null) {
      browser.executeCdpCommand("Emulation.setEmulatedMedia", Map.of("media", "", "features", List.of()));
    }
  }

  static String url(String page) {
    return site.resolve(page).toUri().toString();
  }

  static void open(String page) {
    browser.get(url(page));
    wait.until(d -> "complete".equals(browser.executeScript("return document.readyState")));
  }

  static void screenshot(String name) throws Exception {
    Files.createDirectories(SCREENSHOTS);
    Path shot = browser.getScreenshotAs(OutputType.FILE).toPath();
    Files.copy(shot, SCREENSHOTS.resolve(name), StandardCopyOption.REPLACE_EXISTING);
  }

  @Test
  void theHomePageOpensFromFileAndItsScriptRuns() throws Exception {
    open("index.html");
    assertThat(browser.getTitle()).isEqualTo("Browser Fixture Runbooks · Operations Runbooks");
    assertThat(browser.findElement(By.cssSelector("html")).getAttribute("class")).contains("js");
    assertThat(browser.findElement(By.id("search-input")).isDisplayed()).isTrue();
    assertThat(browser.findElements(By.cssSelector("table.runbooks a")).stream().map(WebElement::getText))
        .contains("Database Failover", "Flush DNS");
    assertThat(browser.manage().logs().get("browser").getAll()).noneMatch(e -> e.getLevel().getName().equals("SEVERE"));
    screenshot("home.png");
  }

  @Test
  void searchFindsARunbookByAWordFromItsStepsAndEnterOpensIt() {
    open("index.html");
    browser.findElement(By.tagName("body")).sendKeys("/");
    WebElement input = browser.switchTo().activeElement();
    assertThat(input.getAttribute("id")).isEqualTo("search-input");
    input.sendKeys("marmoset");
    wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("search-results"), "Database Failover"));
    assertThat(browser.findElements(By.cssSelector("#search-results [role=option]"))).hasSize(1);
    input.sendKeys(Keys.ENTER);
    wait.until(ExpectedConditions.urlToBe(url("database/failover.html")));
    assertThat(browser.findElement(By.tagName("h1")).getText()).isEqualTo("Database Failover");
  }

  @Test
  void searchFindsAHeadingAndOpensThePageAtIt() {
    open("index.html");
    WebElement input = browser.findElement(By.id("search-input"));
    input.sendKeys("flush resolvers");
    wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("search-results"), "Step 1: Flush the resolvers"));
    WebElement first = browser.findElement(By.cssSelector("#search-results [role=option]"));
    assertThat(first.findElement(By.className("title")).getText()).isEqualTo("Step 1: Flush the resolvers");
    assertThat(first.findElement(By.className("meta")).getText()).isEqualTo("in Flush DNS");
    input.sendKeys(Keys.ENTER);
    wait.until(ExpectedConditions.urlToBe(url("network/dns-flush.html") + "#step-1-flush-the-resolvers"));
    assertThat(browser.findElement(By.id("step-1-flush-the-resolvers")).getText()).isEqualTo("Step 1: Flush the resolvers");
  }

  @Test
  void searchFindsAnAlertWrittenAsAnH5HeadingAndOpensTheFileAtIt() {
    open("index.html");
    WebElement input = browser.findElement(By.id("search-input"));
    input.sendKeys("KubePodNotReady");
    wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("search-results"), "KubePodNotReady"));
    List<WebElement> options = browser.findElements(By.cssSelector("#search-results [role=option]"));
    assertThat(options).hasSize(1);
    assertThat(options.get(0).getText()).contains("KubePodNotReady", "in Kubernetes alerts");
    options.get(0).click();
    wait.until(ExpectedConditions.urlToBe(url("mixin.html") + "#kubepodnotready"));
    // The second "Diagnosis" has an anchor of its own, which the index carries.
    input = browser.findElement(By.id("search-input"));
    input.sendKeys("diagnosis");
    wait.until(d -> d.findElements(By.cssSelector("#search-results [role=option]")).size() >= 2);
    List<WebElement> diagnoses = browser.findElements(By.cssSelector("#search-results [role=option]")).stream()
        .filter(o -> o.getText().contains("in Kubernetes alerts")).toList();
    assertThat(diagnoses).hasSize(2);
    diagnoses.get(1).click();
    wait.until(ExpectedConditions.urlToBe(url("mixin.html") + "#diagnosis-1"));
  }

  @Test
  void arrowKeysMoveThroughTheResults() {
    open("network/dns-flush.html");
    WebElement input = browser.findElement(By.id("search-input"));
    input.click();
    input.sendKeys("dns");
    wait.until(d -> d.findElements(By.cssSelector("#search-results [role=option]")).size() >= 2);
    List<WebElement> options = browser.findElements(By.cssSelector("#search-results [role=option]"));
    assertThat(options.get(0).getAttribute("aria-selected")).isEqualTo("true");
    input.sendKeys(Keys.ARROW_DOWN);
    assertThat(options.get(1).getAttribute("aria-selected")).isEqualTo("true");
    assertThat(input.getAttribute("aria-activedescendant")).isEqualTo(options.get(1).getAttribute("id"));
    String second = options.get(1).findElement(By.className("title")).getText();
    browser.executeScript("window.beforeEnter = true;");
    input.sendKeys(Keys.ENTER);
    wait.until(d -> browser.executeScript("return window.beforeEnter === undefined"
        + " && document.readyState === 'complete'").equals(true));
    assertThat(browser.findElement(By.tagName("h1")).getText()).isEqualTo(second);
  }

  /** The ARIA 1.2 combobox: a screen reader hears a box that opens a list of options, and when. */
  @Test
  void theSearchBoxIsAComboboxThatSaysWhenItsListIsOpen() {
    open("index.html");
    WebElement input = browser.findElement(By.id("search-input"));
    assertThat(input.getAttribute("role")).isEqualTo("combobox");
    assertThat(input.getAttribute("aria-controls")).isEqualTo("search-results");
    assertThat(browser.findElement(By.id("search-results")).getAttribute("role")).isEqualTo("listbox");
    assertThat(input.getAttribute("aria-expanded")).isEqualTo("false");
    input.sendKeys("dns");
    wait.until(d -> !d.findElements(By.cssSelector("#search-results [role=option]")).isEmpty());
    assertThat(input.getAttribute("aria-expanded")).isEqualTo("true");
    input.sendKeys(Keys.ESCAPE);
    assertThat(input.getAttribute("aria-expanded")).isEqualTo("false");
    assertThat(browser.findElement(By.id("search-results")).isDisplayed()).isFalse();
  }

  @Test
  void clickingAResultOpensIt() {
    open("index.html");
    browser.findElement(By.id("search-input")).sendKeys("marmoset");
    wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("search-results"), "Database Failover"));
    browser.findElement(By.cssSelector("#search-results [role=option]")).click();
    wait.until(ExpectedConditions.urlToBe(url("database/failover.html")));
  }

  @Test
  void pagesMakeNoRequestOutsideTheSiteFolder() {
    browser.manage().logs().get("performance");
    for (String page : List.of("index.html", "database/failover.html", "-/review.html", "-/risk.html", "-/rules/RB301.html")) {
      open(page);
    }
    browser.findElement(By.id("search-input")).sendKeys("fence");
    wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("search-results"), "Database Failover"));
    List<String> requests = new ArrayList<>();
    for (LogEntry entry : browser.manage().logs().get("performance")) {
      Matcher m = REQUEST_URL.matcher(entry.getMessage());
      if (m.find()) {
        requests.add(m.group(1));
      }
    }
    String prefix = site.toUri().toString();
    assertThat(requests).contains(prefix + "-/search-index.js", prefix + "-/assets/runbook.css", prefix + "-/assets/runbook.js");
    assertThat(requests).allMatch(u -> u.startsWith(prefix), "starts with " + prefix);
  }

  @Test
  void aTickedStepSurvivesAReloadAndResetClearsIt() throws Exception {
    open("database/failover.html");
    List<WebElement> boxes = browser.findElements(By.cssSelector(".content .step-check"));
    assertThat(boxes).hasSize(4);
    boxes.get(1).click();
    assertThat(browser.findElement(By.cssSelector(".steps-progress")).getText()).isEqualTo("1 of 4 steps done");
    screenshot("runbook.png");
    browser.navigate().refresh();
    boxes = browser.findElements(By.cssSelector(".content .step-check"));
    assertThat(boxes.stream().map(WebElement::isSelected)).containsExactly(false, true, false, false);
    assertThat(browser.findElements(By.cssSelector("li.step")).get(1).getAttribute("class")).contains("done");
    browser.findElement(By.cssSelector(".steps-reset")).click();
    browser.navigate().refresh();
    boxes = browser.findElements(By.cssSelector(".content .step-check"));
    assertThat(boxes.stream().map(WebElement::isSelected)).containsExactly(false, false, false, false);
    assertThat(browser.findElement(By.cssSelector(".steps-progress")).getText()).isEqualTo("0 of 4 steps done");
  }

  @Test
  void everyCodeBlockHasACopyButton() {
    open("database/failover.html");
    List<WebElement> buttons = browser.findElements(By.cssSelector(".content .copy-button"));
    assertThat(buttons).hasSameSizeAs(browser.findElements(By.cssSelector(".content pre")));
    buttons.get(0).click();
    wait.until(d -> !buttons.get(0).getText().equals("Copy"));
    assertThat(buttons.get(0).getText()).isIn("Copied", "Press Ctrl+C");
  }

  @Test
  void stepHeadingsCanBeTickedToo() {
    open("network/dns-flush.html");
    assertThat(browser.findElements(By.cssSelector("h3.step .step-check"))).hasSize(2);
  }

  @Test
  void theOverdueBannerAppearsWhenTheReadersDateIsPastTheDueDate() {
    open("database/failover.html");
    assertThat(browser.findElements(By.cssSelector(".review-banner"))).isEmpty();
    @SuppressWarnings("unchecked")
    Map<String, Object> script = browser.executeCdpCommand("Page.addScriptToEvaluateOnNewDocument", Map.of("source",
        "(() => { const fixed = Date.UTC(2027, 2, 1, 12); const Real = Date;"
            + " class Shifted extends Real { constructor(...a) { super(...(a.length ? a : [fixed])); }"
            + " static now() { return fixed; } }"
            + " window.Date = Shifted; })();"));
    try {
      open("database/failover.html");
      WebElement banner = browser.findElement(By.cssSelector(".review-banner"));
      assertThat(banner.isDisplayed()).isTrue();
      assertThat(banner.getText()).isEqualTo("Review overdue: it was due on 2027-01-30, 30 days ago.");
      assertThat(banner.getAttribute("class")).contains("status-overdue");
      assertThat(browser.findElement(By.cssSelector(".facts .status")).getText()).isEqualTo("Overdue");
    } finally {
      browser.executeCdpCommand("Page.removeScriptToEvaluateOnNewDocument", Map.of("identifier", script.get("identifier")));
    }
  }

  @Test
  void aBannerBakedAsOverdueClearsWhenTheReaderIsBeforeTheDueDate() {
    CliRunner.Result r = CliRunner.run(dir, "build", "runbooks", "-o", "later", "--today", "2027-06-01", "--quiet");
    assertThat(r.exit()).as(r.out() + r.err()).isZero();
    Path later = dir.resolve("later/network/dns-flush.html");
    assertThat(later).content().contains("<p class=\"review-banner status-overdue\" role=\"status\">Review overdue");
    String page = later.toUri().toString();
    @SuppressWarnings("unchecked")
    Map<String, Object> script = browser.executeCdpCommand("Page.addScriptToEvaluateOnNewDocument", Map.of("source",
        "(() => { const fixed = Date.UTC(2026, 0, 10, 12); const Real = Date;"
            + " class Shifted extends Real { constructor(...a) { super(...(a.length ? a : [fixed])); }"
            + " static now() { return fixed; } }"
            + " window.Date = Shifted; })();"));
    try {
      browser.get(page);
      assertThat(browser.findElements(By.cssSelector(".review-banner"))).isEmpty();
      assertThat(browser.findElement(By.cssSelector(".facts .status")).getText()).isEqualTo("Current");
    } finally {
      browser.executeCdpCommand("Page.removeScriptToEvaluateOnNewDocument", Map.of("identifier", script.get("identifier")));
    }
  }

  @Test
  void darkModeFollowsTheSystemSetting() {
    open("database/failover.html");
    assertThat(background()).isEqualTo("rgba(255, 255, 255, 1)");
    browser.executeCdpCommand("Emulation.setEmulatedMedia",
        Map.of("features", List.of(Map.of("name", "prefers-color-scheme", "value", "dark"))));
    assertThat(background()).isEqualTo("rgba(15, 20, 25, 1)");
  }

  private static String background() {
    return browser.findElement(By.tagName("body")).getCssValue("background-color");
  }

  @Test
  void printShowsEveryStepAndTheFactsButNoNavigation() {
    open("database/failover.html");
    browser.executeCdpCommand("Emulation.setEmulatedMedia", Map.of("media", "print"));
    List<WebElement> steps = browser.findElements(By.cssSelector(".content .step"));
    assertThat(steps).hasSize(4).allMatch(WebElement::isDisplayed);
    assertThat(browser.findElement(By.cssSelector(".facts")).isDisplayed()).isTrue();
    assertThat(browser.findElement(By.cssSelector(".site-header")).isDisplayed()).isFalse();
    assertThat(browser.findElement(By.cssSelector(".toc")).isDisplayed()).isFalse();
    assertThat(browser.findElement(By.cssSelector(".content pre")).getCssValue("white-space")).isEqualTo("pre-wrap");
  }
}
