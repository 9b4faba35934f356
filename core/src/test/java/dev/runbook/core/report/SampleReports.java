package dev.runbook.core.report;

import dev.runbook.core.model.LoadProblem;
import dev.runbook.core.report.RuleInfo.Scope;
import java.util.ArrayList;
import java.util.List;

/** The shared fixture reports that the formatter golden files are written from. */
public final class SampleReports {
  /** The rules of the sample, in the order SARIF indexes them. RB101 ran but found nothing. */
  public static final List<RuleInfo> RULES =
      List.of(
          rule("RB101", "missing-section", Severity.ERROR, "A required section is absent."),
          rule("RB202", "risk-invalid", Severity.ERROR, "A risk value or emoji is unknown."),
          rule("RB301", "broken-link", Severity.ERROR, "A relative link target does not exist."),
          rule("RB304", "orphan", Severity.WARNING, "No index page links to the runbook."),
          rule("RB403", "review-due-soon", Severity.WARNING, "The next review is due soon."),
          rule("RB501", "encoding", Severity.ERROR, "Invalid UTF-8, a BOM, or mojibake."),
          rule("RB502", "placeholder", Severity.WARNING, "TODO-style text outside code."));

  private SampleReports() {}

  /**
   * Three files, one of them clean; six findings of every severity, among them a message with
   * {@code " < & % ,}, a line break and non-ASCII text, a source line with a tab, one after an
   * emoji, and a fixable finding.
   */
  public static Report sample() {
    return new Report(
        "runbooks",
        List.of("startup/cold-start.md", "README.md", "shutdown/graceful.md"),
        List.of(
            new Diagnostic("shutdown/graceful.md", 12, 5, "RB301", "broken-link", Severity.ERROR,
                "link target 'emergency.md' does not exist",
                "See [emergency](emergency.md) first.", false),
            new Diagnostic("shutdown/graceful.md", 3, 16, "RB403", "review-due-soon",
                Severity.WARNING, "next review is due on 2026-12-01, in 3 days",
                "last_reviewed: 2026-09-02", false),
            new Diagnostic("shutdown/graceful.md", 20, 4, "RB502", "placeholder", Severity.INFO,
                "placeholder \"TODO\" in <step> & 100% of readers, see:\nstep 2 — ünïcödé ✓",
                "\t- TODO: drain <node> & verify", false),
            new Diagnostic("startup/cold-start.md", 1, 3, "RB501", "encoding", Severity.ERROR,
                "mojibake 'ðŸš€' should read '🚀'", "# ðŸš€ Cold start", true),
            new Diagnostic("startup/cold-start.md", 7, 20, "RB202", "risk-invalid",
                Severity.ERROR, "risk 'Critical' comes with emoji '🟣', which is not one of 🔴 🟡 🟢 🔵",
                "**Risk Level**: 🟣 Critical", false),
            new Diagnostic("startup/cold-start.md", 1, 1, "RB304", "orphan", Severity.WARNING,
                "no index page links to this runbook; add it to README.md", "", false)),
        RULES);
  }

  /** A run over three files that found nothing. */
  /** Two files checked cleanly, one that could not be read (too big), as a check gives it. */
  public static Report unreadable() {
    return new Report("runbooks", List.of("a.md", "b.md", "big.md"), List.of(), RULES).withUnreadable(List.of(
        new LoadProblem("big.md", "file is 8.1 MB, over the 8 MB limit for a runbook: split it, or add it to "
            + "'exclude' in runbook.yml", true),
        new LoadProblem("loop", "skipped: a symbolic link loop", false)));
  }

  public static Report clean() {
    return new Report("runbooks", List.of("a.md", "b.md", "c.md"), List.of(), RULES);
  }

  /** {@code errors} errors, {@code warnings} warnings and {@code infos} infos in one file. */
  public static Report counted(int errors, int warnings, int infos) {
    List<Diagnostic> ds = new ArrayList<>();
    int line = 1;
    for (int i = 0; i < errors; i++) {
      ds.add(finding(line++, "RB301", Severity.ERROR));
    }
    for (int i = 0; i < warnings; i++) {
      ds.add(finding(line++, "RB403", Severity.WARNING));
    }
    for (int i = 0; i < infos; i++) {
      ds.add(finding(line++, "RB502", Severity.INFO));
    }
    return new Report("runbooks", List.of("big.md"), ds, RULES);
  }

  private static Diagnostic finding(int line, String rule, Severity severity) {
    return new Diagnostic("big.md", line, 1, rule, "", severity, "finding " + line,
        "line " + line, false);
  }

  private static RuleInfo rule(String id, String name, Severity severity, String summary) {
    return new RuleInfo(id, name, severity, summary,
        "Why " + name + " matters: an on-call engineer must trust the runbook.",
        "example", Scope.ALL_DOCUMENTS);
  }
}
