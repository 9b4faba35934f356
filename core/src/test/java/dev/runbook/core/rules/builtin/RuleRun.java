package dev.runbook.core.rules.builtin;

import dev.runbook.core.config.Config;
import dev.runbook.core.model.DocumentKind;
import dev.runbook.core.model.Runbook;
import dev.runbook.core.model.RunbookSet;
import dev.runbook.core.parse.RunbookParser;
import dev.runbook.core.report.Diagnostic;
import dev.runbook.core.rules.Linter;
import dev.runbook.core.rules.Rule;
import dev.runbook.core.testing.Lint;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** Runs one rule over documents held in memory (path to Markdown text), for rule unit tests. */
final class RuleRun {
  private static final Path ROOT = Path.of("/nonexistent-root");

  private RuleRun() {}

  static List<Diagnostic> diagnostics(Rule rule, Config config, Map<String, String> files) {
    RunbookParser parser = new RunbookParser(config.links().slugs());
    List<Runbook> docs = new ArrayList<>();
    files.entrySet().stream().sorted(Map.Entry.comparingByKey()).forEach(e -> docs.add(parser.parse(
        e.getKey(), ROOT.resolve(e.getKey()), DocumentKind.RUNBOOK, e.getValue().getBytes(StandardCharsets.UTF_8))));
    RunbookSet set = new RunbookSet(ROOT, docs, List.of());
    return new Linter(List.of(rule), config, Lint.clock(LocalDate.of(2026, 11, 1)), 1)
        .check(set, "root", Map.of()).diagnostics();
  }

  static List<Diagnostic> diagnostics(Rule rule, String markdown) {
    return diagnostics(rule, Config.DEFAULT, Map.of("a.md", markdown));
  }

  /** The findings as "line:column message | shown line", easy to read in a failed assertion. */
  static List<String> findings(Rule rule, String markdown) {
    return diagnostics(rule, markdown).stream()
        .map(d -> d.line() + ":" + d.column() + " " + d.message() + " | " + d.sourceLine()).toList();
  }
}
