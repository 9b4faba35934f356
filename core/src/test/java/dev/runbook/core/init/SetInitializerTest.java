package dev.runbook.core.init;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.runbook.core.check.CheckOptions;
import dev.runbook.core.check.CheckResult;
import dev.runbook.core.check.CheckRunner;
import dev.runbook.core.testing.Lint;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SetInitializerTest {
  private static final Clock TODAY = Lint.clock(LocalDate.of(2026, 12, 7));

  @TempDir Path dir;

  private final SetInitializer init = new SetInitializer(new CheckRunner(), TODAY, 1);

  /** Alert runbooks written to their own template, the way many public sets are. */
  private void alertSet(Path root, int n) throws IOException {
    for (int i = 0; i < n; i++) {
      String name = "Alert" + i;
      write(root.resolve(name + ".md"), "# " + name + "\n\n## Meaning\n\nIt fires.\n\n## Impact\n\nUsers wait.\n\n"
          + "## Diagnosis\n\nLook at the dashboard.\n\n" + (i == 0 ? "" : "## Mitigation\n\nRestart the pod.\n"));
    }
  }

  @Test
  void afterInitTheCheckIsGreenAndANewProblemIsReported() throws Exception {
    Path root = dir.resolve("runbooks");
    alertSet(root, 6);
    InitResult r = init.init(dir, root, SetInitializer.configFolder(dir, root), false);

    assertThat(r.config()).isEqualTo(dir.resolve("runbook.yml"));
    String text = Files.readString(r.config());
    assertThat(text).contains("root: runbooks").contains("sections: [Meaning, Impact, Diagnosis, Mitigation]")
        .contains("baseline: \".runbook-baseline.json\"");
    assertThat(check(dir).report().diagnostics()).isEmpty();

    // One runbook written later without its Mitigation: reported, although Alert0's is accepted.
    write(root.resolve("Late.md"), "# Late\n\n## Meaning\n\nx\n\n## Impact\n\nx\n\n## Diagnosis\n\nx\n");
    assertThat(check(dir).report().diagnostics())
        .anySatisfy(d -> {
          assertThat(d.file()).isEqualTo("Late.md");
          assertThat(d.rule()).isEqualTo("RB101");
          assertThat(d.message()).contains("Mitigation");
        })
        .noneMatch(d -> d.file().equals("Alert0.md"));
  }

  @Test
  void rulesMostRunbooksBreakAreNamedButLeftOn() throws Exception {
    Path root = dir.resolve("runbooks");
    alertSet(root, 6);
    String text = Files.readString(init.init(dir, root, dir, false).config());
    assertThat(text).contains("#   RB201: off   # risk-missing: fires on 6 of 6 runbooks")
        .doesNotContainPattern("(?m)^rules:");
  }

  @Test
  void neverReplacesAConfigWithoutForce() throws Exception {
    Path root = dir.resolve("runbooks");
    alertSet(root, 3);
    write(dir.resolve(".runbook.yml"), "root: runbooks\n");
    assertThatThrownBy(() -> init.init(dir, root, dir, false)).isInstanceOf(InitRefused.class)
        .hasMessageContaining(".runbook.yml already exists").hasMessageContaining("--force");
    assertThat(Files.readString(dir.resolve(".runbook.yml"))).isEqualTo("root: runbooks\n");
    assertThat(dir.resolve(".runbook-baseline.json")).doesNotExist();
  }

  @Test
  void forceReplacesTheConfigAndTheBaseline() throws Exception {
    Path root = dir.resolve("runbooks");
    alertSet(root, 3);
    write(dir.resolve("runbook.yml"), "root: elsewhere\n");
    write(dir.resolve(".runbook-baseline.json"), "{}");
    init.init(dir, root, dir, true);
    assertThat(Files.readString(dir.resolve("runbook.yml"))).contains("root: runbooks");
    assertThat(check(dir).report().diagnostics()).isEmpty();
  }

  @Test
  void aRootOutsideTheWorkingFolderGetsTheConfigInside() throws Exception {
    Path root = dir.resolve("set");
    alertSet(root, 3);
    Path elsewhere = Files.createDirectories(dir.resolve("elsewhere"));
    assertThat(SetInitializer.configFolder(elsewhere, root)).isEqualTo(root);
    InitResult r = init.init(elsewhere, root, SetInitializer.configFolder(elsewhere, root), false);
    assertThat(r.config()).isEqualTo(root.resolve("runbook.yml"));
    assertThat(Files.readString(r.config())).doesNotContain("root:");
  }

  @Test
  void aSetOnTheDefaultSixKeepsThemAndNamesItsOtherSpellings() throws Exception {
    Path root = dir.resolve("runbooks");
    for (int i = 0; i < 4; i++) {
      write(root.resolve("r" + i + ".md"), "# R" + i + "\n\n**Risk Level**: 🟢 Medium\n\n## Overview\n\nx\n\n"
          + "## Pre-requisites\n\nx\n\n## Steps\n\n1. x\n\n## Validation\n\nx\n\n## Rollback\n\nx\n\n"
          + (i == 0 ? "## References\n\nx\n" : "## Reference\n\nx\n"));
    }
    String text = Files.readString(init.init(dir, root, dir, false).config());
    assertThat(text).doesNotContain("sections: [")
        .contains("  Prerequisites: [Pre-requisites]").contains("  References: [Reference]");
    assertThat(check(dir).report().diagnostics()).isEmpty();
  }

  @Test
  void theSetsOwnFrontMatterKeysAreKept() throws Exception {
    Path root = dir.resolve("runbooks");
    alertSet(root, 2);
    write(root.resolve("w.md"), "---\nweight: 3\nmenu: main\n---\n# W\n\n## Meaning\n\nx\n");
    String text = Files.readString(init.init(dir, root, dir, false).config());
    assertThat(text).contains("front_matter_keys: [menu, weight]");
  }

  @Test
  void aFileNamedAsTheRootIsRefusedAndNothingIsWritten() throws Exception {
    write(dir.resolve("runbooks.md"), "# Not a folder\n");
    assertThatThrownBy(() -> init.init(dir, dir.resolve("runbooks.md"), dir, false)).isInstanceOf(InitRefused.class)
        .hasMessageContaining("runbooks.md is a file: name the folder that holds your runbooks");
    assertThat(dir.resolve("runbook.yml")).doesNotExist();
  }

  @Test
  void aMissingFolderIsRefusedAndNothingIsWritten() {
    assertThatThrownBy(() -> init.init(dir, dir.resolve("nope"), dir, false)).isInstanceOf(InitRefused.class)
        .hasMessageContaining("does not exist");
    assertThat(dir.resolve("runbook.yml")).doesNotExist();
  }

  @Test
  void foldersOnTheirOwnTemplateBecomeKindsAndTheCheckIsGreen() throws Exception {
    Path root = dir.resolve("runbooks");
    alertSet(root.resolve("alerts"), 4);
    for (int i = 0; i < 5; i++) {
      write(root.resolve("procedures/p" + i + ".md"), "# P" + i + "\n\n## Overview\n\nx\n\n## Steps\n\n1. x\n\n"
          + (i == 0 ? "" : "## Rollback\n\nx\n"));
    }
    String text = Files.readString(init.init(dir, root, dir, false).config());
    assertThat(text).contains("sections: [Overview, Steps, Rollback]").contains("kinds:\n  alerts:")
        .contains("    match: [\"alerts/**\"]\n    sections: [Meaning, Impact, Diagnosis, Mitigation]");
    assertThat(check(dir).report().diagnostics()).isEmpty();

    write(root.resolve("alerts/New.md"), "# New\n\n## Meaning\n\nx\n\n## Impact\n\nx\n\n## Diagnosis\n\nx\n");
    assertThat(check(dir).report().diagnostics()).filteredOn(d -> d.rule().equals("RB101"))
        .singleElement().satisfies(d -> assertThat(d.message()).contains("Mitigation"));
  }

  @Test
  void aHugoSetKeepsItsLinksAndAnchors() throws Exception {
    Path site = dir.resolve("site");
    write(site.resolve("config.toml"), "baseURL = \"https://runbooks.example.org/\"\n");
    Path content = site.resolve("content");
    write(content.resolve("_index.md"), "# Runbooks\n\n- [Disk full](runbooks/diskfull/)\n");
    write(content.resolve("runbooks/DiskFull.md"), "# Disk full\n\n## Meaning\n\nSee [mitigation](#mitigation).\n\n"
        + "## Mitigation\n\nSee [CPU](../cpuhigh/#meaning).\n");
    write(content.resolve("runbooks/CpuHigh.md"), "# CPU high\n\n## Meaning\n\nx\n\n## Mitigation\n\nx\n");
    InitResult r = init.init(site, content, site, false);
    String text = Files.readString(r.config());
    assertThat(text).contains("url_style: hugo").contains("slugs: hugo").contains("root: content");
    assertThat(check(site).all().diagnostics()).noneMatch(d -> d.rule().startsWith("RB30") && !d.rule().equals("RB304"));
    assertThat(check(site).report().diagnostics()).isEmpty();
  }

  @Test
  void aMiddlemanManualUnderItsSourceFolderKeepsItsAbsoluteLinksAndTheirAnchors() throws Exception {
    write(dir.resolve("config.rb"), "activate :sprockets\n");
    Path manual = dir.resolve("source/manual");
    write(manual.resolve("cdn.html.md"), "---\ntitle: CDN\nowner_slack: \"#platform\"\nlast_reviewed_on: 2026-10-01\n"
        + "review_in: 6 months\nsection: Infrastructure\n---\n\n## Setup\n\n"
        + "See [disk full](/manual/alerts.html#disk-full) and [again](alerts.html#disk-full).\n\n"
        + "A [misspelt anchor](/manual/alerts.html#disk-ful).\n");
    write(manual.resolve("alerts.html.md"), "---\ntitle: Alerts\n---\n\n## Disk full\n\n"
        + "Clean up, then [set up the CDN](/manual/cdn.html#setup).\n");
    String text = Files.readString(init.init(dir, manual, dir, false).config());
    assertThat(text).contains("url_style: middleman").contains("base_path: \"/manual/\"")
        .contains("  owner: [owner, owner_slack]").contains("  last_reviewed: [last_reviewed, last_reviewed_on]")
        .contains("  review_interval: [review_interval, review_in]").contains("front_matter_keys: [section]");
    assertThat(check(dir).all().diagnostics()).filteredOn(d -> d.file().endsWith("cdn.html.md"))
        .extracting(d -> d.rule()).doesNotContain("RB105", "RB401", "RB402", "RB403", "RB405", "RB504");
    assertThat(check(dir).all().diagnostics()).filteredOn(d -> d.rule().matches("RB30[123]"))
        .singleElement().satisfies(d -> {
          assertThat(d.rule()).isEqualTo("RB302");
          assertThat(d.message()).contains("#disk-ful");
        });
    assertThat(check(dir).report().diagnostics()).isEmpty();
  }

  @Test
  void aMiddlemanProjectAsTheRootKeepsItsAbsoluteLinks() throws Exception {
    write(dir.resolve("config.rb"), "activate :sprockets\n");
    write(dir.resolve("source/manual/cdn.html.md"), "# CDN\n\n## Setup\n\nSee [alerts](/manual/alerts.html#disk-full).\n");
    write(dir.resolve("source/manual/alerts.html.md"), "# Alerts\n\n## Disk full\n\n[CDN](../manual/cdn.html#setup)\n");
    String text = Files.readString(init.init(dir, dir, dir, false).config());
    assertThat(text).contains("url_style: middleman").doesNotContain("base_path");
    assertThat(check(dir).all().diagnostics()).noneMatch(d -> d.rule().matches("RB30[123]"));
  }

  private static CheckResult check(Path workingDir) throws Exception {
    return new CheckRunner().run(new CheckOptions(workingDir, Optional.empty(), List.of(), Optional.empty(), TODAY,
        false, Optional.empty(), Optional.empty(), 1));
  }

  private static void write(Path file, String text) throws IOException {
    Files.createDirectories(file.getParent());
    Files.writeString(file, text, StandardCharsets.UTF_8);
  }
}
