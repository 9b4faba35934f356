package dev.runbook.core.alerts;

import dev.runbook.core.config.AlertsConfig;
import dev.runbook.core.model.Runbook;
import dev.runbook.core.model.RunbookSet;
import dev.runbook.core.work.Workers;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

/**
 * Every alert of the configured rules files with the runbook it names: what the alert rules
 * (RB601–RB604), {@code runbook alerts} and the site read. Immutable.
 *
 * @param config the alerts block it was made with
 * @param files every rules file read, sorted by path (unreadable ones included)
 * @param entries every alert, in file order
 * @param urls how URLs were resolved (for suggestions)
 * @param unmatched the config's {@code alerts.rules} globs that name no file
 */
public record AlertCatalog(AlertsConfig config, List<AlertRulesFile> files, List<AlertEntry> entries, RunbookUrls urls,
    List<UnmatchedGlob> unmatched) {

  public AlertCatalog {
    files = List.copyOf(files);
    entries = List.copyOf(entries);
    unmatched = List.copyOf(unmatched);
  }

  public AlertCatalog(AlertsConfig config, List<AlertRulesFile> files, List<AlertEntry> entries, RunbookUrls urls) {
    this(config, files, entries, urls, List.of());
  }

  /** The same catalog, also telling of config globs that name no file. */
  public AlertCatalog withUnmatched(List<UnmatchedGlob> globs) {
    return new AlertCatalog(config, files, entries, urls, globs);
  }

  /** True when there is something for the alert rules to look at: a rules file, or a glob that names none. */
  public boolean configured() {
    return !files.isEmpty() || !unmatched.isEmpty();
  }

  /** No rules files at all. */
  public static AlertCatalog empty(RunbookSet set) {
    return new AlertCatalog(AlertsConfig.DEFAULT, List.of(), List.of(),
        new RunbookUrls(AlertsConfig.DEFAULT, set, set.root(), java.util.Map::of, java.util.Optional.empty()));
  }

  /**
   * Reads the rules files and resolves their alerts' runbook URLs.
   *
   * @param files the rules files
   * @param threads how many files are read at once
   */
  public static AlertCatalog read(AlertsConfig config, List<Path> files, RunbookSet set, RunbookUrls urls, int threads) {
    return resolve(config, readFiles(files, set.root(), threads), urls, threads);
  }

  /**
   * Reads rules files, each named by its path from {@code root} ({@code ../deploy/x.yaml} where it
   * lies outside), sorted by that path. Needs no runbook: a check reads them while the set loads.
   */
  public static List<AlertRulesFile> readFiles(List<Path> files, Path root, int threads) {
    AlertRulesReader reader = new AlertRulesReader();
    Path from = root.toAbsolutePath().normalize();
    AlertRulesFile[] read = new AlertRulesFile[files.size()];
    Workers.forEach(threads, files.size(), i -> {
      Path abs = files.get(i).toAbsolutePath().normalize();
      read[i] = reader.read(abs, from.relativize(abs).toString().replace('\\', '/'));
    });
    List<AlertRulesFile> sorted = new ArrayList<>(java.util.Arrays.asList(read));
    sorted.sort(java.util.Comparator.comparing(AlertRulesFile::path));
    return sorted;
  }

  /** The catalog of rules files already read: each alert with the runbook its URL leads to. */
  public static AlertCatalog resolve(AlertsConfig config, List<AlertRulesFile> files, RunbookUrls urls, int threads) {
    @SuppressWarnings("unchecked")
    List<AlertEntry>[] entries = (List<AlertEntry>[]) new List<?>[files.size()];
    Workers.forEach(threads, files.size(), i -> {
      AlertRulesFile file = files.get(i);
      List<AlertEntry> found = new ArrayList<>();
      for (AlertRule a : file.alerts()) {
        var annotation = a.annotation(config.annotations());
        found.add(new AlertEntry(file, a, annotation, annotation.map(x -> urls.resolve(x.value(), a.name()))));
      }
      entries[i] = found;
    });
    List<AlertEntry> all = new ArrayList<>();
    for (List<AlertEntry> e : entries) {
      all.addAll(e);
    }
    return new AlertCatalog(config, files, all, urls);
  }

  /** Paths of the runbooks some alert names. */
  public Set<String> namedRunbooks() {
    Set<String> named = new TreeSet<>();
    for (AlertEntry e : entries) {
      e.link().flatMap(RunbookLink::runbook).map(Runbook::path).ifPresent(named::add);
    }
    return named;
  }
}
