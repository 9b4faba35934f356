package dev.runbook.core.preview;

import static org.assertj.core.api.Assertions.assertThat;

import dev.runbook.core.check.CheckOptions;
import dev.runbook.core.check.CheckRunner;
import dev.runbook.core.report.Diagnostic;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * After each change the preview's findings are those of a fresh check and its folder holds what
 * a fresh preview writes; config, theme and clashing names are handled without losing the site.
 */
class PreviewSiteTest {
  static final LocalDate TODAY = LocalDate.of(2026, 11, 20);
  static final Path FIXTURE = Path.of(System.getProperty("basedir", "."), "src/test/resources/site/fixture");

  @TempDir Path tmp;
  Path root;
  final CheckRunner runner = new CheckRunner();

  @BeforeEach
  void copyFixture() throws IOException {
    root = tmp.resolve("repo/runbooks");
    copy(FIXTURE, root);
  }

  CheckOptions options() {
    Clock clock = Clock.fixed(TODAY.atStartOfDay(ZoneOffset.UTC).toInstant(), ZoneOffset.UTC);
    return CheckOptions.of(tmp.resolve("repo"), root, clock).withFiles(List.of());
  }

  @Test
  void findingsAndPagesFollowEachChangeAsAFreshPreviewWouldShowThem() throws Exception {
    try (PreviewSite preview = PreviewSite.open(options(), runner, Files.createDirectories(tmp.resolve("work")))) {
      int step = 0;
      for (String[] edit : edits()) {
        List<Path> changed = apply(edit);
        List<PreviewUpdate> early = new ArrayList<>();
        PreviewUpdate done = preview.refresh(changed, early::add);
        String when = String.join(" ", edit);
        assertThat(done.errors()).as(when).isEmpty();
        assertThat(done.full()).as(when).isFalse();
        List<Diagnostic> fresh = runner.run(options()).all().diagnostics();
        assertThat(preview.report().diagnostics()).as(when).containsExactlyElementsOf(fresh);
        try (PreviewSite other = PreviewSite.open(options(), runner, Files.createDirectories(tmp.resolve("o" + step++)))) {
          assertSameSite(when, preview.folder(), other.folder());
        }
      }
    }
  }

  @Test
  void overlayDataNamesThePageDocumentAndItsFindings() throws Exception {
    try (PreviewSite preview = PreviewSite.open(options(), runner, Files.createDirectories(tmp.resolve("work")))) {
      write("network/dns-flush.md", "---\nrisk: [low\n---\n# Flush DNS\n\nTODO\n");
      PreviewUpdate done = preview.refresh(List.of(root.resolve("network/dns-flush.md")), u -> { });
      assertThat(done.pages()).contains("network/dns-flush.html");
      PageFindings page = preview.findings("network/dns-flush.html");
      assertThat(page.document()).isEqualTo("network/dns-flush.md");
      assertThat(page.findings()).extracting(Diagnostic::rule).contains("RB504", "RB101");
      assertThat(page.findings()).extracting(Diagnostic::file).containsOnly("network/dns-flush.md");
      assertThat(page.version()).isEqualTo(preview.version());
      assertThat(Files.readString(preview.folder().resolve("network/dns-flush.html"))).contains("Flush DNS");
      assertThat(preview.findings("review.html").document()).isNull();
      assertThat(preview.findings("review.html").findings()).isEmpty();
    }
  }

  @Test
  void aFileThatCannotBeReadIsAnErrorOnEveryPageAndTheRestStillUpdates() throws Exception {
    try (PreviewSite preview = PreviewSite.open(options(), runner, Files.createDirectories(tmp.resolve("work")))) {
      Files.write(root.resolve("network/huge.md"), new byte[9 * 1024 * 1024]);
      PreviewUpdate done = preview.refresh(List.of(root.resolve("network/huge.md")), u -> { });
      assertThat(done.errors()).isEmpty();
      assertThat(preview.findings("database/failover.html").errors()).singleElement().asString()
          .startsWith("network/huge.md: file is 9.0 MB, over the 8 MB limit");
      Files.delete(root.resolve("network/huge.md"));
      preview.refresh(List.of(root.resolve("network/huge.md")), u -> { });
      assertThat(preview.findings("database/failover.html").errors()).isEmpty();
    }
  }

  @Test
  void aBrokenConfigKeepsTheSiteAndSaysWhyUntilItIsFixed() throws Exception {
    try (PreviewSite preview = PreviewSite.open(options(), runner, Files.createDirectories(tmp.resolve("work")))) {
      Path config = root.resolve("runbook.yml");
      String good = Files.readString(config);
      Path before = preview.folder();
      Files.writeString(config, good + "nonsense_key: 1\n");
      PreviewUpdate broken = preview.refresh(List.of(config), u -> { });
      assertThat(broken.errors()).singleElement().asString().contains("nonsense_key");
      assertThat(preview.folder()).isEqualTo(before);
      assertThat(preview.findings("index.html").errors()).singleElement().asString().contains("nonsense_key");
      assertThat(before.resolve("index.html")).isRegularFile();

      Files.writeString(config, good.replace("title: Fixture Runbooks", "title: Renamed Runbooks"));
      PreviewUpdate fixed = preview.refresh(List.of(config), u -> { });
      assertThat(fixed.full()).isTrue();
      assertThat(fixed.errors()).isEmpty();
      assertThat(preview.findings("index.html").errors()).isEmpty();
      assertThat(preview.folder()).isNotEqualTo(before);
      assertThat(before).doesNotExist();
      assertThat(Files.readString(preview.folder().resolve("-/review.html"))).contains("Renamed Runbooks");
    }
  }

  @Test
  void aNameThatClashesWithAPageOfTheSiteAtTheTopPublishesBesideItUntilItIsGone() throws Exception {
    try (PreviewSite preview = PreviewSite.open(options(), runner, Files.createDirectories(tmp.resolve("work")))) {
      Path folder = preview.folder();
      int step = 0;
      for (String[] edit : List.of(
          new String[] {"404.md", "write", "# Lost\n\n- [Failover](database/failover.md)\n"},
          new String[] {"network/new.md", "write", "# New\n\n- [Lost](../404.md)\n"},
          new String[] {"404.md.md", "write", "# Lost notes\n\n- [Lost](404.md#lost)\n"},
          new String[] {"404.md.md", "delete"},
          new String[] {"404.md", "delete"},
          new String[] {"-/categories/caches.md", "write", "---\ncategory: Database\n---\n# Caches\n\n- [DNS](../../network/dns-flush.md)\n"},
          new String[] {"network/dns-flush.md", "replace", "category: Networking", "category: Caches"},
          new String[] {"network/dns-flush.md", "replace", "category: Caches", "category: Networking"})) {
        PreviewUpdate done = preview.refresh(apply(edit), u -> { });
        String when = String.join(" ", edit);
        assertThat(done.errors()).as(when).isEmpty();
        assertThat(done.full()).as(when).isFalse();
        assertThat(preview.folder()).isEqualTo(folder);
        assertThat(Files.readString(folder.resolve("404.html"))).as(when).contains("Page not found");
        assertThat(preview.findings("404.html").document()).as(when).isNull();
        try (PreviewSite other = PreviewSite.open(options(), runner, Files.createDirectories(tmp.resolve("o" + step++)))) {
          assertSameSite(when, folder, other.folder());
        }
        switch (step) {
          case 1 -> {
            assertThat(done.pages()).contains("404.md.html");
            assertThat(preview.findings("404.md.html").document()).isEqualTo("404.md");
            assertThat(Files.readString(folder.resolve("database/failover.html"))).contains("href=\"../404.md.html\"");
          }
          case 2 -> assertThat(Files.readString(folder.resolve("network/new.html"))).contains("href=\"../404.md.html\"");
          case 3 -> {
            assertThat(preview.findings("404.md.html").document()).isEqualTo("404.md.md");
            assertThat(preview.findings("404.md-2.html").document()).isEqualTo("404.md");
            assertThat(Files.readString(folder.resolve("network/new.html"))).contains("href=\"../404.md-2.html\"");
            assertThat(Files.readString(folder.resolve("404.md.html"))).contains("href=\"404.md-2.html#lost\"");
          }
          case 4 -> {
            assertThat(done.removed()).contains("404.md-2.html");
            assertThat(preview.findings("404.md.html").document()).isEqualTo("404.md");
            assertThat(Files.readString(folder.resolve("network/new.html"))).contains("href=\"../404.md.html\"");
          }
          case 5 -> {
            assertThat(done.removed()).contains("404.md.html");
            assertThat(folder.resolve("404.md.html")).doesNotExist();
          }
          case 6 -> assertThat(preview.findings("-/categories/caches.html").document()).isEqualTo("-/categories/caches.md");
          case 7 -> {
            assertThat(done.removed()).doesNotContain("-/categories/caches.html");
            assertThat(done.pages()).contains("-/categories/caches.html", "-/categories/caches.md.html");
            assertThat(preview.findings("-/categories/caches.html").document()).isNull();
            assertThat(preview.findings("-/categories/caches.md.html").document()).isEqualTo("-/categories/caches.md");
            assertThat(Files.readString(folder.resolve("network/dns-flush.html")))
                .contains("href=\"../-/categories/caches.md.html\"");
          }
          default -> {
            assertThat(done.removed()).contains("-/categories/caches.md.html");
            assertThat(preview.findings("-/categories/caches.html").document()).isEqualTo("-/categories/caches.md");
            assertThat(Files.readString(folder.resolve("network/dns-flush.html")))
                .contains("href=\"../-/categories/caches.html\"");
          }
        }
      }
    }
  }

  @Test
  void aThemeChangeRendersEverythingWithIt() throws Exception {
    Path theme = Files.createDirectories(tmp.resolve("repo/theme"));
    Files.writeString(root.resolve("runbook.yml"), Files.readString(root.resolve("runbook.yml"))
        .replace("site:\n", "site:\n  theme_dir: ../theme\n"));
    try (PreviewSite preview = PreviewSite.open(options(), runner, Files.createDirectories(tmp.resolve("work")))) {
      assertThat(preview.watched()).contains(theme.toAbsolutePath().normalize());
      Files.writeString(theme.resolve("runbook.css"), "body { color: red }\n");
      PreviewUpdate done = preview.refresh(List.of(theme.resolve("runbook.css")), u -> { });
      assertThat(done.full()).isTrue();
      assertThat(Files.readString(preview.folder().resolve("-/assets/runbook.css"))).isEqualTo("body { color: red }\n");
    }
  }

  @Test
  void changesThatNothingShowsChangeNothing() throws Exception {
    try (PreviewSite preview = PreviewSite.open(options(), runner, Files.createDirectories(tmp.resolve("work")))) {
      long version = preview.version();
      write(".dns-flush.md.swp", "x");
      write("notes.txt", "not linked");
      PreviewUpdate done = preview.refresh(List.of(root.resolve(".dns-flush.md.swp"), root.resolve("notes.txt"),
          tmp.resolve("elsewhere.md")), u -> { });
      assertThat(done.isEmpty()).isTrue();
      assertThat(preview.version()).isEqualTo(version);
    }
  }

  @Test
  void changesMadeWhileTheFirstBuildRanCanBeCaughtUpWith() throws Exception {
    try (PreviewSite preview = PreviewSite.open(options(), runner, Files.createDirectories(tmp.resolve("work")))) {
      assertThat(preview.changedSinceBuilt()).isEmpty();
      Thread.sleep(20);
      write("network/dns-flush.md", "# Flush DNS\n\nRewritten while the site was being built.\n");
      write("network/new.md", "# New\n");
      Files.delete(root.resolve("network/old-dns.md"));
      assertThat(preview.changedSinceBuilt()).contains(root.toRealPath().resolve("network/dns-flush.md"),
          root.toRealPath().resolve("network/new.md"), root.toRealPath().resolve("network/old-dns.md"));
      preview.refresh(preview.changedSinceBuilt(), u -> { });
      assertThat(preview.folder().resolve("network/new.html")).isRegularFile();
      assertThat(preview.folder().resolve("network/old-dns.html")).doesNotExist();
    }
  }

  @Test
  void anIndexPageWhosePageMovesIsRelinkedInTheBacklinksOfWhatItLinksTo() throws Exception {
    write("database/index.md", "# Databases\n\n- [Failover](failover.md)\n");
    try (PreviewSite preview = PreviewSite.open(options(), runner, Files.createDirectories(tmp.resolve("work")))) {
      int step = 0;
      for (String[] edit : List.of(
          new String[] {"database/README.md", "write", "# Databases, the README\n"},
          new String[] {"database/README.md", "delete"},
          new String[] {"database/_index.md", "write", "# Databases, Hugo's page\n\n- [Failover](failover.md)\n"},
          new String[] {"database/index.md", "delete"})) {
        PreviewUpdate done = preview.refresh(apply(edit), u -> { });
        String when = String.join(" ", edit);
        assertThat(done.errors()).as(when).isEmpty();
        try (PreviewSite other = PreviewSite.open(options(), runner, Files.createDirectories(tmp.resolve("o" + step++)))) {
          assertSameSite(when, preview.folder(), other.folder());
        }
      }
      assertThat(Files.readString(preview.folder().resolve("database/failover.html"))).contains("href=\"index.html\"");
    }
  }

  /** Each edit: file, then "write" text, "replace" from to, or "delete". */
  private static List<String[]> edits() {
    return List.of(
        new String[] {"database/failover.md", "replace", "Promotes the standby", "Promotes the warm standby"},
        new String[] {"README.md", "replace", "- [Flush DNS](network/dns-flush.md) - Clear resolver caches\n", ""},
        new String[] {"README.md", "replace", "### 🌐 Networking\n", "### 🌐 Networking\n- [Flush DNS](network/dns-flush.md) - Clear resolver caches\n"},
        new String[] {"network/dns-flush.md", "replace", "## Overview", "## Overview\n\nSee [steps](../database/failover.md#steps-that-are-not-there)."},
        new String[] {"database/failover.md", "replace", "## Steps", "## Steps That Are Not There\n\n## Steps"},
        new String[] {"network/dns-flush.md", "delete"},
        new String[] {"network/dns-flush.md", "write", "---\nrisk: low\nowner: net\nlast_reviewed: 2026-10-01\n---\n# Flush DNS\n\n## Overview\n\nBack.\n"},
        new String[] {"network/dns-flsh.md", "write", "# Typo\n\nSee [x](dns-flush2.md).\n"},
        new String[] {"network/dns-flush2.md", "write", "# Two\n"},
        new String[] {"network/extra.md", "write", "---\naliases: [network/dns-flush2.md, failover]\n---\n# Extra\n"},
        new String[] {"network/extra.md", "delete"},
        new String[] {"database/img/diagram.png", "delete"},
        new String[] {"network/old-dns.md", "replace", "moved_to:", "moved_to: dns-flush2.md\nold_moved_to:"});
  }

  private List<Path> apply(String[] edit) throws IOException {
    Path file = root.resolve(edit[0]);
    switch (edit[1]) {
      case "delete" -> Files.delete(file);
      case "write" -> write(edit[0], edit[2]);
      default -> {
        String text = Files.readString(file);
        assertThat(text).as(edit[0]).contains(edit[2]);
        Files.writeString(file, text.replaceFirst(Pattern.quote(edit[2]), Matcher.quoteReplacement(edit[3])));
      }
    }
    return List.of(file);
  }

  private void write(String path, String text) throws IOException {
    Files.createDirectories(root.resolve(path).getParent());
    Files.writeString(root.resolve(path), text);
  }

  static void assertSameSite(String when, Path served, Path fresh) throws IOException {
    Map<String, byte[]> a = files(served);
    Map<String, byte[]> b = files(fresh);
    assertThat(a.keySet()).as(when).containsExactlyElementsOf(b.keySet());
    for (String path : b.keySet()) {
      String x = new String(a.get(path), StandardCharsets.UTF_8);
      String y = new String(b.get(path), StandardCharsets.UTF_8);
      if (!path.equals("-/search-index.js")) {
        assertThat(x).as(when + ": " + path).isEqualTo(y);
      }
    }
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
