package dev.runbook.core.write;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.runbook.core.check.CheckRunner;
import dev.runbook.core.config.Config;
import dev.runbook.core.config.ConfigLoader;
import dev.runbook.core.edit.EditRefused;
import dev.runbook.core.model.RiskLevel;
import dev.runbook.core.testing.Lint;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

class NewRunbookTest {
  private static final LocalDate TODAY = LocalDate.of(2026, 11, 28);
  private static final String INDEX = "# Runbooks\n\n## Categories\n\n### 🚀 **Startup Procedures**\n"
      + "- [Application Startup](startup.md) - Safe start\n\n## Contacts\n\n- On call: SRE\n";

  @TempDir Path root;

  private final NewRunbook writer = new NewRunbook(Config.DEFAULT, RunbookTemplate.builtin());

  private NewRunbook.Created create(String name, String category, RiskLevel risk) throws EditRefused {
    return writer.create(root, new NewRunbook.Request(RunbookName.parse(name), category, risk, "SRE Team", TODAY));
  }

  /** The findings on a fresh skeleton: its guidance (RB502) and its empty review date (RB401). */
  private static boolean skeleton(String finding) {
    return finding.contains(" RB502 skeleton text") || finding.contains(" RB401 never reviewed");
  }

  /** The findings other than those every fresh skeleton has. */
  private List<String> otherFindings() throws Exception {
    return Lint.findings(root, TODAY).stream().filter(f -> !skeleton(f)).toList();
  }

  private void index(String text) throws IOException {
    Files.writeString(root.resolve("README.md"), text);
  }

  @ParameterizedTest
  @EnumSource(RiskLevel.class)
  void theNewRunbookIsASkeletonUntilWrittenAndReviewed(RiskLevel risk) throws Exception {
    index("# Runbooks\n");
    NewRunbook.Created created = create("Database Failover", "Databases", risk);
    assertThat(created.file()).isEqualTo(root.resolve("database-failover.md"));
    String skeleton = "RB502 skeleton text from 'runbook new' or 'runbook fix' is still here: "
        + "replace it with this runbook's own content";
    List<String> expected = List.of(
        "database-failover.md:5 RB401 never reviewed: last_reviewed is empty; once someone has checked this runbook "
            + "against the systems it describes, record the date with: runbook review database-failover.md",
        "database-failover.md:18 " + skeleton, "database-failover.md:23 " + skeleton,
        "database-failover.md:29 " + skeleton, "database-failover.md:36 " + skeleton,
        "database-failover.md:41 " + skeleton);
    assertThat(Lint.findings(root, TODAY)).containsExactlyElementsOf(expected);
    assertThat(Lint.findings(root, TODAY.plusDays(60))).containsExactlyElementsOf(expected);
    String text = Files.readString(created.file());
    assertThat(text).contains("risk: " + risk.id(), "**Risk Level**: " + risk.emoji() + " " + risk.label(),
        "\nlast_reviewed:\n", "owner: SRE Team", "# Database Failover").doesNotContain("2026-11-28");
  }

  @Test
  void aNewRunbookWithItsGuidanceReplacedAndAReviewPassesEveryRule() throws Exception {
    index("# Runbooks\n");
    Path file = create("Database Failover", "Databases", RiskLevel.CRITICAL).file();
    List<String> lines = new java.util.ArrayList<>(Files.readAllLines(file));
    lines.replaceAll(l -> dev.runbook.core.model.SkeletonText.isGuidance(l) ? l + " (done for this service)" : l);
    Files.write(file, lines);
    new ReviewStamp(TODAY, java.util.Optional.empty()).applyTo(file);
    assertThat(Files.readString(file)).contains("\nlast_reviewed: 2026-11-28\n");
    assertThat(Lint.findings(root, TODAY)).isEmpty();
  }

  @Test
  void followsTheConfiguredSections() throws Exception {
    index("# Alerts\n");
    Files.writeString(root.resolve("runbook.yml"), "sections: [Meaning, Impact, Diagnosis, Mitigation]\n");
    Config openshift = new ConfigLoader(new CheckRunner().ruleIds()).load(root.resolve("runbook.yml"));
    new NewRunbook(openshift, RunbookTemplate.builtin()).create(root,
        new NewRunbook.Request(RunbookName.parse("Disk Full"), "Storage", RiskLevel.HIGH, "SRE", TODAY));
    String text = Files.readString(root.resolve("disk-full.md"));
    assertThat(text.lines().filter(l -> l.startsWith("#")).toList())
        .containsExactly("# Disk Full", "## Meaning", "## Impact", "## Diagnosis", "## Mitigation");
    assertThat(text).endsWith("with the exact command to run.\n");
    assertThat(Lint.findings(root, TODAY)).hasSize(5).allMatch(NewRunbookTest::skeleton);
  }

  @Test
  void takesTheSectionsOfTheKindWhoseGlobMatchesItsFile() throws Exception {
    index("# Runbooks\n");
    Files.writeString(root.resolve("runbook.yml"), "kinds:\n  alert:\n    match: ['alert-*.md']\n"
        + "    sections: [Meaning, Mitigation]\n");
    Config config = new ConfigLoader(new CheckRunner().ruleIds()).load(root.resolve("runbook.yml"));
    NewRunbook maker = new NewRunbook(config, RunbookTemplate.builtin());
    maker.create(root, new NewRunbook.Request(RunbookName.parse("Alert Disk Full"), "Storage", RiskLevel.LOW, "SRE", TODAY));
    maker.create(root, new NewRunbook.Request(RunbookName.parse("Grow Disk"), "Storage", RiskLevel.LOW, "SRE", TODAY));
    assertThat(Files.readString(root.resolve("alert-disk-full.md")).lines().filter(l -> l.startsWith("#")).toList())
        .containsExactly("# Alert Disk Full", "## Meaning", "## Mitigation");
    assertThat(Files.readString(root.resolve("grow-disk.md"))).contains("## Steps", "## Rollback");
    assertThat(Lint.findings(root, TODAY)).allMatch(NewRunbookTest::skeleton);
  }

  @Test
  void isLinkedUnderItsCategoryInTheIndex() throws Exception {
    index(INDEX);
    NewRunbook.Created created = create("db-failover", "Startup Procedures", RiskLevel.HIGH);
    assertThat(root.resolve("README.md")).hasContent(INDEX.replace("Safe start\n",
        "Safe start\n- [Db Failover](db-failover.md)\n"));
    assertThat(created.indexChange()).contains("Startup Procedures");
    assertThat(otherFindings()).allSatisfy(f -> assertThat(f).startsWith("README.md"));
  }

  @Test
  void theSeedIndexGetsANewCategoryAfterTheOthers() throws Exception {
    try (InputStream in = NewRunbookTest.class.getResourceAsStream("/seed/runbooks-README.md")) {
      Files.write(root.resolve("README.md"), in.readAllBytes());
    }
    create("Cache Flush", "Caching", RiskLevel.LOW);
    String index = Files.readString(root.resolve("README.md"));
    assertThat(index).contains("- [Load Balancing](load-balancing.md) - Traffic distribution setup\n\n"
        + "### Caching\n- [Cache Flush](cache-flush.md)\n\n## Quick Reference\n");
    assertThat(otherFindings()).noneMatch(f -> f.startsWith("cache-flush.md"));
  }

  @Test
  void refusesToOverwriteAndLeavesBothFilesAlone() throws Exception {
    index(INDEX);
    Path existing = root.resolve("database-failover.md");
    Files.writeString(existing, "mine");
    assertThatThrownBy(() -> create("Database Failover", "Databases", RiskLevel.LOW))
        .isInstanceOf(EditRefused.class).hasMessageContaining("already exists");
    assertThat(existing).hasContent("mine");
    assertThat(root.resolve("README.md")).hasContent(INDEX);
  }

  @Test
  void linksFromTheHomePageTheSiteShowsWhateverItsName() throws Exception {
    Files.writeString(root.resolve("_index.md"), "# Hugo home\n");
    Files.writeString(root.resolve("index.md"), "# Index\n");
    NewRunbook.Created created = create("Database Failover", "Databases", RiskLevel.LOW);
    assertThat(created.index()).isEqualTo(root.resolve("index.md"));
    assertThat(root.resolve("index.md")).content().contains("(database-failover.md)");
    assertThat(root.resolve("_index.md")).hasContent("# Hugo home");
    Files.writeString(root.resolve("Readme.md"), "# Readme\n");
    assertThat(create("Disk Full", "Storage", RiskLevel.LOW).index()).isEqualTo(root.resolve("Readme.md"));
    Files.delete(root.resolve("Readme.md"));
    Files.delete(root.resolve("index.md"));
    assertThat(create("Cache Flush", "Caches", RiskLevel.LOW).index()).isEqualTo(root.resolve("_index.md"));
    assertThat(otherFindings()).filteredOn(f -> f.startsWith("cache-flush.md") || f.startsWith("_index.md"))
        .isEmpty();
  }

  @Test
  void refusesAFolderWithoutIndexPage() {
    assertThatThrownBy(() -> create("Database Failover", "Databases", RiskLevel.LOW))
        .isInstanceOf(EditRefused.class).hasMessageContaining("no index page");
    assertThat(root.resolve("database-failover.md")).doesNotExist();
  }

  @Test
  void aThemeTemplateReplacesTheBuiltInOne() throws Exception {
    index("# Runbooks\n");
    Path custom = Files.createDirectories(root.resolve("theme")).resolve(RunbookTemplate.FILE_NAME);
    Files.writeString(custom, "# ${title} (${risk_label}) by ${owner}\n");
    NewRunbook themed = new NewRunbook(Config.DEFAULT, RunbookTemplate.fromFile(custom));
    themed.create(root, new NewRunbook.Request(RunbookName.parse("X Y"), "C", RiskLevel.LOW, "Me", TODAY));
    assertThat(root.resolve("x-y.md")).hasContent("# X Y (Low) by Me");
    Files.writeString(custom, "${nope}");
    assertThatThrownBy(() -> new NewRunbook(Config.DEFAULT, RunbookTemplate.fromFile(custom)).create(root,
        new NewRunbook.Request(RunbookName.parse("Z"), "C", RiskLevel.LOW, "Me", TODAY)))
        .isInstanceOf(EditRefused.class).hasMessageContaining("${nope}");
  }
}
