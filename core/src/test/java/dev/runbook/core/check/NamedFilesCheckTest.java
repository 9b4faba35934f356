package dev.runbook.core.check;

import static org.assertj.core.api.Assertions.assertThat;

import dev.runbook.core.model.Position;
import dev.runbook.core.report.Diagnostic;
import dev.runbook.core.report.RuleInfo;
import dev.runbook.core.report.Severity;
import dev.runbook.core.rules.Rule;
import dev.runbook.core.rules.RuleContext;
import dev.runbook.core.rules.builtin.BuiltinRules;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A check that names files (a pre-commit hook, an editor) lints only those, yet reports for each
 * exactly what a check of the whole set reports for it: links into the rest of the set, anchors,
 * orphans and overdue reviews included.
 */
class NamedFilesCheckTest {
  private static final Clock TODAY =
      Clock.fixed(LocalDate.of(2026, 11, 28).atStartOfDay(ZoneOffset.UTC).toInstant(), ZoneOffset.UTC);
  private static final Path SAMPLE = Path.of("../runbooks").toAbsolutePath().normalize();

  @TempDir Path tmp;

  private static List<String> lines(List<Diagnostic> found) {
    return found.stream().map(d -> d.file() + ":" + d.line() + ":" + d.column() + " " + d.rule() + " " + d.message()).toList();
  }

  @Test
  void everyFileOfTheSampleSetNamedAloneGetsWhatTheWholeCheckGivesIt() throws Exception {
    Path set = copyOfSampleWithProblems();
    CheckResult whole = new CheckRunner().run(CheckOptions.of(tmp, set, TODAY));
    assertThat(whole.report().diagnostics()).as("the planted problems are found").isNotEmpty();

    for (String file : whole.report().files()) {
      CheckResult one = new CheckRunner().run(CheckOptions.of(tmp, set, TODAY).withFiles(List.of(set.resolve(file))));
      List<Diagnostic> expected = whole.report().diagnostics().stream().filter(d -> d.file().equals(file)).toList();
      assertThat(lines(one.report().diagnostics())).as(file).isEqualTo(lines(expected));
      assertThat(one.report().files()).containsExactly(file);
    }
  }

  @Test
  void aNamedFolderAndAFileTogetherGetWhatTheWholeCheckGivesThem() throws Exception {
    Path set = copyOfSampleWithProblems();
    CheckResult whole = new CheckRunner().run(CheckOptions.of(tmp, set, TODAY));
    CheckResult some = new CheckRunner().run(CheckOptions.of(tmp, set, TODAY)
        .withFiles(List.of(set.resolve("docs"), set.resolve("alert-response.md"))));
    List<Diagnostic> expected = whole.report().diagnostics().stream()
        .filter(d -> d.file().startsWith("docs/") || d.file().equals("alert-response.md")).toList();
    assertThat(lines(some.report().diagnostics())).isEqualTo(lines(expected));
  }

  @Test
  void theRootNamedAmongTheFilesStillReportsEveryFile() throws Exception {
    Path set = copyOfSampleWithProblems();
    CheckResult whole = new CheckRunner().run(CheckOptions.of(tmp, set, TODAY));
    CheckResult named = new CheckRunner().run(CheckOptions.of(tmp, set, TODAY)
        .withFiles(List.of(set.resolve("alert-response.md"), set)));
    assertThat(named.report().files()).containsExactlyInAnyOrderElementsOf(whole.report().files());
    assertThat(lines(named.report().diagnostics())).isEqualTo(lines(whole.report().diagnostics()));
  }

  @Test
  void onlyTheNamedFileIsLinted() throws Exception {
    Path set = copyOfSampleWithProblems();
    Set<String> seen = ConcurrentHashMap.newKeySet();
    List<Rule> rules = new ArrayList<>(BuiltinRules.all());
    rules.add(recording("RB901", false, seen));
    rules.add(recording("RB902", true, seen));

    new CheckRunner(rules).run(CheckOptions.of(tmp, set, TODAY).withFiles(List.of(set.resolve("alert-response.md"))));

    assertThat(seen).containsExactlyInAnyOrder("RB901 alert-response.md", "RB902 alert-response.md");
  }

  /** The repository's sample set, with a dead link, a dead anchor and an overdue review planted in it. */
  private Path copyOfSampleWithProblems() throws Exception {
    Path set = tmp.resolve("runbooks");
    try (var files = Files.walk(SAMPLE)) {
      for (Path p : files.filter(p -> !p.toString().contains("/target")).toList()) {
        Path to = set.resolve(SAMPLE.relativize(p).toString());
        if (Files.isDirectory(p)) {
          Files.createDirectories(to);
        } else {
          Files.copy(p, to);
        }
      }
    }
    Path a = set.resolve("alert-response.md");
    Files.writeString(a, Files.readString(a)
        .replace("last_reviewed: 2026-11-06", "last_reviewed: 2025-01-06")
        + "\nSee [gone](gone.md) and [no anchor](backup-procedures.md#no-such-step).\n");
    return set;
  }

  private static Rule recording(String id, boolean readsSet, Set<String> seen) {
    RuleInfo info = new RuleInfo(id, "test-" + id, Severity.WARNING, "A test rule.", "For tests.", "x",
        RuleInfo.Scope.ALL_DOCUMENTS);
    return new Rule() {
      @Override
      public RuleInfo info() {
        return info;
      }

      @Override
      public void check(RuleContext ctx) {
        seen.add(id + " " + ctx.runbook().path());
        ctx.report(new Position(1, 1), "seen");
      }

      @Override
      public boolean readsSet() {
        return readsSet;
      }
    };
  }
}
