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
    AlertRulesReader reader = new AlertRulesReader();
    Path root = set.root().toAbsolutePath().normalize();
    AlertRulesFile[] read = new AlertRulesFile[files.size()];
    @SuppressWarnings("unchecked")
    List<AlertEntry>[] entries = (List<AlertEntry>[]) new List<?>[files.size()];
    Workers.forEach(threads, files.size(), i -> {
      Path abs = files.get(i).toAbsolutePath().normalize();
      AlertRulesFile file = reader.read(abs, root.relativize(abs).toString().replace('\\', '/'));
      List<AlertEntry> found = new ArrayList<>();
      for (AlertRule a : file.alerts()) {
        var annotation = a.annotation(config.annotations());
        found.add(new AlertEntry(file, a, annotation, annotation.map(x -> urls.resolve(x.value(), a.name()))));
      }
      read[i] = file;
      entries[i] = found;
    });
    Integer[] order = new Integer[read.length];
    for (int i = 0; i < order.length; i++) {
      order[i] = i;
    }
    java.util.Arrays.sort(order, java.util.Comparator.comparing(i -> read[i].path()));
    List<AlertRulesFile> sortedFiles = new ArrayList<>();
    List<AlertEntry> sortedEntries = new ArrayList<>();
    for (int i : order) {
      sortedFiles.add(read[i]);
      sortedEntries.addAll(entries[i]);
    }
    return new AlertCatalog(config, sortedFiles, sortedEntries, urls);
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
