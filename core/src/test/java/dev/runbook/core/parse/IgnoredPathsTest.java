package dev.runbook.core.parse;

import static org.assertj.core.api.Assertions.assertThat;

import dev.runbook.core.model.Runbook;
import dev.runbook.core.model.RunbookSet;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The set loader's walk leaves out what Git ignores and build folders, and reads the rest. */
class IgnoredPathsTest {
  @TempDir Path tmp;

  private static void write(Path file) throws IOException {
    Files.createDirectories(file.getParent());
    Files.writeString(file, "# " + file.getFileName() + "\n");
  }

  private static void ignore(Path folder, String rules) throws IOException {
    Files.createDirectories(folder);
    Files.writeString(folder.resolve(".gitignore"), rules);
  }

  private static List<String> loaded(Path root) throws IOException {
    RunbookSet set = new RunbookSetLoader(List.of(), List.of(), new RunbookParser(), 1).load(root);
    return set.documents().stream().map(Runbook::path).sorted().toList();
  }

  @Test
  void gitignoredFilesAndFoldersBuildFoldersAndPackageCachesAreNotLoaded() throws IOException {
    Path repo = tmp.resolve("repo");
    Files.createDirectories(repo.resolve(".git"));
    Path root = repo.resolve("runbooks");
    ignore(repo, "drafts/\n*.tmp.md\n/runbooks/private/\n");
    ignore(root.resolve("db"), "scratch.md\n!keep.tmp.md\n");
    for (String f : List.of("a.md", "drafts/wip.md", "db/restore.md", "db/scratch.md", "db/keep.tmp.md",
        "notes.tmp.md", "private/secret.md", "target/copied.md", "build/out.md", "node_modules/pkg/README.md",
        "public/private/ok.md")) {
      write(root.resolve(f));
    }

    assertThat(loaded(root)).containsExactly("a.md", "db/keep.tmp.md", "db/restore.md", "public/private/ok.md");
  }

  @Test
  void aRootInsideAnIgnoredFolderIsStillRead() throws IOException {
    Path repo = tmp.resolve("repo");
    Files.createDirectories(repo.resolve(".git"));
    ignore(repo, "target/\n");
    Path root = repo.resolve("target/fixtures/set");
    write(root.resolve("a.md"));

    assertThat(loaded(root)).containsExactly("a.md");
  }

  @Test
  void theFileListCheckSkipsWhatTheWalkSkips() throws IOException {
    Path repo = tmp.resolve("repo");
    Files.createDirectories(repo.resolve(".git"));
    Path root = repo.resolve("runbooks");
    ignore(root, "drafts/\n");
    write(root.resolve("drafts/wip.md"));
    write(root.resolve("a.md"));
    RunbookSetLoader loader = new RunbookSetLoader(List.of(), List.of(), new RunbookParser(), 1);

    assertThat(loader.reads(root, "a.md")).isTrue();
    assertThat(loader.reads(root, "drafts/wip.md")).isFalse();
    assertThat(loader.reads(root, "target/a.md")).isFalse();
  }
}
