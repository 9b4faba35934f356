package dev.runbook.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.sun.net.httpserver.HttpServer;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * A runbook page opened from an alert's link ({@code ?namespace=payments&pod=api-7}) in a real
 * Chromium from {@code file://}: its code blocks show the commands filled in with the labels,
 * marked, the bar above says which labels were used, Reset brings back the placeholders, the copy
 * button copies what is shown, and a value holding markup stays text.
 */
class FilledCommandsInBrowserTest {
  static final String RUNBOOK = """
      ---
      title: Restart A Pod
      risk: low
      owner: team-sre
      last_reviewed: 2026-11-01
      review_interval: quarterly
      ---

      # Restart A Pod

      Restarts a pod that stopped answering.

      ## Overview

      The pod is stuck; a new one takes its place.

      ## Prerequisites

      - `kubectl` access to the cluster.

      ## Steps

      1. Look at the pod:

         ```bash
         kubectl -n <namespace> get pod <pod> --context <cluster>
         ```

      2. Delete it:

         ```bash
         kubectl -n ${NAMESPACE} delete pod ${Pod}
         ```

      3. Watch the new one start:

         ```bash
         kubectl -n {{ $labels.namespace }} get pods -w -l app={{$labels.pod}}
         ```

      4. Check the logs:

         ```bash
         kubectl logs --since=5m deploy/web
         ```

      ## Validation

      - The pod is `Running`.

      ## Rollback

      1. Nothing to roll back.

      ## References

      - The team's chat channel.
      """;

  static final List<String> ORIGINAL = List.of(
      "kubectl -n <namespace> get pod <pod> --context <cluster>",
      "kubectl -n ${NAMESPACE} delete pod ${Pod}",
      "kubectl -n {{ $labels.namespace }} get pods -w -l app={{$labels.pod}}",
      "kubectl logs --since=5m deploy/web");

  @TempDir static Path dir;
  static String missing;
  static Path site;
  static ChromeDriver browser;

  @BeforeAll
  static void buildAndStart() throws Exception {
    missing = BrowserSession.missingBrowser();
    if (missing != null) {
      return;
    }
    Path runbooks = Files.createDirectories(dir.resolve("runbooks"));
    Files.writeString(runbooks.resolve("README.md"), "# Filled Commands\n\n- [Restart A Pod](pod-restart.md)\n");
    Files.writeString(runbooks.resolve("pod-restart.md"), RUNBOOK);
    CliRunner.Result r = CliRunner.run(dir, "build", "runbooks", "-o", "site", "--today", "2026-11-28", "--quiet");
    assertThat(r.exit()).as(r.out() + r.err()).isZero();
    site = dir.resolve("site").toRealPath();
    browser = BrowserSession.start(Files.createDirectories(dir.resolve("profile")));
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

  static void open(String query) {
    browser.get(site.resolve("pod-restart.html").toUri() + query);
    new WebDriverWait(browser, Duration.ofSeconds(10))
        .until(d -> "complete".equals(browser.executeScript("return document.readyState")));
  }

  static List<String> codeBlocks() {
    return browser.findElements(By.cssSelector(".content pre code")).stream()
        .map(c -> (String) browser.executeScript("return arguments[0].textContent", c))
        .map(String::strip)
        .toList();
  }

  static List<String> barLabels() {
    return browser.findElements(By.cssSelector(".filled-bar .filled-labels li")).stream()
        .map(WebElement::getText).toList();
  }

  @Test
  void theThreePlaceholderFormsAreFilledFromTheLinkAndMarked() throws Exception {
    open("?namespace=payments&pod=api-7&severity=critical");
    assertThat(codeBlocks()).containsExactly(
        "kubectl -n payments get pod api-7 --context <cluster>",
        "kubectl -n payments delete pod api-7",
        "kubectl -n payments get pods -w -l app=api-7",
        "kubectl logs --since=5m deploy/web");
    assertThat(browser.findElements(By.cssSelector(".content pre mark.filled")).stream().map(WebElement::getText))
        .containsExactly("payments", "api-7", "payments", "api-7", "payments", "api-7");
    assertThat(barLabels()).containsExactly("namespace = payments", "pod = api-7");
    browser.executeScript("document.querySelector('.content pre').scrollIntoView({block: 'center'})");
    screenshot("filled-commands.png");
  }

  @Test
  void resetBringsBackThePlaceholdersAndTheButtonFillsThemInAgain() {
    open("?namespace=payments&pod=api-7");
    WebElement reset = browser.findElement(By.cssSelector(".filled-bar button.filled-reset"));
    assertThat(reset.getText()).isEqualTo("Reset");
    reset.click();
    assertThat(codeBlocks()).containsExactlyElementsOf(ORIGINAL);
    assertThat(browser.findElements(By.cssSelector(".content pre mark.filled"))).isEmpty();
    assertThat(reset.getText()).isEqualTo("Fill in again");
    assertThat(browser.switchTo().activeElement()).isEqualTo(reset);
    reset.click();
    assertThat(codeBlocks().get(1)).isEqualTo("kubectl -n payments delete pod api-7");
  }

  @Test
  void theCopyButtonCopiesTheFilledCommandAndAfterResetTheOriginal() {
    open("?namespace=payments&pod=api-7");
    stubClipboard();
    List<WebElement> copy = browser.findElements(By.cssSelector(".content .copy-button"));
    copy.get(1).click();
    assertThat(copied()).isEqualTo("kubectl -n payments delete pod api-7");
    browser.findElement(By.cssSelector(".filled-reset")).click();
    copy.get(1).click();
    assertThat(copied()).isEqualTo("kubectl -n ${NAMESPACE} delete pod ${Pod}");
  }

  @Test
  void theCommandsAreFilledOverHttpToo() throws Exception {
    HttpServer server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
    server.createContext("/", exchange -> {
      Path file = site.resolve(exchange.getRequestURI().getPath().substring(1)).normalize();
      byte[] body = file.startsWith(site) && Files.isRegularFile(file) ? Files.readAllBytes(file) : new byte[0];
      exchange.getResponseHeaders().set("Content-Type",
          file.toString().endsWith(".html") ? "text/html; charset=utf-8" : "text/plain; charset=utf-8");
      exchange.sendResponseHeaders(body.length == 0 ? 404 : 200, body.length == 0 ? -1 : body.length);
      exchange.getResponseBody().write(body);
      exchange.close();
    });
    server.start();
    try {
      browser.get("http://127.0.0.1:" + server.getAddress().getPort() + "/pod-restart.html?namespace=payments&pod=api-7");
      new WebDriverWait(browser, Duration.ofSeconds(10))
          .until(d -> "complete".equals(browser.executeScript("return document.readyState")));
      assertThat(codeBlocks().get(1)).isEqualTo("kubectl -n payments delete pod api-7");
      assertThat(barLabels()).containsExactly("namespace = payments", "pod = api-7");
    } finally {
      server.stop(0);
    }
  }

  @Test
  void aPageOpenedWithoutMatchingParametersIsLeftAsWritten() {
    open("?severity=critical&alertname=PodStuck");
    assertThat(codeBlocks()).containsExactlyElementsOf(ORIGINAL);
    assertThat(browser.findElements(By.cssSelector(".filled-bar"))).isEmpty();
  }

  @Test
  void aValueTooLongIsIgnored() {
    open("?namespace=" + "n".repeat(201) + "&pod=api-7");
    assertThat(codeBlocks().get(1)).isEqualTo("kubectl -n ${NAMESPACE} delete pod api-7");
    assertThat(barLabels()).containsExactly("pod = api-7");
  }

  @Test
  void valuesHoldingMarkupShowAsTextAndNothingRuns() {
    String img = "<img src=x onerror=window.__pwned=1>";
    String script = "\"><script>window.__pwned=2</script>";
    open("?namespace=" + URLEncoder.encode(img, StandardCharsets.UTF_8)
        + "&pod=" + URLEncoder.encode(script, StandardCharsets.UTF_8));
    assertThat(codeBlocks().get(1)).isEqualTo("kubectl -n " + img + " delete pod " + script);
    assertThat(barLabels()).containsExactly("namespace = " + img, "pod = " + script);
    assertThat(browser.findElements(By.cssSelector(".content img, .content script"))).isEmpty();
    browser.findElement(By.cssSelector(".filled-reset")).click();
    browser.findElement(By.cssSelector(".filled-reset")).click();
    assertThat(browser.findElements(By.cssSelector(".content img, .content script"))).isEmpty();
    assertThat(browser.executeScript("return typeof window.__pwned")).isEqualTo("undefined");
  }

  static void screenshot(String name) throws Exception {
    Files.createDirectories(SiteInBrowserTest.SCREENSHOTS);
    Files.write(SiteInBrowserTest.SCREENSHOTS.resolve(name), browser.getScreenshotAs(OutputType.BYTES));
  }

  /** Keeps what the page copies, whichever way it copies: the Clipboard API or the textarea. */
  static void stubClipboard() {
    browser.executeScript("window.__copied = null;"
        + "Object.defineProperty(navigator, 'clipboard', {configurable: true, value: {writeText: function (t) {"
        + " window.__copied = t; return Promise.resolve(); }}});"
        + "var exec = document.execCommand.bind(document);"
        + "document.execCommand = function (c) { if (c === 'copy') { window.__copied = document.activeElement.value;"
        + " return true; } return exec.apply(null, arguments); };");
  }

  static String copied() {
    new WebDriverWait(browser, Duration.ofSeconds(5)).until(d -> browser.executeScript("return window.__copied") != null);
    String text = (String) browser.executeScript("var t = window.__copied; window.__copied = null; return t;");
    return text.strip();
  }
}
