package dev.runbook.core.site;

import static org.assertj.core.api.Assertions.assertThat;

import dev.runbook.core.config.Config;
import dev.runbook.core.model.RunbookSet;
import dev.runbook.core.model.SetIndex;
import dev.runbook.core.parse.RunbookParser;
import dev.runbook.core.parse.RunbookSetLoader;
import dev.runbook.core.report.Report;
import dev.runbook.core.report.RuleInfo;
import dev.runbook.core.rules.Linter;
import dev.runbook.core.rules.Rule;
import dev.runbook.core.rules.builtin.BuiltinRules;
import dev.runbook.core.site.output.OutputFolder;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.snakeyaml.engine.v2.api.Load;
import org.snakeyaml.engine.v2.api.LoadSettings;

/**
 * A session's folder after each change holds what a fresh render of the same files holds, and its
 * first render is what {@code build} writes.
 */
class SiteSessionTest {
  private static final List<Rule> RULES = BuiltinRules.all();
  private static final List<RuleInfo> INFOS = RULES.stream().map(Rule::info).toList();

  @TempDir Path tmp;

  @Test
  void firstRenderWritesWhatBuildWrites() throws Exception {
    Path root = SiteFixtures.root("fixture");
    Config config = SiteFixtures.config(root);
    SiteFixtures.build("fixture", tmp.resolve("built"));
    Path served = Files.createDirectories(tmp.resolve("served"));
    RunbookSet set = SiteFixtures.load(root, config);
    SiteSession.open(SiteFixtures.options(served), set, new SetIndex(set), config);
    Map<String, byte[]> built = files(tmp.resolve("built"));
    built.remove(OutputFolder.MARKER);
    Map<String, byte[]> session = files(served);
    assertThat(session.keySet()).containsExactlyElementsOf(built.keySet());
    built.forEach((path, bytes) -> assertThat(new String(session.get(path), StandardCharsets.UTF_8)).as(path)
        .isEqualTo(new String(bytes, StandardCharsets.UTF_8)));
  }

  @Test
  void everyChangeLeavesTheFolderAsAFreshRenderWouldWriteIt() throws Exception {
    Path root = tmp.resolve("runbooks");
    copy(SiteFixtures.root("fixture"), root);
    Config config = SiteFixtures.config(root);
    RunbookSetLoader loader = new RunbookSetLoader(config.exclude(), config.documents(), new RunbookParser(), 1);
    RunbookSet set = loader.load(root);
    SetIndex index = new SetIndex(set);
    Path served = Files.createDirectories(tmp.resolve("served"));
    SiteSession session = SiteSession.open(options(served, set, index, config), set, index, config);
    int step = 0;
    for (Edit edit : edits()) {
      edit.apply(root);
      RunbookSet next = loader.reload(set, edit.paths());
      SetIndex.Update update = index.update(next, edit.paths());
      List<SiteUpdate> early = new ArrayList<>();
      SiteUpdate done = session.update(next, update, Optional.of(lint(next, update.index(), config)),
          edit.paths(), early::add);
      set = next;
      index = update.index();
      Path fresh = Files.createDirectories(tmp.resolve("fresh" + step++));
      SiteSession.open(options(fresh, set, index, config), set, index, config);
      assertSameSite(edit.name(), served, fresh);
      // The pages of documents first; then, when the change touched listings, everything up to them.
      assertThat(early).as(edit.name()).hasSizeBetween(1, 2);
      assertThat(early.get(early.size() - 1).written()).as(edit.name()).containsAll(early.get(0).written());
      assertThat(done.written()).as(edit.name()).containsAll(early.get(early.size() - 1).written());
      edit.check(done, early.get(0));
    }
  }

  @Test
  void aChangeToOneRunbookBodyRewritesItsPageAndTheSearchIndexOnly() throws Exception {
    Path root = tmp.resolve("runbooks");
    copy(SiteFixtures.root("fixture"), root);
    Config config = SiteFixtures.config(root);
    RunbookSetLoader loader = new RunbookSetLoader(config.exclude(), config.documents(), new RunbookParser(), 1);
    RunbookSet set = loader.load(root);
    SetIndex index = new SetIndex(set);
    SiteSession session = SiteSession.open(options(Files.createDirectories(tmp.resolve("s")), set, index, config),
        set, index, config);
    replace(root, "network/dns-flush.md", "Clears the resolver caches", "Clears every resolver cache");
    RunbookSet next = loader.reload(set, List.of("network/dns-flush.md"));
    SetIndex.Update update = index.update(next, List.of("network/dns-flush.md"));
    SiteUpdate done = session.update(next, update, Optional.of(lint(next, update.index(), config)),
        List.of("network/dns-flush.md"), u -> { });
    assertThat(done.written()).containsExactly("-/search-index.js", "network/dns-flush.html");
    assertThat(done.removed()).isEmpty();
  }

  @Test
  void aNewTitleReportsTheListingsAsSoonAsTheyAreWrittenBeforeTheDataFiles() throws Exception {
    Path root = tmp.resolve("runbooks");
    copy(SiteFixtures.root("fixture"), root);
    Config config = SiteFixtures.config(root);
    RunbookSetLoader loader = new RunbookSetLoader(config.exclude(), config.documents(), new RunbookParser(), 1);
    RunbookSet set = loader.load(root);
    SetIndex index = new SetIndex(set);
    SiteSession session = SiteSession.open(options(Files.createDirectories(tmp.resolve("s")), set, index, config),
        set, index, config);
    String title = set.get("network/dns-flush.md").orElseThrow().title();
    replace(root, "network/dns-flush.md", "# " + title, "# " + title + " Now");
    RunbookSet next = loader.reload(set, List.of("network/dns-flush.md"));
    SetIndex.Update update = index.update(next, List.of("network/dns-flush.md"));
    List<SiteUpdate> early = new ArrayList<>();
    SiteUpdate done = session.update(next, update, Optional.of(lint(next, update.index(), config)),
        List.of("network/dns-flush.md"), early::add);
    assertThat(early).hasSize(2);
    assertThat(early.get(0).written()).contains("network/dns-flush.html").doesNotContain("index.html");
    assertThat(early.get(1).written()).contains("network/dns-flush.html", "index.html", "-/review.html")
        .doesNotContain("-/search-index.js", "runbooks.json");
    assertThat(done.written()).contains("-/search-index.js", "runbooks.json");
  }

  private static Report lint(RunbookSet set, SetIndex index, Config config) {
    Clock clock = Clock.fixed(SiteFixtures.TODAY.atStartOfDay(ZoneOffset.UTC).toInstant(), ZoneOffset.UTC);
    return new Linter(RULES, config, clock, 1).check(set, "runbooks", Map.of());
  }

  private static SiteOptions options(Path out, RunbookSet set, SetIndex index, Config config) {
    return SiteOptions.of(out, SiteFixtures.TODAY).withChecks(INFOS, Optional.of(lint(set, index, config)))
        .withThreads(2);
  }

  /** A change to the files, the paths it touched, and what to check of the update. */
  private record Edit(String name, List<String> paths, FileChange change, UpdateCheck check) {
    void apply(Path root) throws IOException {
      change.apply(root);
    }

    void check(SiteUpdate done, SiteUpdate early) {
      check.check(done, early);
    }
  }

  @FunctionalInterface
  private interface FileChange {
    void apply(Path root) throws IOException;
  }

  @FunctionalInterface
  private interface UpdateCheck {
    void check(SiteUpdate done, SiteUpdate early);
  }

  private static List<Edit> edits() {
    UpdateCheck any = (d, e) -> { };
    return List.of(
        new Edit("body text", List.of("database/failover.md"),
            r -> replace(r, "database/failover.md", "Promotes the standby", "Promotes the warm standby"),
            (d, e) -> assertThat(e.written()).contains("database/failover.html").doesNotContain("index.html")),
        new Edit("a runbook named like the Review status page keeps its page", List.of("review.md"),
            r -> write(r, "review.md", "---\nrisk: low\n---\n# Review\n\n## Overview\n\n[Failover](database/failover.md)\n"),
            (d, e) -> assertThat(e.written()).contains("review.html", "database/failover.html")
                .doesNotContain("-/review.html")),
        new Edit("a runbook where a category page will be", List.of("categories/caches.md"),
            r -> write(r, "categories/caches.md", "---\nrisk: low\ncategory: Database\n---\n# Caches\n\n"
                + "## Overview\n\n[DNS](../network/dns-flush.md)\n"),
            (d, e) -> assertThat(e.written()).contains("categories/caches.html")),
        new Edit("title: backlinks and listings", List.of("network/dns-flush.md"),
            r -> replace(r, "network/dns-flush.md", "# Flush DNS", "# Flush the DNS caches"),
            (d, e) -> assertThat(d.written()).contains("network/dns-flush.html", "index.html", "-/review.html",
                "runbooks.json")),
        new Edit("category from front matter", List.of("network/dns-flush.md"),
            r -> replace(r, "network/dns-flush.md", "category: Networking", "category: Caches"),
            (d, e) -> assertThat(d.written()).contains("-/categories/caches.html", "network/dns-flush.html")
                .doesNotContain("categories/caches.md.html")),
        new Edit("new runbook in a new folder, linked from the index", List.of("storage", "README.md"), r -> {
          write(r, "storage/backup.md", "---\nrisk: low\nowner: ops\nlast_reviewed: 2026-11-01\n---\n"
              + "# Backup\n\n## Overview\n\nSee [failover](../database/failover.md#steps) and ![d](../database/img/diagram.png).\n");
          replace(r, "README.md", "### 🌐 Networking", "- [Backup](storage/backup.md) - Keep copies\n\n### 🌐 Networking");
        }, (d, e) -> assertThat(e.written()).contains("storage/backup.html", "index.html", "database/failover.html")),
        new Edit("runbook deleted: links to it break", List.of("network/dns-flush.md"),
            r -> Files.delete(r.resolve("network/dns-flush.md")),
            (d, e) -> assertThat(e.removed()).contains("network/dns-flush.html")),
        new Edit("runbook back", List.of("network/dns-flush.md"),
            r -> write(r, "network/dns-flush.md", "---\nrisk: low\n---\n# Flush DNS\n\n## Overview\n\nBack.\n"), any),
        new Edit("the same name in another case", List.of("database/failover.MD"),
            r -> write(r, "database/failover.MD", "# Failover, again\n\n[The other](failover.md)\n"),
            (d, e) -> assertThat(e.written()).contains("database/failover.MD.html", "database/failover.html")),
        new Edit("an index page where the Rules page was", List.of("rules/README.md"),
            r -> write(r, "rules/README.md", "# Our rules\n\n- [Review](../review.md)\n"),
            (d, e) -> assertThat(e.written()).contains("rules/index.html", "review.html")
                .doesNotContain("rules/README.md.html", "-/rules/index.html")),
        new Edit("a runbook named like a fallback page no longer needed", List.of("review.md.md"),
            r -> write(r, "review.md.md", "# Review notes\n\n[Review](review.md)\n"),
            (d, e) -> assertThat(e.written()).contains("review.md.html", "review.html")
                .doesNotContain("review.md-2.html")),
        new Edit("it goes again", List.of("review.md.md"), r -> Files.delete(r.resolve("review.md.md")),
            (d, e) -> assertThat(e.removed()).contains("review.md.html")),
        new Edit("the Review-like runbook goes", List.of("review.md"), r -> Files.delete(r.resolve("review.md")),
            (d, e) -> assertThat(e.removed()).contains("review.html").doesNotContain("-/review.html")),
        new Edit("the other case goes", List.of("database/failover.MD"),
            r -> Files.delete(r.resolve("database/failover.MD")),
            (d, e) -> assertThat(e.removed()).contains("database/failover.MD.html")),
        new Edit("picture changed", List.of("database/img/diagram.png"),
            r -> Files.write(r.resolve("database/img/diagram.png"), new byte[] {1, 2, 3}),
            (d, e) -> assertThat(d.written()).contains("database/img/diagram.png")),
        new Edit("picture turns into markup: it leaves the site and its link goes", List.of("database/img/diagram.png"),
            r -> write(r, "database/img/diagram.png", "<svg onload=alert(1)>"),
            (d, e) -> assertThat(d.removed()).contains("database/img/diagram.png")),
        new Edit("picture again", List.of("database/img/diagram.png"),
            r -> Files.write(r.resolve("database/img/diagram.png"), new byte[] {1, 2, 3}),
            (d, e) -> assertThat(d.written()).contains("database/img/diagram.png", "database/failover.html")),
        new Edit("picture deleted", List.of("database/img/diagram.png"),
            r -> Files.delete(r.resolve("database/img/diagram.png")),
            (d, e) -> assertThat(d.removed()).contains("database/img/diagram.png")),
        new Edit("alias added", List.of("network/dns-flush.md"),
            r -> replace(r, "network/dns-flush.md", "risk: low\n", "risk: low\naliases: [dns/flush.md]\n"),
            (d, e) -> assertThat(d.written()).contains("dns/flush.html")),
        new Edit("alias removed", List.of("network/dns-flush.md"),
            r -> replace(r, "network/dns-flush.md", "aliases: [dns/flush.md]\n", ""),
            (d, e) -> assertThat(d.removed()).contains("dns/flush.html")),
        new Edit("folder index page", List.of("database/README.md"),
            r -> write(r, "database/README.md", "# Database\n\n- [Failover](failover.md)\n"), any),
        new Edit("home page text", List.of("README.md"),
            r -> replace(r, "README.md", "Procedures for the", "Procedures of the"),
            (d, e) -> assertThat(e.written()).contains("index.html")),
        new Edit("broken front matter", List.of("storage/backup.md"),
            r -> replace(r, "storage/backup.md", "risk: low", "risk: [low"), any),
        new Edit("folder deleted", List.of("storage"), r -> {
          Files.delete(r.resolve("storage/backup.md"));
          Files.delete(r.resolve("storage"));
        }, (d, e) -> assertThat(e.removed()).contains("storage/backup.html")),
        new Edit("root index gone", List.of("README.md"), r -> Files.delete(r.resolve("README.md")), any),
        new Edit("whole root", List.of(""), r -> write(r, "README.md", "# Again\n\n- [DB](database/failover.md)\n"),
            any));
  }

  private static void replace(Path root, String file, String from, String to) throws IOException {
    String text = Files.readString(root.resolve(file));
    assertThat(text).as(file).contains(from);
    Files.writeString(root.resolve(file), text.replaceFirst(java.util.regex.Pattern.quote(from),
        java.util.regex.Matcher.quoteReplacement(to)));
  }

  private static void write(Path root, String file, String text) throws IOException {
    Files.createDirectories(root.resolve(file).getParent());
    Files.writeString(root.resolve(file), text);
  }

  private static void assertSameSite(String when, Path served, Path fresh) throws IOException {
    Map<String, byte[]> a = files(served);
    Map<String, byte[]> b = files(fresh);
    assertThat(a.keySet()).as(when).containsExactlyElementsOf(b.keySet());
    for (String path : b.keySet()) {
      String x = new String(a.get(path), StandardCharsets.UTF_8);
      String y = new String(b.get(path), StandardCharsets.UTF_8);
      if (path.equals("-/search-index.js")) {
        assertThat(searchIndex(x)).as(when + ": " + path).isEqualTo(searchIndex(y));
      } else {
        assertThat(x).as(when + ": " + path).isEqualTo(y);
      }
    }
  }

  /** Each page's row and its words, whatever the page order. */
  @SuppressWarnings("unchecked")
  static Map<String, Object> searchIndex(String script) {
    String json = script.substring(script.indexOf('=') + 1, script.lastIndexOf(';'));
    Map<String, Object> index = (Map<String, Object>) new Load(LoadSettings.builder().build()).loadFromString(json);
    List<List<Object>> pages = (List<List<Object>>) index.get("pages");
    List<String> words = (List<String>) index.get("words");
    List<String> postings = (List<String>) index.get("postings");
    Map<String, Object> out = new TreeMap<>();
    List<Set<String>> wordsOf = new ArrayList<>();
    pages.forEach(p -> wordsOf.add(new TreeSet<>()));
    for (int w = 0; w < words.size(); w++) {
      int page = 0;
      String[] deltas = postings.get(w).split(",");
      for (int i = 0; i < deltas.length; i++) {
        page = i == 0 ? Integer.parseInt(deltas[i], 36) : page + Integer.parseInt(deltas[i], 36);
        wordsOf.get(page).add(words.get(w));
      }
    }
    for (int p = 0; p < pages.size(); p++) {
      out.put(String.valueOf(pages.get(p).get(0)), List.of(pages.get(p), wordsOf.get(p)));
    }
    return out;
  }

  static Map<String, byte[]> files(Path dir) throws IOException {
    Map<String, byte[]> out = new TreeMap<>();
    try (Stream<Path> s = Files.walk(dir)) {
      for (Path f : s.filter(Files::isRegularFile).toList()) {
        out.put(dir.relativize(f).toString().replace('\\', '/'), Files.readAllBytes(f));
      }
    }
    return out;
  }

  static void copy(Path from, Path to) throws IOException {
    try (Stream<Path> s = Files.walk(from)) {
      for (Path p : s.toList()) {
        Path target = to.resolve(from.relativize(p).toString());
        if (Files.isDirectory(p)) {
          Files.createDirectories(target);
        } else {
          Files.copy(p, target);
        }
      }
    }
  }
}
