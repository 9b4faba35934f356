package dev.runbook.cli;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.openqa.selenium.chrome.ChromeDriver;

/**
 * axe-core, installed from npm into {@code src/test/axe/node_modules} by {@code npm ci --prefix
 * cli/src/test/axe} (the version is pinned by the lock file beside it), run over the page open in
 * the browser. Where it is missing the tests are skipped with the command that installs it,
 * unless {@code RUNBOOK_REQUIRE_BROWSER=1} makes that a failure.
 */
final class AxeAudit {
  static final Path SCRIPT = Path.of(System.getProperty("basedir", "."),
      "src/test/axe/node_modules/axe-core/axe.min.js");
  /** The impacts that fail a page; "moderate" and "minor" are only reported. */
  static final List<String> FAILING = List.of("serious", "critical");

  /** One rule broken on a page: which rule, how badly, and the CSS selectors of where. */
  record Violation(String id, String impact, String help, List<String> targets) {
    boolean fails() {
      return FAILING.contains(impact);
    }

    @Override
    public String toString() {
      return id + " (" + impact + ": " + help + ") at " + String.join(", ", targets);
    }
  }

  private static final String RUN = """
      var done = arguments[arguments.length - 1];
      axe.run(document, {resultTypes: ['violations']}).then(function (r) {
        done(r.violations.map(function (v) {
          return {id: v.id, impact: v.impact || '', help: v.help,
            targets: v.nodes.map(function (n) { return n.target.join(' >>> '); })};
        }));
      }, function (e) { done('axe failed: ' + e); });
      """;

  private AxeAudit() {}

  /** Why axe cannot run, or null when it can; fails where the browser tests must run. */
  static String missingAxe() {
    if (Files.isRegularFile(SCRIPT)) {
      return null;
    }
    return BrowserSession.unavailable("the accessibility test needs " + SCRIPT
        + " (npm ci --prefix cli/src/test/axe)");
  }

  /** Every rule the page open in {@code browser} breaks, in axe's order. */
  static List<Violation> run(ChromeDriver browser) {
    String axe;
    try {
      axe = Files.readString(SCRIPT);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read " + SCRIPT, e);
    }
    browser.executeScript(axe);
    browser.manage().timeouts().scriptTimeout(Duration.ofSeconds(60));
    Object result = browser.executeAsyncScript(RUN);
    if (!(result instanceof List<?> found)) {
      throw new IllegalStateException(String.valueOf(result));
    }
    return found.stream().map(o -> (Map<?, ?>) o)
        .map(v -> new Violation((String) v.get("id"), (String) v.get("impact"), (String) v.get("help"),
            ((List<?>) v.get("targets")).stream().map(String::valueOf).toList()))
        .toList();
  }
}
