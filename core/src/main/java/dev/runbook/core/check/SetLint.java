package dev.runbook.core.check;

import dev.runbook.core.model.Runbook;
import dev.runbook.core.model.RunbookSet;
import dev.runbook.core.model.SetIndex;
import dev.runbook.core.report.Diagnostic;
import dev.runbook.core.report.Report;
import dev.runbook.core.rules.Linter;
import dev.runbook.core.rules.external.LinkStatus;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ForkJoinPool;

/**
 * Lints a whole set against an index the caller built, so that the site can reuse that index:
 * the report {@link Linter#check(RunbookSet, String, Map)} gives, on as many threads. The
 * linter's clock must be fixed, so that every document is checked on the same day. Stateless.
 */
final class SetLint {
  private SetLint() {}

  static Report check(Linter linter, RunbookSet set, SetIndex index, String rootLabel,
      Map<String, LinkStatus> external, int threads) {
    List<Runbook> docs = set.documents();
    List<List<Diagnostic>> perDoc;
    if (threads <= 1 || docs.size() < 16) {
      perDoc = docs.stream().map(d -> linter.check(List.of(d), index, external)).toList();
    } else {
      ForkJoinPool pool = new ForkJoinPool(threads);
      try {
        perDoc = pool.submit(() -> docs.parallelStream()
            .map(d -> linter.check(List.of(d), index, external)).toList()).join();
      } finally {
        pool.shutdown();
      }
    }
    List<Diagnostic> all = new ArrayList<>();
    perDoc.forEach(all::addAll);
    List<String> files = docs.stream().map(Runbook::path).toList();
    return new Report(rootLabel, files, all, linter.enabledRules());
  }
}
