package dev.runbook.core.check;

import dev.runbook.core.alerts.AlertCatalog;
import dev.runbook.core.alerts.AlertRulesFile;
import dev.runbook.core.alerts.RulesFiles;
import dev.runbook.core.alerts.RunbookUrls;
import dev.runbook.core.alerts.UnmatchedGlob;
import dev.runbook.core.config.AlertsConfig;
import dev.runbook.core.config.Config;
import dev.runbook.core.model.LoadProblem;
import dev.runbook.core.config.KindConfig;
import dev.runbook.core.config.Globs;
import dev.runbook.core.config.ConfigException;
import dev.runbook.core.config.ConfigLoader;
import dev.runbook.core.config.ProjectLocation;
import dev.runbook.core.config.ProjectLocator;
import dev.runbook.core.model.Link;
import dev.runbook.core.model.Position;
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
import dev.runbook.core.rules.builtin.AlertRunbookBrokenRule;
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
import java.util.function.Predicate;
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
  /** Texts read instead of files on disk (standard input, editor buffers), by absolute path. */
  private final Map<Path, byte[]> buffers;
  /** The folder report paths and hints start from; empty: the working folder. */
  private final Optional<Path> shownFrom;

  public CheckRunner() {
    this(BuiltinRules.all());
  }

  public CheckRunner(List<Rule> rules) {
    this(rules, LoadProgress.NONE, null, Map.of(), Optional.empty());
  }

  private CheckRunner(List<Rule> rules, LoadProgress progress, Function<Config, TreeListener> trees,
      Map<Path, byte[]> buffers, Optional<Path> shownFrom) {
    this.shownFrom = shownFrom;
    this.rules = List.copyOf(rules);
    this.progress = progress;
    this.trees = trees;
    this.buffers = Map.copyOf(buffers);
  }

  /**
   * The same runner, its reports and hints naming files from {@code folder} rather than the working
   * folder: the Maven reactor's root, while the project folder stays where relative options start.
   */
  public CheckRunner showingPathsFrom(Path folder) {
    return new CheckRunner(rules, progress, trees, buffers, Optional.of(folder));
  }

  /**
   * The same runner, checking {@code texts} in place of the files at their (absolute) paths:
   * {@code runbook check - --stdin-filename PATH}, or an editor's
   * unsaved buffers. The rest of the set is read from disk, for links between files.
   */
  public CheckRunner withBuffers(Map<Path, byte[]> texts) {
    return new CheckRunner(rules, progress, trees, texts, shownFrom);
  }

  /** The same runner, telling {@code p} how parsing goes (for a progress line on a terminal). */
  public CheckRunner withProgress(LoadProgress p) {
    return new CheckRunner(rules, p, trees, buffers, shownFrom);
  }

  /**
   * The same runner, handing every document's full parse tree to the listener {@code trees}
   * makes for the config it reads: a site build renders the bodies while the set loads.
   */
  public CheckRunner withTrees(Function<Config, TreeListener> listenerFor) {
    return new CheckRunner(rules, progress, listenerFor, buffers, shownFrom);
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

  /**
   * Where the set is and which config applies ({@link ProjectLocator}): from the named root folder
   * and files, else from the working folder; {@code --config} overrides the config.
   */
  public ProjectLocation locate(CheckOptions options) throws CheckFailure {
    List<Path> named = new ArrayList<>();
    Optional<Path> folder = options.root();
    if (folder.isPresent() && !Files.isDirectory(options.workingDir().resolve(folder.get()))) {
      throw new CheckFailure("runbook folder " + folder.get() + " does not exist: pass the folder that holds your runbooks");
    }
    folder.ifPresent(named::add);
    named.addAll(options.files());
    try {
      return new ProjectLocator(new ConfigLoader(ruleIds(), ruleIdsByName())).locate(options.workingDir(), named, options.configFile());
    } catch (ConfigException e) {
      throw new CheckFailure(e.getMessage(), e);
    }
  }

  /** The config that applies to the options' set ({@link #locate}). */
  public Config loadConfig(CheckOptions options) throws CheckFailure {
    return locate(options).config();
  }

  /** Loads and parses the set below a root. */
  public RunbookSet load(Path root, Config config, int threads) throws CheckFailure {
    return load(root, config, threads, doc -> { });
  }

  private RunbookSet load(Path root, Config config, int threads, Consumer<Runbook> loaded) throws CheckFailure {
    try {
      RunbookParser parser = trees == null ? config.parser() : config.parser(trees.apply(config));
      return new RunbookSetLoader(config.exclude(), config.documents(), parser, threads).withBuffers(buffers)
          .load(root, progress, loaded);
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
    ProjectLocation where = locate(options);
    Config config = where.config();
    Path root = where.root();
    Linter linter = new Linter(rules, config, options.clock(), options.threads()).showingPathsFrom(shownRoot(options, root));
    Linter.Early early = linter.early();
    AlertSources sources = alertSources(options, config, root);
    RulesPrefetch prefetch = sources == null ? null : new RulesPrefetch(sources, root);
    // Files named (a pre-commit hook, an editor): the whole set still loads, for its links and
    // anchors, but only what will be reported is linted.
    Predicate<String> reported = NamedFiles.of(options, root);
    RunbookSet set = load(root, config, options.threads(), doc -> {
      if (reported.test(doc.path())) {
        early.accept(doc);
      }
    });
    return check(options, config, root, set, linter, early, prefetch, reported);
  }

  /** Checks an already loaded set (the site build and serve reuse their own load). */
  public CheckResult check(CheckOptions options, Config config, Path root, RunbookSet set) throws CheckFailure {
    Linter linter = new Linter(rules, config, options.clock(), options.threads()).showingPathsFrom(shownRoot(options, root));
    return check(options, config, root, set, linter, linter.early(), null, NamedFiles.of(options, root));
  }

  private CheckResult check(CheckOptions options, Config config, Path root, RunbookSet set, Linter linter,
      Linter.Early early, RulesPrefetch prefetch, Predicate<String> reported) throws CheckFailure {
    SetIndex index = new SetIndex(set, config.site().urls(), options.threads());
    AlertCatalog alerts = alerts(options, config, set, index, prefetch);
    Map<String, LinkStatus> external = options.external() ? checkExternal(set, index, options, alerts) : Map.of();
    Report all = linter.check(set, index, shownRoot(options, root), external, early, reported);
    if (alerts.configured()) {
      List<Diagnostic> found = new ArrayList<>(all.diagnostics());
      found.addAll(new AlertChecks(rules, config).check(alerts, set, external));
      List<String> files = new ArrayList<>(all.files());
      alerts.files().forEach(f -> files.add(f.path()));
      all = new Report(all.root(), files, found, all.rules());
    }
    all = narrow(all, options, set);
    Report counted = all;
    Optional<Path> baseline = options.baseline().map(options.workingDir()::resolve)
        .or(() -> config.baseline().flatMap(b -> config.folder().map(f -> f.resolve(b))));
    if (baseline.isPresent()) {
      try {
        counted = Baseline.read(baseline.get()).filter(all);
      } catch (BaselineException e) {
        throw new CheckFailure(e.getMessage(), e);
      }
    }
    List<LoadProblem> problems = new ArrayList<>(set.problems());
    problems.addAll(unusedKinds(config, root, set));
    return new CheckResult(counted, all, set, index, config, problems, alerts);
  }

  /**
   * A note for each kind that no runbook of the set is of (a glob or value that selects nothing
   * is most likely a typo), at the config's line for it.
   */
  private static List<LoadProblem> unusedKinds(Config config, Path root, RunbookSet set) {
    if (config.kinds().isEmpty() || config.source().isEmpty()) {
      return List.of();
    }
    Set<String> used = new TreeSet<>();
    for (Runbook r : set.runbooks()) {
      config.kindOf(r.path(), r.frontMatter()).ifPresent(k -> used.add(k.name()));
    }
    Path file = config.source().get().toAbsolutePath().normalize();
    String where = root.toAbsolutePath().normalize().relativize(file).toString().replace('\\', '/');
    List<LoadProblem> out = new ArrayList<>();
    for (KindConfig k : config.kinds()) {
      if (!used.contains(k.name())) {
        out.add(new LoadProblem(where + ":" + k.line(), "kind '" + k.name() + "' is no runbook's kind: check its "
            + "match globs (relative to the root) and front_matter values, or remove it", false));
      }
    }
    return out;
  }

  /**
   * The alerts of the rules files that the config's {@code alerts.rules} (relative to its folder)
   * and {@code --alerts} (relative to the working folder) name, with the runbooks they link.
   */
  public AlertCatalog alerts(CheckOptions options, Config config, RunbookSet set, SetIndex index) throws CheckFailure {
    return alerts(options, config, set, index, null);
  }

  /**
   * As {@link #alerts(CheckOptions, Config, RunbookSet, SetIndex)}, taking the rules files from
   * {@code prefetched} when a check started reading them while the set loaded.
   */
  private AlertCatalog alerts(CheckOptions options, Config config, RunbookSet set, SetIndex index,
      RulesPrefetch prefetched) throws CheckFailure {
    AlertSources sources = prefetched != null ? prefetched.sources() : alertSources(options, config, set.root());
    if (sources == null) {
      return AlertCatalog.empty(set);
    }
    List<AlertRulesFile> files = prefetched != null ? prefetched.files()
        : AlertCatalog.readFiles(sources.files(), set.root(), options.threads());
    List<RuleInfo> infos = rules.stream().map(Rule::info).toList();
    Path configFolder = config.folder().orElse(options.workingDir().toAbsolutePath());
    RunbookUrls urls = new RunbookUrls(config.alerts(), set, configFolder, () -> SitePages.of(set, index, config, infos),
        config.site().baseUrl());
    return AlertCatalog.resolve(config.alerts(), files, urls, options.threads()).withUnmatched(sources.unmatched());
  }

  /** The rules files the config and {@code --alerts} name, and the config's globs that name none. */
  private record AlertSources(List<Path> files, List<UnmatchedGlob> unmatched) {}

  /**
   * Rules files being read on a thread of their own while the set loads: YAML parsing needs no
   * runbook, and at 10,000 alerts it is a good part of what the alert rules cost.
   */
  private static final class RulesPrefetch {
    private final AlertSources sources;
    private final java.util.concurrent.FutureTask<List<AlertRulesFile>> reading;

    RulesPrefetch(AlertSources sources, Path root) {
      this.sources = sources;
      this.reading = new java.util.concurrent.FutureTask<>(() -> AlertCatalog.readFiles(sources.files(), root, 1));
      Thread t = new Thread(reading, "runbook-rules-reader");
      t.setDaemon(true);
      t.start();
    }

    AlertSources sources() {
      return sources;
    }

    List<AlertRulesFile> files() throws CheckFailure {
      try {
        return reading.get();
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        throw new CheckFailure("interrupted while reading the alerting rules", e);
      } catch (java.util.concurrent.ExecutionException e) {
        Throwable cause = e.getCause();
        if (cause instanceof RuntimeException r) {
          throw r;
        }
        throw new IllegalStateException(cause);
      }
    }
  }

  /** The rules files to read, or null when no alerts are configured. */
  private AlertSources alertSources(CheckOptions options, Config config, Path root) throws CheckFailure {
    AlertsConfig a = config.alerts();
    if (a.rules().isEmpty() && options.alertRules().isEmpty()) {
      return null;
    }
    for (String glob : options.alertRules()) {
      Optional<String> problem = Globs.problem(glob);
      if (problem.isPresent()) {
        throw new CheckFailure("--alerts: " + problem.get());
      }
    }
    Path configFolder = config.folder().orElse(options.workingDir().toAbsolutePath());
    TreeSet<Path> files = new TreeSet<>();
    List<UnmatchedGlob> unmatched = new ArrayList<>();
    try {
      for (String glob : a.rules()) {
        List<Path> found = RulesFiles.find(configFolder, List.of(glob));
        files.addAll(found);
        if (found.isEmpty()) {
          unmatched.add(unmatched(config, root, glob));
        }
      }
      Path wd = options.workingDir().toAbsolutePath();
      for (String glob : options.alertRules()) {
        List<Path> found = RulesFiles.find(wd, List.of(glob));
        if (found.isEmpty()) {
          throw new CheckFailure("the alert rules glob '" + glob + "' (--alerts or alertRules) matches no file in "
              + wd + ": fix the glob; with no rules file no alert is checked");
        }
        files.addAll(found);
      }
    } catch (UncheckedIOException e) {
      throw new CheckFailure(e.getMessage(), e);
    }
    return new AlertSources(List.copyOf(files), unmatched);
  }

  /** A config glob that names no file, placed at its line in the config (the config exists: it holds the glob). */
  private static UnmatchedGlob unmatched(Config config, Path root, String glob) {
    Path file = config.source().orElse(Path.of("runbook.yml")).toAbsolutePath().normalize();
    String path = root.toAbsolutePath().normalize().relativize(file).toString().replace('\\', '/');
    Position at = config.alerts().rulesAt().getOrDefault(glob, Position.START);
    String line = "";
    try (var lines = Files.lines(file)) {
      line = lines.skip(at.line() - 1L).findFirst().orElse("");
    } catch (IOException | UncheckedIOException e) {
      // The finding stands without its source line.
    }
    return new UnmatchedGlob(glob, path, at, line);
  }

  /**
   * The root as seen from the working folder, which every report's paths start from: {@code
   * runbooks}, {@code .}, or {@code ../runbooks} from a sibling folder (absolute only on another drive).
   */
  private String shownRoot(CheckOptions options, Path root) {
    return label(shownFrom.orElse(options.workingDir()), root);
  }

  /** {@code root} as seen from {@code from}: {@code runbooks}, {@code .}, {@code ../runbooks}. */
  public static String label(Path from, Path root) {
    Path wd = real(from.toAbsolutePath());
    Path abs = real(root.toAbsolutePath());
    if (!java.util.Objects.equals(wd.getRoot(), abs.getRoot())) {
      return abs.toString();
    }
    String rel = wd.relativize(abs).toString().replace('\\', '/');
    return rel.isEmpty() ? "." : rel;
  }

  /**
   * The report for the named files only. A named file outside the root, or one the config
   * excludes, is skipped (listed, not checked): hooks pass every changed Markdown file.
   */
  private Report narrow(Report report, CheckOptions options, RunbookSet set) throws CheckFailure {
    List<Path> named = new ArrayList<>(options.files());
    // A named folder inside the root narrows the report to it; the root itself, or a folder that holds it, does not.
    options.root().filter(r -> {
      Path folder = real(options.workingDir().resolve(r));
      return folder.startsWith(set.root()) && !folder.equals(set.root());
    }).ifPresent(r -> named.add(0, r));
    if (named.isEmpty()) {
      return report;
    }
    Set<String> loaded = new TreeSet<>();
    set.documents().forEach(d -> loaded.add(d.path()));
    set.problems().forEach(p -> loaded.add(p.path()));
    Set<String> wanted = new TreeSet<>();
    List<String> skipped = new ArrayList<>();
    for (Path f : named) {
      Path abs = options.workingDir().resolve(f).toAbsolutePath().normalize();
      Path real;
      try {
        real = abs.toRealPath();
      } catch (IOException e) {
        if (!buffered(abs)) {
          throw new CheckFailure(f + " does not exist: name a Markdown file or the runbook folder");
        }
        real = real(abs.getParent()).resolve(abs.getFileName());
      }
      String rel = set.root().relativize(real).toString().replace('\\', '/');
      if (real.startsWith(set.root()) && Files.isDirectory(real)) {
        List<String> below = loaded.stream().filter(p -> rel.isEmpty() || p.startsWith(rel + "/")).toList();
        wanted.addAll(below);
      } else if (real.startsWith(set.root()) && loaded.contains(rel)) {
        wanted.add(rel);
      } else {
        skipped.add(f.toString().replace('\\', '/'));
      }
    }
    List<Diagnostic> kept = report.diagnostics().stream().filter(d -> wanted.contains(d.file())).toList();
    return new Report(report.root(), List.copyOf(wanted), kept, report.rules(), List.of(), skipped);
  }

  private boolean buffered(Path abs) {
    return buffers.keySet().stream().anyMatch(b -> b.toAbsolutePath().normalize().equals(abs));
  }

  private static Path real(Path p) {
    try {
      return p.toRealPath();
    } catch (IOException e) {
      return p.toAbsolutePath().normalize();
    }
  }

  /**
   * Checks the http(s) links of the documents and the alerts' runbook URLs that match no pattern
   * (SPEC §7.2: those are left to {@code --external}), each URL once, through one cache.
   */
  private static Map<String, LinkStatus> checkExternal(RunbookSet set, SetIndex index, CheckOptions options,
      AlertCatalog alerts) {
    Set<String> urls = new TreeSet<>();
    for (Runbook r : set.documents()) {
      for (Link l : r.links()) {
        if (index.resolve(r, l).kind() == LinkTarget.Kind.EXTERNAL) {
          urls.add(ExternalLinkRule.withoutFragment(l.destination()));
        }
      }
    }
    urls.addAll(AlertRunbookBrokenRule.urlsLeftToExternal(alerts));
    ExternalLinkOptions o = ExternalLinkOptions.DEFAULTS.withCacheFile(options.externalCache());
    return new ExternalLinkChecker(o, options.clock()).check(urls);
  }
}
