package dev.runbook.core.alerts;

import dev.runbook.core.config.AlertsConfig;
import dev.runbook.core.model.Runbook;
import dev.runbook.core.model.RunbookSet;
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
 */
public record AlertCatalog(AlertsConfig config, List<AlertRulesFile> files, List<AlertEntry> entries, RunbookUrls urls) {

  public AlertCatalog {
    files = List.copyOf(files);
    entries = List.copyOf(entries);
  }

  /** No rules files at all. */
  public static AlertCatalog empty(RunbookSet set) {
    return new AlertCatalog(AlertsConfig.DEFAULT, List.of(), List.of(),
        new RunbookUrls(AlertsConfig.DEFAULT, set, set.root(), java.util.Map::of, java.util.Optional.empty()));
  }

  /**
   * Reads the rules files and resolves their alerts' runbook URLs.
   *
   * @param files the rules files, absolute
   */
  public static AlertCatalog read(AlertsConfig config, List<Path> files, RunbookSet set, RunbookUrls urls) {
    AlertRulesReader reader = new AlertRulesReader();
    Path root = set.root().toAbsolutePath().normalize();
    List<AlertRulesFile> read = new ArrayList<>();
    for (Path f : files) {
      Path abs = f.toAbsolutePath().normalize();
      read.add(reader.read(abs, root.relativize(abs).toString().replace('\\', '/')));
    }
    read.sort(java.util.Comparator.comparing(AlertRulesFile::path));
    List<AlertEntry> entries = new ArrayList<>();
    for (AlertRulesFile file : read) {
      for (AlertRule a : file.alerts()) {
        var annotation = a.annotation(config.annotations());
        entries.add(new AlertEntry(file, a, annotation, annotation.map(x -> urls.resolve(x.value()))));
      }
    }
    return new AlertCatalog(config, read, entries, urls);
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
