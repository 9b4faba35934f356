package dev.runbook.core.check;

import dev.runbook.core.alerts.AlertCatalog;
import dev.runbook.core.config.Config;
import dev.runbook.core.model.LoadProblem;
import dev.runbook.core.model.RunbookSet;
import dev.runbook.core.model.SetIndex;
import dev.runbook.core.report.Report;
import java.util.List;

/**
 * The outcome of a check.
 *
 * @param report findings that count (after the baseline), and the files that could not be read
 * @param all every finding, before the baseline (what {@code --write-baseline} records)
 * @param set the parsed set, for the site
 * @param index the links of {@code set} as the check resolved them, for the site to reuse
 * @param config the configuration that applied
 * @param problems files that could not be read; a fatal one makes the result incomplete
 * @param alerts the alerts of the configured rules files with the runbooks they name
 */
public record CheckResult(Report report, Report all, RunbookSet set, SetIndex index, Config config,
    List<LoadProblem> problems, AlertCatalog alerts) {

  /** Both reports name the files that could not be read, so every format can say so. */
  public CheckResult {
    report = report.withUnreadable(problems);
    all = all.withUnreadable(problems);
  }

  /** A result with no alerting rules read. */
  public CheckResult(Report report, Report all, RunbookSet set, SetIndex index, Config config, List<LoadProblem> problems) {
    this(report, all, set, index, config, problems, AlertCatalog.empty(set));
  }

  public boolean incomplete() {
    return problems.stream().anyMatch(LoadProblem::fatal);
  }
}
