package dev.runbook.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code links.slugs} from the command line: the set's dialect decides RB302; a bad value is exit 2. */
class LinksSlugsCommandTest {
  @TempDir Path dir;

  @BeforeEach
  void setUp() throws Exception {
    Path root = dir.resolve("runbooks");
    Files.createDirectories(root);
    Files.writeString(root.resolve("README.md"), "# Index\n\n## Logs\n\n- [Rotate](rotate.md#rollback_1)\n");
    Files.writeString(root.resolve("rotate.md"), CheckCommandTest.GOOD + "## Rollback\n- Again\n");
  }

  @Test
  void anMkdocsSetIsCheckedWithMkdocsAnchors() throws Exception {
    CliRunner.Result github = CliRunner.run(dir, "check");
    assertThat(github.exit()).isEqualTo(1);
    assertThat(github.out()).contains("RB302 broken-anchor '#rollback_1' matches no heading in rotate.md: "
        + "did you mean '#rollback-1'?");
    Files.writeString(dir.resolve("runbook.yml"), "root: runbooks\nlinks:\n  slugs: mkdocs\n");
    CliRunner.Result mkdocs = CliRunner.run(dir, "check");
    assertThat(mkdocs.out()).doesNotContain("RB302");
  }

  @Test
  void aBadDialectIsExitTwoWithFileLineAndTheChoices() throws Exception {
    Files.writeString(dir.resolve("runbook.yml"), "root: runbooks\nlinks:\n  slugs: jekyll\n");
    CliRunner.Result r = CliRunner.run(dir, "check");
    assertThat(r.exit()).isEqualTo(2);
    assertThat(r.err()).contains("runbook.yml:3: links.slugs 'jekyll' is not a slug dialect: use github, "
        + "gitlab, mkdocs, hugo or kramdown").doesNotContain("Exception");
    assertThat(r.out()).isEmpty();
  }
}
