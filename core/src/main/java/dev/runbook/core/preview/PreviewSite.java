package dev.runbook.core.preview;

import dev.runbook.core.check.CheckFailure;
import dev.runbook.core.check.CheckOptions;
import dev.runbook.core.check.CheckResult;
import dev.runbook.core.check.CheckRunner;
import dev.runbook.core.config.Config;
import dev.runbook.core.config.ProjectLocation;
import dev.runbook.core.model.LoadProblem;
import dev.runbook.core.model.Runbook;
import dev.runbook.core.model.RunbookSet;
import dev.runbook.core.model.SetIndex;
import dev.runbook.core.parse.RunbookParser;
import dev.runbook.core.parse.RunbookSetLoader;
import dev.runbook.core.report.Diagnostic;
import dev.runbook.core.report.Report;
import dev.runbook.core.report.Severity;
import dev.runbook.core.rules.Linter;
import dev.runbook.core.rules.Rule;
import dev.runbook.core.site.SiteException;
import dev.runbook.core.site.SiteOptions;
import dev.runbook.core.site.SiteSession;
import dev.runbook.core.site.SiteUpdate;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Consumer;

/**
 * A runbook set checked and rendered into a private folder and kept up to date as its files
 * change: what {@code runbook serve} serves. {@link #refresh} takes the changed files: runbooks
 * are parsed again, only the documents the change touches are checked again, and the {@link
 * SiteSession} renders only what depends on them; a change to the config or the theme, or a new
 * day, builds everything again into a fresh folder, which replaces the old one when it is done.
 * A failure never leaves a half-made site: the previous version stays, and the failure is one
 * of the {@link PageFindings#errors()} until a later change fixes it.
 *
 * <p>One thread calls {@link #refresh}; any thread may call {@link #folder()} and {@link
 * #findings}, which read an immutable snapshot. Longer than most classes because it owns every
 * way a version can end: updated, built again, or kept with an error.
 */
public final class PreviewSite implements AutoCloseable {
  private final CheckOptions options;
  private final CheckRunner runner;
  private final Path work;
  private int builds;
  private volatile State state;

  /** Everything one version of the preview consists of. Immutable. */
  private record State(
      Config config, Path root, RunbookSet set, SetIndex index, Report report, Map<String, List<Diagnostic>> byFile,
      SiteSession site, Path folder, LocalDate today, List<String> errors, long version, Map<Path, Long> files,
      RulesWatch rules, List<String> alertFiles, Set<String> alertTargets) {

    State with(List<String> newErrors, long newVersion) {
      return new State(config, root, set, index, report, byFile, site, folder, today, newErrors, newVersion, files,
          rules, alertFiles, alertTargets);
    }
  }

  private PreviewSite(CheckOptions options, CheckRunner runner, Path work) {
    this.options = options;
    this.runner = runner;
    this.work = work;
  }

  /**
   * Checks and renders the set {@code options} names into a new folder inside {@code work}, a
   * folder the caller owns and that is not inside the runbook folder.
   *
   * @throws CheckFailure when the config is broken or the runbook folder cannot be read
   * @throws SiteException when the site cannot be made (a broken theme, a file that cannot be written)
   */
  public static PreviewSite open(CheckOptions options, CheckRunner runner, Path work)
      throws CheckFailure, SiteException {
    PreviewSite preview = new PreviewSite(options, runner, work);
    preview.state = preview.build(1);
    return preview;
  }

  /** The folder that holds the current site. It changes when everything is built again. */
  public Path folder() {
    return state.folder();
  }

  /** The runbook folder. */
  public Path root() {
    return state.root();
  }

  /** The current version; every refresh that changes something counts up. */
  public long version() {
    return state.version();
  }

  /** The report of the current version. */
  public Report report() {
    return state.report();
  }

  /**
   * Folders and files whose changes matter: the runbook folder, the config file, the theme folder,
   * and the folders the alerting-rule globs reach (they may lie outside the runbook folder).
   */
  public List<Path> watched() {
    State s = state;
    List<Path> paths = new ArrayList<>();
    paths.add(s.root());
    s.rules().folders().stream().filter(f -> !f.startsWith(s.root())).forEach(paths::add);
    s.config().source().map(p -> p.toAbsolutePath().normalize()).ifPresent(paths::add);
    s.site().themeFolder().map(p -> p.toAbsolutePath().normalize()).ifPresent(paths::add);
    return paths;
  }

  /**
   * What the overlay shows on the page at site path {@code page}: a runbook's findings on its
   * page; the findings on the rules files (and on the config's {@code alerts.rules}) on the Alert
   * coverage page.
   */
  public PageFindings findings(String page) {
    State s = state;
    Optional<String> doc = s.site().documentOf(page);
    List<Diagnostic> shown = doc.map(d -> s.byFile().getOrDefault(d, List.of())).orElse(List.of());
    if (doc.isEmpty() && page.equals(dev.runbook.core.site.CoveragePage.PAGE)) {
      shown = new ArrayList<>();
      for (String file : s.alertFiles()) {
        shown.addAll(s.byFile().getOrDefault(file, List.of()));
      }
    }
    List<String> errors = new ArrayList<>(s.errors());
    for (LoadProblem p : s.set().problems()) {
      if (p.fatal()) {
        errors.add(p.path() + ": " + p.message());
      }
    }
    s.site().renderErrors().entrySet().stream().sorted(Map.Entry.comparingByKey())
        .forEach(e -> errors.add(e.getValue()));
    return new PageFindings(page, doc.orElse(null), shown, errors, s.report().counts(), s.version());
  }

  /**
   * Brings the preview up to date with files that changed on disk (absolute paths: created,
   * modified or deleted). A change to an alerting-rules file (one read before, or a new one a
   * glob names) reads the alerts again and builds everything again, as a change to the config
   * does. Changes outside the runbook folder, the config, the theme and the rules files are
   * ignored.
   *
   * @param pagesReady told, as soon as the pages of the changed documents are written and before
   *     listings and data files are, what was written: a browser can reload them at once; told
   *     again, with everything so far, once the listings are written
   * @return what the step did; {@link PreviewUpdate#isEmpty()} when it changed nothing
   */
  public PreviewUpdate refresh(Collection<Path> changed, Consumer<PreviewUpdate> pagesReady) {
    long start = System.nanoTime();
    State s = state;
    boolean full = !LocalDate.now(options.clock()).equals(s.today());
    Set<String> paths = new TreeSet<>();
    for (Path p : changed) {
      Path abs = p.toAbsolutePath().normalize();
      if (isConfigOrTheme(s, abs) || s.rules().concerns(abs)) {
        full = true;
      } else if (abs.startsWith(s.root())) {
        paths.add(s.root().relativize(abs).toString().replace('\\', '/'));
      }
    }
    if (full) {
      return rebuild(start, s);
    }
    if (paths.isEmpty()) {
      return new PreviewUpdate(s.version(), List.of(), List.of(), List.of(), false, 0, List.of());
    }
    try {
      return update(s, paths, start, pagesReady);
    } catch (SiteException e) {
      return rebuild(start, s);
    } catch (IOException e) {
      return failed(s, start, "cannot read the runbook folder " + s.root() + ": " + e.getMessage());
    } catch (RuntimeException e) {
      return rebuild(start, s);
    }
  }

  private PreviewUpdate update(State s, Set<String> paths, long start, Consumer<PreviewUpdate> pagesReady)
      throws IOException, SiteException {
    RunbookSetLoader loader = new RunbookSetLoader(s.config().exclude(), s.config().documents(),
        s.config().parser(), options.threads());
    RunbookSet next = loader.reload(s.set(), paths);
    Set<String> documents = changedDocuments(s.set(), next);
    if (!s.rules().globs().isEmpty() && documents.stream().anyMatch(d -> s.set().get(d).isEmpty()
        || next.get(d).isEmpty() || s.alertTargets().contains(d))) {
      // Which runbooks exist, and the headings of those alerts link, decide where each alert leads
      // and whether its #fragment holds: read the alerts again with the rest.
      return rebuild(start, s);
    }
    SetIndex.Update update = s.index().update(next, paths);
    if (documents.isEmpty() && update.relinked().isEmpty() && next.problems().equals(s.set().problems())) {
      // An editor's swap file, a picture nothing links to: nothing to show.
      return s.errors().isEmpty() ? new PreviewUpdate(s.version(), List.of(), List.of(), List.of(), false, 0, List.of())
          : clearErrors(s, start);
    }
    Report report = new Recheck(new Linter(runner.rules(), s.config(), options.clock(), 1)
        .showingPathsFrom(CheckRunner.label(options.workingDir(), s.root())))
        .report(s.set(), s.index(), s.report(), next, update, documents, alertRuleIds(), s.alertFiles());
    long version = s.version() + 1;
    SiteUpdate done = s.site().update(next, update, Optional.of(report), paths, early -> {
      state = new State(s.config(), s.root(), next, update.index(), report, byFile(report), s.site(), s.folder(),
          s.today(), List.of(), version, s.files(), s.rules(), s.alertFiles(), s.alertTargets());
      pagesReady.accept(new PreviewUpdate(version, List.copyOf(documents), early.written(), early.removed(), false,
          millis(start), List.of()));
    });
    return new PreviewUpdate(version, List.copyOf(documents), done.written(), done.removed(), false, millis(start),
        List.of());
  }

  private Set<String> alertRuleIds() {
    Set<String> ids = new TreeSet<>();
    runner.rules().stream().filter(r -> r instanceof dev.runbook.core.rules.AlertsRule).forEach(r -> ids.add(r.info().id()));
    return ids;
  }

  private static Set<String> changedDocuments(RunbookSet before, RunbookSet after) {
    Set<String> changed = new TreeSet<>();
    for (Runbook r : after.documents()) {
      if (before.get(r.path()).orElse(null) != r) {
        changed.add(r.path());
      }
    }
    for (Runbook r : before.documents()) {
      if (after.get(r.path()).isEmpty()) {
        changed.add(r.path());
      }
    }
    return changed;
  }

  private boolean isConfigOrTheme(State s, Path abs) {
    if (s.config().source().map(p -> p.toAbsolutePath().normalize().equals(abs)).orElse(false)) {
      return true;
    }
    if (s.config().source().isEmpty() && abs.getFileName() != null
        && abs.getFileName().toString().equals("runbook.yml") && s.root().startsWith(abs.getParent())) {
      return true;
    }
    return s.site().themeFolder().map(t -> abs.startsWith(t.toAbsolutePath().normalize())).orElse(false);
  }

  /** Builds everything again into a fresh folder; on failure the previous version stays. */
  private PreviewUpdate rebuild(long start, State s) {
    try {
      State fresh = build(s.version() + 1);
      state = fresh;
      if (!fresh.folder().equals(s.folder())) {
        deleteTree(s.folder());
      }
      return new PreviewUpdate(fresh.version(), List.of(), List.of(), List.of(), true, millis(start), List.of());
    } catch (CheckFailure | SiteException e) {
      return failed(s, start, e.getMessage());
    }
  }

  private PreviewUpdate failed(State s, long start, String error) {
    List<String> errors = List.of(error);
    if (!errors.equals(s.errors())) {
      state = s.with(errors, s.version() + 1);
    }
    return new PreviewUpdate(state.version(), List.of(), List.of(), List.of(), false, millis(start), errors);
  }

  private PreviewUpdate clearErrors(State s, long start) {
    state = s.with(List.of(), s.version() + 1);
    return new PreviewUpdate(state.version(), List.of(), List.of(), List.of(), false, millis(start), List.of());
  }

  private State build(long version) throws CheckFailure, SiteException {
    CheckOptions whole = options.withFiles(List.of()).withBaseline(Optional.empty()).withExternal(false, Optional.empty());
    ProjectLocation where = runner.locate(whole);
    Config config = where.config();
    Path root = where.root();
    Map<Path, Long> files = snapshot(root, config, Set.of());
    RunbookSet set = runner.load(root, config, options.threads());
    Path folder = newFolder(set.root());
    try {
      CheckResult result = runner.check(whole, config, root, set);
      SetIndex index = new SetIndex(set, config.site().urls(), 1);
      LocalDate today = LocalDate.now(options.clock());
      SiteOptions siteOptions = SiteOptions.of(folder, today)
          .withChecks(runner.rules().stream().map(Rule::info).toList(), Optional.of(result.all()))
          .withThreads(options.threads())
          .withAlerts(result.alerts().entries());
      SiteSession site = SiteSession.open(siteOptions, set, index, config);
      RulesWatch rules = RulesWatch.of(whole, config, result.alerts());
      if (!rules.files().isEmpty()) {
        // The rules files were read after the snapshot: one taken now may miss an edit in between, never a later one.
        files = new java.util.HashMap<>(files);
        files.putAll(TreeSnapshot.of(List.of(), rules.files()));
      }
      List<String> alertFiles = new ArrayList<>();
      result.alerts().files().forEach(f -> alertFiles.add(f.path()));
      result.alerts().unmatched().forEach(u -> alertFiles.add(u.config()));
      return new State(config, set.root(), set, index, result.all(), byFile(result.all()), site, folder, today,
          List.of(), version, files, rules, alertFiles, result.alerts().namedRunbooks());
    } catch (CheckFailure | SiteException | RuntimeException e) {
      deleteTree(folder);
      throw e;
    }
  }

  /** The files a build reads, with their times and sizes, taken before it reads them. */
  private static Map<Path, Long> snapshot(Path root, Config config, Set<Path> more) {
    try {
      Set<Path> files = new TreeSet<>(configFile(config));
      files.addAll(more);
      return TreeSnapshot.of(List.of(root.toRealPath()), files);
    } catch (IOException e) {
      return Map.of();
    }
  }

  private static Set<Path> configFile(Config config) {
    return config.source().map(p -> Set.of(p.toAbsolutePath().normalize())).orElse(Set.of());
  }

  /**
   * Files in the runbook folder, and the config, that changed since the last full build started
   * reading them: what a watcher started after the first build has not seen. Meant to be asked
   * once, right after starting the watcher; give them to {@link #refresh}.
   */
  public Set<Path> changedSinceBuilt() {
    State s = state;
    Set<Path> changed = new TreeSet<>();
    if (!s.files().isEmpty()) {
      Set<Path> files = new TreeSet<>(configFile(s.config()));
      files.addAll(s.rules().files());
      TreeSnapshot.diff(s.files(), TreeSnapshot.of(List.of(s.root()), files), changed::add);
    }
    return changed;
  }

  private Path newFolder(Path root) throws SiteException {
    Path folder = work.resolve("site-" + ++builds).toAbsolutePath().normalize();
    try {
      if (folder.startsWith(root) || root.startsWith(folder)) {
        throw new SiteException(SiteException.Kind.REFUSED,
            "refusing to build the preview in " + folder + ": it is inside the runbook folder " + root);
      }
      Files.createDirectories(folder);
      return folder;
    } catch (IOException e) {
      throw new SiteException(SiteException.Kind.IO, "cannot make the preview folder " + folder + ": " + e.getMessage(), e);
    }
  }

  private static Map<String, List<Diagnostic>> byFile(Report report) {
    Map<String, List<Diagnostic>> byFile = new java.util.HashMap<>();
    for (Diagnostic d : report.diagnostics()) {
      byFile.computeIfAbsent(d.file(), k -> new ArrayList<>()).add(d);
    }
    return byFile;
  }

  private static long millis(long start) {
    return (System.nanoTime() - start) / 1_000_000;
  }

  /** Deletes the current site folder. The work folder itself is the caller's. */
  @Override
  public void close() {
    deleteTree(state.folder());
  }

  static void deleteTree(Path folder) {
    if (!Files.exists(folder, java.nio.file.LinkOption.NOFOLLOW_LINKS)) {
      return;
    }
    try (var walk = Files.walk(folder)) {
      for (Path p : walk.sorted(java.util.Comparator.reverseOrder()).toList()) {
        Files.deleteIfExists(p);
      }
    } catch (IOException | java.io.UncheckedIOException e) {
      // Best effort: what is left is in the caller's work folder.
    }
  }

  /** Findings per severity, as the summary line prints them. */
  public static String summary(Map<Severity, Integer> counts) {
    List<String> parts = new ArrayList<>();
    for (Severity s : List.of(Severity.ERROR, Severity.WARNING, Severity.INFO)) {
      int n = counts.getOrDefault(s, 0);
      if (n > 0) {
        parts.add(n + " " + s.id() + (n == 1 ? "" : "s"));
      }
    }
    return parts.isEmpty() ? "no findings" : String.join(", ", parts);
  }
}
