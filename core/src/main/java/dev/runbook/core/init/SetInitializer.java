package dev.runbook.core.init;

import dev.runbook.core.check.CheckFailure;
import dev.runbook.core.check.CheckOptions;
import dev.runbook.core.check.CheckResult;
import dev.runbook.core.check.CheckRunner;
import dev.runbook.core.config.Config;
import dev.runbook.core.config.ConfigException;
import dev.runbook.core.config.ConfigLoader;
import dev.runbook.core.config.ProjectLocator;
import dev.runbook.core.edit.AtomicFile;
import dev.runbook.core.model.Runbook;
import dev.runbook.core.model.RunbookSet;
import dev.runbook.core.report.Baseline;
import dev.runbook.core.report.BaselineException;
import dev.runbook.core.report.Diagnostic;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;

/**
 * {@code runbook init}: surveys a set, writes a {@code runbook.yml} that fits it and a baseline of
 * the findings left, so that the next {@code runbook check} passes and every later finding is new.
 * It never overwrites a config or baseline unless told to.
 */
public final class SetInitializer {
  /** The names a config may have; any of them in the target folder stops {@code init} without force. */
  static final List<String> CONFIG_NAMES = ProjectLocator.CONFIG_NAMES;
  static final String BASELINE = ".runbook-baseline.json";
  /** A rule firing on at least this share of the runbooks (and {@link #WIDESPREAD_MIN}) is "not followed yet". */
  static final double WIDESPREAD = 0.8;
  static final int WIDESPREAD_MIN = 5;

  private final CheckRunner runner;
  private final Clock clock;
  private final int threads;

  public SetInitializer(CheckRunner runner, Clock clock, int threads) {
    this.runner = runner;
    this.clock = clock;
    this.threads = threads;
  }

  /**
   * Where the config goes for a root: the working folder when the root lies below it (with {@code
   * root:} naming it), else the root itself.
   */
  public static Path configFolder(Path workingDir, Path root) {
    Path wd = workingDir.toAbsolutePath().normalize();
    Path r = root.toAbsolutePath().normalize();
    return r.startsWith(wd) ? wd : r;
  }

  /** Surveys {@code root} and writes {@code runbook.yml} and the baseline into {@code folder}. */
  public InitResult init(Path workingDir, Path root, Path folder, boolean force) throws InitRefused, IOException {
    Path dir = folder.toAbsolutePath().normalize();
    Path rootDir = root.toAbsolutePath().normalize();
    if (Files.exists(rootDir) && !Files.isDirectory(rootDir)) {
      throw new InitRefused(root + " is a file: name the folder that holds your runbooks");
    }
    if (!Files.isDirectory(rootDir)) {
      throw new InitRefused("runbook folder " + root + " does not exist: name the folder that holds your runbooks");
    }
    Path configFile = dir.resolve(CONFIG_NAMES.get(0));
    Path baselineFile = dir.resolve(BASELINE);
    if (!force) {
      for (String name : CONFIG_NAMES) {
        if (Files.exists(dir.resolve(name))) {
          throw new InitRefused(dir.resolve(name) + " already exists: edit it, or run `runbook init --force` to replace it");
        }
      }
      if (Files.exists(baselineFile)) {
        throw new InitRefused(baselineFile + " already exists: run `runbook init --force` to replace it");
      }
    }
    Optional<String> rootKey = rootDir.equals(dir) ? Optional.empty()
        : Optional.of(dir.relativize(rootDir).toString().replace('\\', '/'));
    RunbookSet set = load(rootDir);
    List<Runbook> runbooks = set.runbooks().stream().filter(Runbook::isRunbook).filter(d -> !d.isMovedStub()).toList();
    InitPlan plan = new InitPlan(rootKey, label(workingDir, rootDir), BASELINE,
        GeneratorGuess.of(rootDir, dir), FrontMatterSurvey.of(set.documents()), SetTemplates.of(runbooks),
        runbooks.size(), set.documents().size(), Map.of(), 0, LocalDate.now(clock));
    // The comments the check's result adds to the config change nothing it reads: one check
    // gives both the rules most runbooks break and the baseline.
    CheckResult result = check(workingDir, rootDir, configFile, plan);
    plan = plan.afterCheck(widespread(result, runbooks.size()), result.all().diagnostics().size());
    try {
      Baseline.write(result.all(), baselineFile);
    } catch (BaselineException e) {
      throw new IOException(e.getMessage(), e);
    }
    byte[] text = InitConfigText.of(plan).getBytes(StandardCharsets.UTF_8);
    if (force && Files.exists(configFile)) {
      AtomicFile.replace(configFile, text);
    } else {
      AtomicFile.createNew(configFile, text);
    }
    return new InitResult(configFile, baselineFile, plan);
  }

  private RunbookSet load(Path root) throws InitRefused {
    try {
      return runner.load(root, Config.DEFAULT, threads);
    } catch (CheckFailure e) {
      throw new InitRefused(e.getMessage());
    }
  }

  /** Checks the set with the config the plan gives, as if it were already written. */
  private CheckResult check(Path workingDir, Path root, Path configFile, InitPlan plan) throws InitRefused {
    Config config;
    try {
      config = new ConfigLoader(runner.ruleIds(), runner.ruleIdsByName()).parse(configFile, InitConfigText.of(plan)).withBaseline(Optional.empty());
    } catch (ConfigException e) {
      throw new IllegalStateException("init wrote a config it cannot read: " + e.getMessage(), e);
    }
    CheckOptions options = new CheckOptions(workingDir, Optional.of(root), List.of(), Optional.of(configFile),
        clock, false, Optional.empty(), Optional.empty(), threads);
    try {
      return runner.check(options, config, root, runner.load(root, config, threads));
    } catch (CheckFailure e) {
      throw new InitRefused(e.getMessage());
    }
  }

  /** The rules that fire on most runbooks, each with how many. */
  static Map<String, String> widespread(CheckResult result, int runbooks) {
    Map<String, Set<String>> files = new HashMap<>();
    for (Diagnostic d : result.all().diagnostics()) {
      files.computeIfAbsent(d.rule() + " " + d.name(), k -> new HashSet<>()).add(d.file());
    }
    Map<String, String> out = new TreeMap<>();
    files.forEach((rule, where) -> {
      if (where.size() >= WIDESPREAD_MIN && where.size() >= WIDESPREAD * runbooks) {
        String[] idName = rule.split(" ", 2);
        out.put(idName[0], idName[1] + ": fires on " + where.size() + " of " + runbooks + " runbooks");
      }
    });
    return out;
  }

  private static String label(Path workingDir, Path root) {
    Path wd = workingDir.toAbsolutePath().normalize();
    if (root.equals(wd)) {
      return "this folder";
    }
    return root.startsWith(wd) ? wd.relativize(root) + "/" : root.toString();
  }
}
