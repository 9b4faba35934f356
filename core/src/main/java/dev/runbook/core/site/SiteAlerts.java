package dev.runbook.core.site;

import dev.runbook.core.alerts.AlertEntry;
import dev.runbook.core.alerts.RunbookLink;
import dev.runbook.core.model.Runbook;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/**
 * The alerts a site shows, looked up by the runbook they name and by their name. Built from the
 * plain data of {@link SiteOptions#alerts()}; the site never reads rules files itself. Immutable.
 */
final class SiteAlerts {
  private final Map<String, List<AlertEntry>> byRunbook = new HashMap<>();
  private final TreeMap<String, List<AlertEntry>> byName = new TreeMap<>();

  SiteAlerts(List<AlertEntry> entries) {
    for (AlertEntry e : entries) {
      runbook(e).ifPresent(r -> byRunbook.computeIfAbsent(r.path(), k -> new ArrayList<>()).add(e));
      byName.computeIfAbsent(e.alert().name(), k -> new ArrayList<>()).add(e);
    }
  }

  /** The runbook an alert's URL names (its fragment may be broken), if it names one. */
  static Optional<Runbook> runbook(AlertEntry e) {
    return e.link().filter(l -> l.status() == RunbookLink.Status.RESOLVED
        || l.status() == RunbookLink.Status.BROKEN_FRAGMENT).flatMap(RunbookLink::runbook);
  }

  /** The alerts that link to the runbook at {@code path}, in rules-file order. */
  List<AlertEntry> of(String path) {
    return byRunbook.getOrDefault(path, List.of());
  }

  /** The names of the alerts that link to the runbook at {@code path}, each once, in order. */
  List<String> namesOf(String path) {
    return of(path).stream().map(e -> e.alert().name()).distinct().toList();
  }

  /** Every alert by name, names sorted. */
  Map<String, List<AlertEntry>> byName() {
    return byName;
  }

  boolean isEmpty() {
    return byName.isEmpty();
  }
}
