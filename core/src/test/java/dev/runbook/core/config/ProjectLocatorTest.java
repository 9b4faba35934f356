package dev.runbook.core.config;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** One way to find the root and the config (SPEC §9), each case a small repository in a temp folder. */
class ProjectLocatorTest {
  @TempDir Path tmp;

  private final ProjectLocator locator = new ProjectLocator(new ConfigLoader(Set.of("RB301")));

  private Path repo() throws IOException {
    Path repo = Files.createDirectories(tmp.resolve("repo"));
    Files.createDirectories(repo.resolve(".git"));
    return repo;
  }

  private static Path write(Path file, String text) throws IOException {
    Files.createDirectories(file.getParent());
    return Files.writeString(file, text);
  }

  private ProjectLocation from(Path wd, Path... named) throws ConfigException {
    return locator.locate(wd, List.of(named), Optional.empty());
  }

  @Test
  void aConfigInAParentFolderNamesTheRootForAFileAnywhereBelowIt() throws Exception {
    Path repo = repo();
    write(repo.resolve("runbook.yml"), "root: docs/ops\n");
    Path file = write(repo.resolve("docs/ops/db/failover.md"), "# F\n");
    Path elsewhere = Files.createDirectories(repo.resolve("src/main"));

    ProjectLocation fromFile = locator.locate(file);
    ProjectLocation fromFolder = from(elsewhere);

    assertThat(fromFile.root()).isEqualTo(repo.resolve("docs/ops"));
    assertThat(fromFile.configFile()).contains(repo.resolve("runbook.yml"));
    assertThat(fromFile.why()).contains("root 'docs/ops'");
    assertThat(fromFolder.root()).isEqualTo(fromFile.root());
  }

  @Test
  void dotRunbookYmlAndRunbookYamlAreConfigsToo() throws Exception {
    Path repo = repo();
    write(repo.resolve(".runbook.yml"), "root: ops\n");
    Files.createDirectories(repo.resolve("ops"));
    Path other = Files.createDirectories(tmp.resolve("other"));
    write(other.resolve("runbook.yaml"), "root: pages\n");

    assertThat(from(repo).root()).isEqualTo(repo.resolve("ops"));
    assertThat(from(other).root()).isEqualTo(other.resolve("pages"));
  }

  @Test
  void twoConfigsInOneFolderAreAnErrorNamingBoth() throws Exception {
    Path repo = repo();
    write(repo.resolve("runbook.yml"), "root: ops\n");
    write(repo.resolve(".runbook.yml"), "root: ops\n");

    assertThatThrownBy(() -> from(repo))
        .isInstanceOf(ConfigException.class)
        .hasMessageContaining("runbook.yml and .runbook.yml")
        .hasMessageContaining("keep one");
  }

  @Test
  void withoutAConfigTheRepositorysRunbooksFolderIsTheRootAndItsOwnConfigApplies() throws Exception {
    Path repo = repo();
    write(repo.resolve("runbooks/runbook.yml"), "sections: [Steps]\n");
    Path sub = Files.createDirectories(repo.resolve("services/api"));

    ProjectLocation noArgument = from(repo);
    ProjectLocation named = from(repo, Path.of("runbooks"));
    ProjectLocation fromSub = from(sub);

    assertThat(noArgument.root()).isEqualTo(repo.resolve("runbooks"));
    assertThat(noArgument.config().sections()).containsExactly("Steps");
    assertThat(named.root()).isEqualTo(noArgument.root());
    assertThat(named.configFile()).isEqualTo(noArgument.configFile());
    assertThat(fromSub.root()).isEqualTo(noArgument.root());
  }

  @Test
  void aFolderNamedRunbooksOnTheWayUpIsTheRoot() throws Exception {
    Path repo = repo();
    Path file = write(repo.resolve("teams/a/runbooks/db/restore.md"), "# R\n");

    assertThat(locator.locate(file).root()).isEqualTo(repo.resolve("teams/a/runbooks"));
  }

  @Test
  void noRootIsAnErrorThatSaysHowToNameOneNeverTheWorkingFolder() throws Exception {
    Path repo = repo();
    write(repo.resolve("notes.md"), "# N\n");

    assertThatThrownBy(() -> from(repo))
        .isInstanceOf(ConfigException.class)
        .hasMessageContaining("no runbook root found from " + repo)
        .hasMessageContaining("runbook check path/to/runbooks")
        .hasMessageContaining("root: path/to/runbooks");
  }

  @Test
  void theNoRootHintCanBeWordedForTheCommandThatRan() throws Exception {
    Path repo = repo();

    assertThatThrownBy(() -> from(repo))
        .isInstanceOfSatisfying(NoRootFound.class, e -> {
          assertThat(e.folder()).isEqualTo(repo);
          assertThat(e.naming("runbook build path/to/runbooks"))
              .startsWith("no runbook root found from " + repo)
              .contains("(runbook build path/to/runbooks)")
              .doesNotContain("runbook check");
        });
  }

  @Test
  void aNamedFolderOutsideTheConfiguredRootIsItselfTheRoot() throws Exception {
    Path repo = repo();
    write(repo.resolve("runbook.yml"), "root: runbooks\nsections: [Steps]\n");
    Files.createDirectories(repo.resolve("runbooks"));
    Path fixtures = Files.createDirectories(repo.resolve("fixtures/set"));

    ProjectLocation where = from(repo, Path.of("fixtures/set"));

    assertThat(where.root()).isEqualTo(fixtures);
    assertThat(where.config().sections()).containsExactly("Steps");
  }

  @Test
  void aNamedFolderInsideTheRootKeepsTheConfiguredRoot() throws Exception {
    Path repo = repo();
    write(repo.resolve("runbook.yml"), "root: runbooks\n");
    Files.createDirectories(repo.resolve("runbooks/db"));

    assertThat(from(repo, Path.of("runbooks/db")).root()).isEqualTo(repo.resolve("runbooks"));
    assertThat(from(repo.resolve("runbooks/db"), Path.of("../..")).root()).as("the repository, which holds the root")
        .isEqualTo(repo.resolve("runbooks"));
  }

  @Test
  void filesOfTwoSetsAreAnError() throws Exception {
    Path repo = repo();
    Path a = write(repo.resolve("a/runbooks/x.md"), "# X\n");
    Path b = write(repo.resolve("b/runbooks/y.md"), "# Y\n");

    assertThatThrownBy(() -> from(repo, a, b)).hasMessageContaining("two runbook sets");
  }

  @Test
  void aFileOutsideEverySetDoesNotHideTheSetOfTheOthers() throws Exception {
    Path repo = repo();
    Path readme = write(repo.resolve("README.md"), "# Readme\n");
    Path runbook = write(repo.resolve("runbooks/x.md"), "# X\n");

    assertThat(from(repo, readme, runbook).root()).isEqualTo(repo.resolve("runbooks"));
  }

  @Test
  void theConfigSearchStopsAtTheRepositoryRoot() throws Exception {
    write(tmp.resolve("runbook.yml"), "root: elsewhere\n");
    Path repo = repo();
    Files.createDirectories(repo.resolve("runbooks"));

    ProjectLocation where = from(repo);

    assertThat(where.root()).isEqualTo(repo.resolve("runbooks"));
    assertThat(where.configFile()).isEmpty();
  }

  @Test
  void anUnsavedFileIsLocatedFromItsFolder() throws Exception {
    Path repo = repo();
    Files.createDirectories(repo.resolve("runbooks"));

    assertThat(locator.locate(repo.resolve("runbooks/new-one.md")).root()).isEqualTo(repo.resolve("runbooks"));
  }

  @Test
  void aNamedConfigWithoutRootLeavesTheRootToDiscovery() throws Exception {
    Path repo = repo();
    Files.createDirectories(repo.resolve("runbooks"));
    Path cfg = write(tmp.resolve("shared/runbook.yml"), "sections: [Steps]\n");

    ProjectLocation where = locator.locate(repo, List.of(), Optional.of(cfg));

    assertThat(where.root()).isEqualTo(repo.resolve("runbooks"));
    assertThat(where.configFile()).contains(cfg);
  }
}
