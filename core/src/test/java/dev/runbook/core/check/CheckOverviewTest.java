package dev.runbook.core.check;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** What the Maven site's "Runbooks" report shows: findings by rule and by file, review status overdue first. */
class CheckOverviewTest {
  static final LocalDate TODAY = LocalDate.of(2026, 11, 28);
  @TempDir Path repo;

  void write(String path, String text) throws IOException {
    Path f = repo.resolve(path);
    Files.createDirectories(f.getParent());
    Files.writeString(f, text);
  }

  @Test
  void findingsByRuleMostFirstByFileInLineOrderAndReviewsOverdueFirst() throws Exception {
    write("runbook.yml", "root: runbooks\nsections: [Overview]\nrules: {RB201: off}\n"
        + "site:\n  base_url: https://ops.example.org/\n");
    write("runbooks/README.md", "# Runbooks\n\n- [A](a.md)\n- [B](b.md)\n- [C](c.md)\n");
    write("runbooks/a.md", "---\nowner: sre\nlast_reviewed: 2026-01-01\n---\n# A\n\n## Overview\n\n[x](gone.md) [y](gone2.md)\n");
    write("runbooks/b.md", "---\nowner: dba\nlast_reviewed: 2026-11-01\n---\n# B\n\n## Overview\n\nFine.\n");
    write("runbooks/c.md", "---\nowner: net\n---\n# C\n\n## Overview\n\nFine [z](nowhere.md).\n");
    Clock clock = Clock.fixed(TODAY.atStartOfDay(ZoneOffset.UTC).toInstant(), ZoneOffset.UTC);
    CheckResult result = new CheckRunner().run(CheckOptions.of(repo, repo.resolve("runbooks"), clock)
        .withFiles(List.of()));

    CheckOverview o = CheckOverview.of(result, TODAY);

    assertThat(o.rules().get(0).id()).isEqualTo("RB301");
    assertThat(o.rules().get(0).count()).isEqualTo(3);
    assertThat(o.rules()).extracting(CheckOverview.RuleRow::id).contains("RB402", "RB401");
    assertThat(o.byFile().keySet()).containsExactly("a.md", "c.md");
    assertThat(o.byFile().get("a.md")).extracting(d -> d.rule() + ":" + d.line())
        .containsSubsequence("RB402:3", "RB301:9", "RB301:9");
    assertThat(o.reviews()).extracting(r -> r.path() + " " + r.status())
        .containsExactly("a.md overdue", "c.md no review date", "b.md current");
    assertThat(o.reviews().get(0).owner()).isEqualTo("sre");
    assertThat(o.siteUrl()).contains("https://ops.example.org/");
  }
}
