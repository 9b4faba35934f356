package dev.runbook.core.config;

import dev.runbook.core.model.Position;
import java.util.List;
import java.util.Map;

/**
 * The {@code alerts:} block: which alerting-rule files to read and how their runbook URLs name
 * runbooks (SPEC §7).
 *
 * @param rules globs of rules files, relative to the folder of {@code runbook.yml} (they may
 *     leave the runbook root, {@code ../deploy/**}{@code /*.yaml})
 * @param runbookUrls URL patterns holding {@code {path}}, tried in order
 * @param ignoreCase whether URL paths match runbook paths whatever their case
 * @param annotations the annotation keys that hold a runbook URL, read in order
 * @param requireRunbook the severities whose alerts must have a runbook; empty means every alert
 * @param runbooks globs of runbooks (relative to the root) that each must be named by an alert
 * @param rulesAt where each glob of {@code rules} is written in {@code runbook.yml}, so that a
 *     glob that matches no file can be reported at its line (empty for a config made in code)
 */
public record AlertsConfig(
    List<String> rules,
    List<String> runbookUrls,
    boolean ignoreCase,
    List<String> annotations,
    List<String> requireRunbook,
    List<String> runbooks,
    Map<String, Position> rulesAt) {

  /** The annotation keys read when the config names none. */
  public static final List<String> DEFAULT_ANNOTATIONS = List.of("runbook_url", "runbook");

  /** No rules files: nothing about alerts is checked. */
  public static final AlertsConfig DEFAULT =
      new AlertsConfig(List.of(), List.of(), false, DEFAULT_ANNOTATIONS, List.of(), List.of());

  /** A block whose globs' places are not known (made in code, not read from a file). */
  public AlertsConfig(List<String> rules, List<String> runbookUrls, boolean ignoreCase, List<String> annotations,
      List<String> requireRunbook, List<String> runbooks) {
    this(rules, runbookUrls, ignoreCase, annotations, requireRunbook, runbooks, Map.of());
  }

  public AlertsConfig {
    rules = List.copyOf(rules);
    runbookUrls = List.copyOf(runbookUrls);
    annotations = List.copyOf(annotations);
    requireRunbook = List.copyOf(requireRunbook);
    runbooks = List.copyOf(runbooks);
    rulesAt = Map.copyOf(rulesAt);
  }

  /** The same block with more rules globs (from the command line). */
  public AlertsConfig withMoreRules(List<String> more) {
    List<String> all = new java.util.ArrayList<>(rules);
    all.addAll(more);
    return new AlertsConfig(all, runbookUrls, ignoreCase, annotations, requireRunbook, runbooks, rulesAt);
  }
}
