package dev.runbook.core.report.format;

import dev.runbook.core.report.Diagnostic;
import dev.runbook.core.report.Report;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.SortedMap;
import java.util.TreeMap;

/** A report's findings grouped by file, files in path order, findings in report order. */
final class FileGroups {
  private FileGroups() {}

  /**
   * Every checked file, plus any file a finding names that is not among them (a file that could
   * not be read, say), each with its findings, possibly none.
   */
  static SortedMap<String, List<Diagnostic>> allFiles(Report report) {
    SortedMap<String, List<Diagnostic>> groups = new TreeMap<>();
    for (String file : report.files()) {
      groups.put(file, new ArrayList<>());
    }
    return fill(groups, report);
  }

  /** Only the files that have findings. */
  static SortedMap<String, List<Diagnostic>> withFindings(Report report) {
    return fill(new TreeMap<>(), report);
  }

  private static SortedMap<String, List<Diagnostic>> fill(
      SortedMap<String, List<Diagnostic>> groups, Report report) {
    for (Diagnostic d : report.diagnostics()) {
      groups.computeIfAbsent(d.file(), f -> new ArrayList<>()).add(d);
    }
    for (Map.Entry<String, List<Diagnostic>> e : groups.entrySet()) {
      e.setValue(Collections.unmodifiableList(e.getValue()));
    }
    return Collections.unmodifiableSortedMap(groups);
  }
}
