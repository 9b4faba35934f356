package dev.runbook.core.report;

import dev.runbook.core.model.LoadProblem;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The result of a check: findings in {@link Diagnostic#ORDER}, the files that were checked
 * (relative paths, sorted), the root as the user named it, the metadata of the rules that ran
 * (for SARIF and docs), the files that could not be read (fatal {@link LoadProblem}s, sorted by
 * path): the check is incomplete when there are any, and they are not among {@code files}; and
 * the files named to the check that it skipped, being outside the root or excluded by the
 * config (as they were named, sorted): a hook that passes every changed Markdown file is not an
 * error.
 */
public record Report(
    String root, List<String> files, List<Diagnostic> diagnostics, List<RuleInfo> rules,
    List<LoadProblem> unreadable, List<String> skipped) {

  public Report {
    files = files.stream().sorted().toList();
    diagnostics = diagnostics.stream().sorted(Diagnostic.ORDER).toList();
    rules = List.copyOf(rules);
    unreadable = unreadable.stream().sorted(Comparator.comparing(LoadProblem::path)).toList();
    skipped = skipped.stream().sorted().toList();
  }

  /** A report that skipped no named file. */
  public Report(String root, List<String> files, List<Diagnostic> diagnostics, List<RuleInfo> rules,
      List<LoadProblem> unreadable) {
    this(root, files, diagnostics, rules, unreadable, List.of());
  }

  /** A report in which every file could be read. */
  public Report(String root, List<String> files, List<Diagnostic> diagnostics, List<RuleInfo> rules) {
    this(root, files, diagnostics, rules, List.of(), List.of());
  }

  public Map<Severity, Integer> counts() {
    Map<Severity, Integer> counts = new EnumMap<>(Severity.class);
    for (Severity s : Severity.values()) {
      counts.put(s, 0);
    }
    for (Diagnostic d : diagnostics) {
      counts.merge(d.severity(), 1, Integer::sum);
    }
    return counts;
  }

  public int count(Severity s) {
    return counts().get(s);
  }

  /** True when some finding is at or above {@code failOn}. */
  public boolean failsAt(Severity failOn) {
    return diagnostics.stream().anyMatch(d -> d.severity().atLeast(failOn));
  }

  /** The rule's metadata, if it ran. */
  public java.util.Optional<RuleInfo> rule(String id) {
    return rules.stream().filter(r -> r.id().equals(id)).findFirst();
  }

  /** The same report with other findings (after a baseline filtered them, say). */
  public Report withDiagnostics(List<Diagnostic> replaced) {
    return new Report(root, files, replaced, rules, unreadable, skipped);
  }

  /** The same report with another root label (as people see it from where they started). */
  public Report withRoot(String shown) {
    return new Report(shown, files, diagnostics, rules, unreadable, skipped);
  }

  /**
   * The same report, saying which files could not be read: the fatal ones of {@code problems}
   * (skipped symbolic links are notes, not failures). Those files leave {@code files}: a file
   * named on the command line that could not be read was not checked.
   */
  public Report withUnreadable(List<LoadProblem> problems) {
    List<LoadProblem> fatal = problems.stream().filter(LoadProblem::fatal).toList();
    Set<String> paths = fatal.stream().map(LoadProblem::path).collect(Collectors.toSet());
    return new Report(root, files.stream().filter(f -> !paths.contains(f)).toList(), diagnostics, rules, fatal,
        skipped);
  }
}
