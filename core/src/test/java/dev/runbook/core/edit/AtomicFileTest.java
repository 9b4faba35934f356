package dev.runbook.core.edit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class AtomicFileTest {
  @TempDir Path dir;

  @Test
  void replacesContentKeepingPermissionsAndLeavesNoTemporaryFile() throws IOException {
    Path f = dir.resolve("a.md");
    Files.writeString(f, "old");
    Files.setPosixFilePermissions(f, PosixFilePermissions.fromString("rwxr-x---"));
    AtomicFile.replace(f, "new".getBytes(StandardCharsets.UTF_8));
    assertThat(f).hasContent("new");
    assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(f))).isEqualTo("rwxr-x---");
    try (var files = Files.list(dir)) {
      assertThat(files).containsExactly(f);
    }
  }

  @Test
  void writesThroughASymbolicLink() throws IOException {
    Path target = dir.resolve("target.md");
    Files.writeString(target, "old");
    Path link = Files.createSymbolicLink(dir.resolve("link.md"), target);
    AtomicFile.replace(link, "new".getBytes(StandardCharsets.UTF_8));
    assertThat(Files.isSymbolicLink(link)).isTrue();
    assertThat(target).hasContent("new");
  }

  @Test
  void createNewNeverReplacesAFile() throws IOException {
    Path f = dir.resolve("b.md");
    AtomicFile.createNew(f, "first".getBytes(StandardCharsets.UTF_8));
    assertThatThrownBy(() -> AtomicFile.createNew(f, "second".getBytes(StandardCharsets.UTF_8)))
        .isInstanceOf(FileAlreadyExistsException.class);
    assertThat(f).hasContent("first");
  }
}
