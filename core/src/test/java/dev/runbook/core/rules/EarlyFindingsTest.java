package dev.runbook.core.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.runbook.core.check.CheckOptions;
import dev.runbook.core.check.CheckResult;
import dev.runbook.core.check.CheckRunner;
import dev.runbook.core.config.Config;
import dev.runbook.core.model.Position;
import dev.runbook.core.report.RuleInfo;
import dev.runbook.core.report.Severity;
import dev.runbook.core.rules.builtin.BuiltinRules;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A whole check runs the rules that read one document while the set loads ({@link Linter#early})
 * and the others after: the report must be the one a check of the loaded set gives, and no rule
 * may run twice for a document.
 */
class EarlyFindingsTest {
  @TempDir Path tmp;

  @Test
  void checkingWhileLoadingGivesTheSameReportForEveryRuleFixture() throws Exception {
    int compared = 0;
    for (Path fixture : RuleFixtures.folders()) {
      if (Files.exists(fixture.resolve(RuleFixtures.LINK_CACHE))) {
        continue; // checked with --external: RuleFixturesTest covers it, and RB305 reads the set anyway
      }
      // Copied out of the repository, so that no runbook.yml above the fixtures applies.
      Path folder = copy(fixture, tmp.resolve(fixture.getFileName().toString()));
      CheckRunner runner = new CheckRunner();
      CheckOptions options = CheckOptions.of(folder, folder, RuleFixtures.TODAY);
      Config config = runner.loadConfig(options);
      CheckResult whole = runner.run(options);
      CheckResult loadedFirst = runner.check(options, config, folder, runner.load(folder, config, 1));
      assertThat(whole.report().diagnostics()).as(fixture.getFileName().toString())
          .isNotEmpty()
          .containsExactlyElementsOf(loadedFirst.report().diagnostics());
      compared++;
    }
    assertThat(compared).isGreaterThan(20);
  }

  @Test
  void eachRuleChecksEachDocumentOnceAndOnlyTheSetRulesSeeTheIndex() throws Exception {
    Path folder = copy(RuleFixtures.root().resolve("RB301"), tmp.resolve("set"));
    AtomicInteger alone = new AtomicInteger();
    AtomicInteger withSet = new AtomicInteger();
    Set<String> checked = ConcurrentHashMap.newKeySet();
    Rule documentRule = rule("XX001", false, ctx -> {
      alone.incrementAndGet();
      checked.add(ctx.runbook().path());
    });
    Rule setRule = rule("XX002", true, ctx -> {
      withSet.incrementAndGet();
      assertThat(ctx.index().set().get(ctx.runbook().path())).isPresent();
    });
    CheckOptions options = CheckOptions.of(folder, folder, RuleFixtures.TODAY).withConfig(Optional.empty());
    CheckResult result = new CheckRunner(List.of(documentRule, setRule)).run(options);
    int docs = result.set().documents().size();
    assertThat(docs).isGreaterThan(1);
    assertThat(alone).hasValue(docs);
    assertThat(withSet).hasValue(docs);
    assertThat(checked).hasSize(docs);
  }

  @Test
  void aRuleThatReadsTheSetWithoutSayingSoFailsLoudly() throws Exception {
    Path folder = copy(RuleFixtures.root().resolve("RB301"), tmp.resolve("set"));
    Rule sly = rule("XX003", false, ctx -> ctx.index());
    CheckOptions options = CheckOptions.of(folder, folder, RuleFixtures.TODAY);
    assertThatThrownBy(() -> new CheckRunner(List.of(sly)).run(options))
        .hasStackTraceContaining("XX003 reads the set's index: it must say so (Rule.readsSet)");
    Rule slyExternal = rule("XX004", false, ctx -> ctx.external());
    assertThatThrownBy(() -> new CheckRunner(List.of(slyExternal)).run(options))
        .hasStackTraceContaining("XX004 reads external link results: it must say so");
  }

  @Test
  void everyBuiltinRuleThatReadsTheSetSaysSo() {
    // The ones that resolve links or look at other documents (RB101 names a section as the set
    // writes it); the rest must run while loading.
    assertThat(BuiltinRules.all().stream().filter(Rule::readsSet).map(r -> r.info().id()))
        .containsExactlyInAnyOrder("RB101", "RB301", "RB302", "RB303", "RB304", "RB305", "RB306", "RB504");
  }

  private static Rule rule(String id, boolean readsSet, java.util.function.Consumer<RuleContext> check) {
    RuleInfo info = new RuleInfo(id, "test-" + id, Severity.WARNING, "A test rule.", "For tests.", "x",
        RuleInfo.Scope.ALL_DOCUMENTS);
    return new Rule() {
      @Override
      public RuleInfo info() {
        return info;
      }

      @Override
      public void check(RuleContext ctx) {
        check.accept(ctx);
        ctx.report(new Position(1, 1), "seen");
      }

      @Override
      public boolean readsSet() {
        return readsSet;
      }
    };
  }

  private static Path copy(Path from, Path to) throws IOException {
    try (Stream<Path> files = Files.walk(from)) {
      for (Path f : (Iterable<Path>) files::iterator) {
        Path target = to.resolve(from.relativize(f).toString());
        if (Files.isDirectory(f)) {
          Files.createDirectories(target);
        } else {
          Files.copy(f, target);
        }
      }
    } catch (UncheckedIOException e) {
      throw e.getCause();
    }
    return to;
  }
}
