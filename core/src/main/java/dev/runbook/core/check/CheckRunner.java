package dev.runbook.core.check;

import dev.runbook.core.alerts.AlertCatalog;
import dev.runbook.core.alerts.RulesFiles;
import dev.runbook.core.alerts.RunbookUrls;
import dev.runbook.core.config.AlertsConfig;
import dev.runbook.core.config.Config;
import dev.runbook.core.config.Globs;
import dev.runbook.core.config.ConfigException;
import dev.runbook.core.config.ConfigLoader;
import dev.runbook.core.model.Link;
import dev.runbook.core.model.LinkTarget;
import dev.runbook.core.model.Runbook;
import dev.runbook.core.model.RunbookSet;
import dev.runbook.core.model.SetIndex;
import dev.runbook.core.parse.LoadProgress;
import dev.runbook.core.parse.RunbookParser;
import dev.runbook.core.parse.TreeListener;
import dev.runbook.core.parse.RunbookSetLoader;
import dev.runbook.core.report.Baseline;
import dev.runbook.core.report.BaselineException;
import dev.runbook.core.report.Diagnostic;
import dev.runbook.core.report.Report;
import dev.runbook.core.report.RuleInfo;
import dev.runbook.core.rules.AlertChecks;
import dev.runbook.core.rules.Linter;
import dev.runbook.core.rules.Rule;
import dev.runbook.core.rules.builtin.BuiltinRules;
import dev.runbook.core.rules.builtin.ExternalLinkRule;
import dev.runbook.core.rules.external.ExternalLinkChecker;
import dev.runbook.core.rules.external.ExternalLinkOptions;
import dev.runbook.core.rules.external.LinkStatus;
import dev.runbook.core.site.SitePages;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * Runs a whole check: finds and reads the config, loads and parses the set, checks external
 * links when asked, runs the rules, applies the baseline. Used by the CLI and the Maven plugin
 * alike, so both behave the same. Stateless.
 */
public final class CheckRunner {
  private final List<Rule> rules;
  private final LoadProgress progress;
  /** Made for the config the check reads, to hear every parse tree; null when nobody listens. */
  private final Function<Config, TreeListener> trees;

  public CheckRunner() {
    this(BuiltinRules.all());
  }

  public CheckRunner(List<Rule> rules) {
    this(rules, LoadProgress.NONE, null);
  }

  private CheckRunner(List<Rule> rules, LoadProgress progress, Function<Config, TreeListener> trees) {
    this.rules = List.copyOf(rules);
    this.progress = progress;
    this.trees = trees;
  }

  /** The same runner, telling {@code p} how parsing goes (for a progress line on a terminal). */
  public CheckRunner withProgress(LoadProgress p) {
    return new CheckRunner(rules, p, trees);
  }

  /**
   * The same runner, handing every document's full parse tree to the listener {@code trees}
   * makes for the config it reads: a site build renders the bodies while the set loads.
   */
  public CheckRunner withTrees(Function<Config, TreeListener> listenerFor) {
    return new CheckRunner(rules, progress, listenerFor);
  }

  public List<Rule> rules() {
    return rules;
  }

  public Set<String> ruleIds() {
    return rules.stream().map(r -> r.info().id()).collect(Collectors.toSet());
  }

  /** The ID of each rule by its name: {@code broken-link → RB301}. */
  public java.util.Map<String, String> ruleIdsByName() {
    return rules.stream().collect(Collectors.toMap(r -> r.info().name(), r -> r.info().id()));
  }

  /** Reads the config named, or found from the root / working folder, or the default. */
  public Config loadConfig(CheckOptions options) throws CheckFailure {
    Optional<Path> file = options.configFile().map(p -> options.workingDir().resolve(p));
    if (file.isPresent() && !Files.isRegularFile(file.get())) {
      throw new CheckFailure("config file " + file.get() + " does not exist: fix --config or create it");
    }
    if (file.isEmpty()) {
      Path start = options.root().map(r -> options.workingDir().resolve(r)).filter(Files::isDirectory)
          .orElse(options.workingDir());
      file = ConfigLoader.find(start);
    }
    if (file.isEmpty()) {
      return Config.DEFAULT;
    }
    try {
      return new ConfigLoader(ruleIds(), ruleIdsByName()).load(file.get());
    } catch (ConfigException e) {
      throw new CheckFailure(e.getMessage(), e);
    }
  }

  /** The root folder the options name, resolved against the config. */
  public Path resolveRoot(CheckOptions options, Config config) {
    if (options.root().isPresent()) {
      return options.workingDir().resolve(options.root().get()).normalize();
    }
    if (config.root().isPresent() && config.source().isPresent()) {
      return config.source().get().getParent().resolve(config.root().get()).normalize();
    }
    Path runbooks = options.workingDir().resolve("runbooks");
    return Files.isDirectory(runbooks) ? runbooks : options.workingDir();
  }

  /** Loads and parses the set below a root. */
  public RunbookSet load(Path root, Config config, int threads) throws CheckFailure {
    return load(root, config, threads, doc -> { });
  }

  private RunbookSet load(Path root, Config config, int threads, Consumer<Runbook> loaded) throws CheckFailure {
    try {
      RunbookParser parser = trees == null ? new RunbookParser() : new RunbookParser(trees.apply(config));
      return new RunbookSetLoader(config.exclude(), config.documents(), parser, threads).load(root, progress, loaded);
    } catch (NoSuchFileException e) {
      throw new CheckFailure("runbook folder " + root + " does not exist: pass the folder that holds your runbooks", e);
    } catch (IOException e) {
      throw new CheckFailure("cannot read runbook folder " + root + ": " + e.getMessage(), e);
    }
  }

  /**
   * Loads and checks the set. The rules that read one document check each as it loads, on the
   * loader's threads ({@link Linter#early}); the others once the set's index is built.
   */
  public CheckResult run(CheckOptions options) throws CheckFailure {
    Config config = loadConfig(options);
    Path root = resolveRoot(options, config);
    Linter linter = new Linter(rules, config, options.clock(), options.threads());
    Linter.Early early = linter.early();
    RunbookSet set = load(root, config, options.threads(), early);
    return check(options, config, root, set, linter, early);
  }

  /** Checks an already loaded set (the site build and serve reuse their own load). */
  public CheckResult check(CheckOptions options, Config config, Path root, RunbookSet set) throws CheckFailure {
    Linter linter = new Linter(rules, config, options.clock(), options.threads());
    return check(options, config, root, set, linter, linter.early());
  }

  private CheckResult check(CheckOptions options, Config config, Path root, RunbookSet set, Linter linter,
      Linter.Early early) throws CheckFailure {
    SetIndex index = new SetIndex(set, options.threads());
    Map<String, LinkStatus> external = options.external() ? checkExternal(set, index, options) : Map.of();
    Report all = linter.check(set, index, label(options, root), external, early);
    AlertCatalog alerts = alerts(options, config, set, index);
    if (!alerts.files().isEmpty()) {
      List<Diagnostic> found = new ArrayList<>(all.diagnostics());
      found.addAll(new AlertChecks(rules, config).check(alerts, set));
      List<String> files = new ArrayList<>(all.files());
      alerts.files().forEach(f -> files.add(f.path()));
      all = new Report(all.root(), files, found, all.rules());
    }
    all = narrow(all, options, set);
    Report counted = all;
    if (options.baseline().isPresent()) {
      try {
        counted = Baseline.read(options.workingDir().resolve(options.baseline().get())).filter(all);
      } catch (BaselineException e) {
        throw new CheckFailure(e.getMessage(), e);
      }
    }
    return new CheckResult(counted, all, set, index, config, set.problems(), alerts);
  }

  /**
   * The alerts of the rules files that the config's {@code alerts.rules} (relative to its folder)
   * and {@code --alerts} (relative to the working folder) name, with the runbooks they link.
   */
  public AlertCatalog alerts(CheckOptions options, Config config, RunbookSet set, SetIndex index) throws CheckFailure {
    AlertsConfig a = config.alerts();
    if (a.rules().isEmpty() && options.alertRules().isEmpty()) {
      return AlertCatalog.empty(set);
    }
    for (String glob : options.alertRules()) {
      Optional<String> problem = Globs.problem(glob);
      if (problem.isPresent()) {
        throw new CheckFailure("--alerts: " + problem.get());
      }
    }
    Path configFolder = config.folder().orElse(options.workingDir().toAbsolutePath());
    TreeSet<Path> files = new TreeSet<>();
    try {
      files.addAll(RulesFiles.find(configFolder, a.rules()));
      files.addAll(RulesFiles.find(options.workingDir().toAbsolutePath(), options.alertRules()));
    } catch (UncheckedIOException e) {
      throw new CheckFailure(e.getMessage(), e);
    }
    List<RuleInfo> infos = rules.stream().map(Rule::info).toList();
    RunbookUrls urls = new RunbookUrls(a, set, configFolder, () -> SitePages.of(set, index, config, infos),
        config.site().baseUrl());
    return AlertCatalog.read(a, List.copyOf(files), set, urls, options.threads());
  }

  private static String label(CheckOptions options, Path root) {
    Path wd = options.workingDir().toAbsolutePath().normalize();
    Path abs = root.toAbsolutePath().normalize();
    if (abs.startsWith(wd)) {
      String rel = wd.relativize(abs).toString().replace('\\', '/');
      return rel.isEmpty() ? "." : rel;
    }
    return abs.toString();
  }

  /**
   * The report for the named files only. A named file outside the root, or one the config
   * excludes, is skipped (listed, not checked): hooks pass every changed Markdown file.
   */
  private static Report narrow(Report report, CheckOptions options, RunbookSet set) throws CheckFailure {
    if (options.files().isEmpty()) {
      return report;
    }
    Set<String> loaded = new TreeSet<>();
    set.documents().forEach(d -> loaded.add(d.path()));
    set.problems().forEach(p -> loaded.add(p.path()));
    Set<String> wanted = new TreeSet<>();
    List<String> skipped = new ArrayList<>();
    for (Path f : options.files()) {
      Path abs = options.workingDir().resolve(f).toAbsolutePath().normalize();
      Path real;
      try {
        real = abs.toRealPath();
      } catch (IOException e) {
        throw new CheckFailure(f + " does not exist: name a Markdown file or the runbook folder");
      }
      String rel = set.root().relativize(real).toString().replace('\\', '/');
      if (real.startsWith(set.root()) && loaded.contains(rel)) {
        wanted.add(rel);
      } else {
        skipped.add(f.toString().replace('\\', '/'));
      }
    }
    List<Diagnostic> kept = report.diagnostics().stream().filter(d -> wanted.contains(d.file())).toList();
    return new Report(report.root(), List.copyOf(wanted), kept, report.rules(), List.of(), skipped);
  }

  private static Map<String, LinkStatus> checkExternal(RunbookSet set, SetIndex index, CheckOptions options) {
    Set<String> urls = new TreeSet<>();
    for (Runbook r : set.documents()) {
      for (Link l : r.links()) {
        if (index.resolve(r, l).kind() == LinkTarget.Kind.EXTERNAL) {
          urls.add(ExternalLinkRule.withoutFragment(l.destination()));
        }
      }
    }
    ExternalLinkOptions o = ExternalLinkOptions.DEFAULTS.withCacheFile(options.externalCache());
    return new ExternalLinkChecker(o, options.clock()).check(urls);
  }
}
