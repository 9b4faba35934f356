package dev.runbook.core.rules;

import dev.runbook.core.check.CheckFailure;
import dev.runbook.core.check.CheckOptions;
import dev.runbook.core.check.CheckResult;
import dev.runbook.core.check.CheckRunner;
import dev.runbook.core.config.Config;
import dev.runbook.core.model.RunbookSet;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;

/**
 * The rule fixtures under {@code src/test/resources/fixtures/rules/}: one folder per rule, each a
 * small runbook root (see the README.md there), and how a folder is checked.
 */
final class RuleFixtures {
  /** "Today" for every fixture. */
  static final Clock TODAY = Clock.fixed(Instant.parse("2026-11-28T12:00:00Z"), ZoneOffset.UTC);

  static final String CONFIG = "runbook.yml";
  /** A folder with this file is checked with {@code --external}, answered from this cache. */
  static final String LINK_CACHE = "links.cache";

  private RuleFixtures() {}

  /** The folder that holds one folder per rule. */
  static Path root() {
    try {
      return Path.of(RuleFixtures.class.getResource("/fixtures/rules").toURI());
    } catch (URISyntaxException e) {
      throw new IllegalStateException(e);
    }
  }

  /** The rule folders (named by rule ID), sorted. */
  static List<Path> folders() {
    try (Stream<Path> s = Files.list(root())) {
      return s.filter(Files::isDirectory).sorted().toList();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /**
   * Every file of a folder the check reports on, sorted: its Markdown files and its alerting-rules
   * files (YAML and JSON besides {@code runbook.yml}).
   */
  static List<String> checkedFiles(Path folder) {
    try (Stream<Path> s = Files.walk(folder)) {
      return s.filter(Files::isRegularFile)
          .map(p -> folder.relativize(p).toString().replace('\\', '/'))
          .filter(p -> p.endsWith(".md") || isRulesFile(p))
          .sorted()
          .toList();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** An alerting-rules file of a fixture: YAML or JSON, not the config. */
  static boolean isRulesFile(String path) {
    return !path.equals(CONFIG) && (path.endsWith(".yaml") || path.endsWith(".yml") || path.endsWith(".json"));
  }

  static ExpectedFindings expectations(Path file) {
    try {
      return ExpectedFindings.read(Files.readAllBytes(file), isRulesFile(file.getFileName().toString()));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } catch (IllegalArgumentException e) {
      throw new IllegalArgumentException(file + ": " + e.getMessage(), e);
    }
  }

  /**
   * Checks a fixture folder as the CLI would, with its own {@code runbook.yml} or else the
   * default configuration. The configuration is chosen here rather than looked up, so a
   * {@code runbook.yml} above the fixtures (the repository's own) never applies.
   */
  static CheckResult check(Path folder) throws CheckFailure, IOException {
    CheckRunner runner = new CheckRunner();
    CheckOptions options = CheckOptions.of(folder, folder, TODAY);
    Path configFile = folder.resolve(CONFIG);
    Config config = Files.isRegularFile(configFile)
        ? runner.loadConfig(options.withConfig(Optional.of(configFile)))
        : Config.DEFAULT;
    Path cache = folder.resolve(LINK_CACHE);
    Path workingCache = null;
    if (Files.isRegularFile(cache)) {
      // The checker rewrites its cache: give it a copy, and keep the fixture as written.
      workingCache = Files.createTempFile("runbook-fixture-", ".cache");
      Files.copy(cache, workingCache, java.nio.file.StandardCopyOption.REPLACE_EXISTING);
      options = options.withExternal(true, Optional.of(workingCache));
    }
    try {
      RunbookSet set = runner.load(folder, config, options.threads());
      CheckResult result = runner.check(options, config, folder, set);
      if (workingCache != null) {
        requireNoRequests(cache, workingCache);
      }
      return result;
    } finally {
      if (workingCache != null) {
        Files.deleteIfExists(workingCache);
      }
    }
  }

  /** Every external link of a fixture must be answered from its cache, never from the network. */
  private static void requireNoRequests(Path fixtureCache, Path afterRun) throws IOException {
    // An answer the checker had to ask for is written with today's time, so it is a new line.
    Set<String> asked = new TreeSet<>(Files.readAllLines(afterRun, StandardCharsets.UTF_8));
    asked.removeAll(Files.readAllLines(fixtureCache, StandardCharsets.UTF_8));
    if (!asked.isEmpty()) {
      throw new IllegalStateException(fixtureCache + " did not answer every link, so the check "
          + "asked the network: add these (or refresh their time) in the cache: " + asked);
    }
  }
}
