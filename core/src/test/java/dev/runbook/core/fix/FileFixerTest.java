package dev.runbook.core.fix;

import static org.assertj.core.api.Assertions.assertThat;

import dev.runbook.core.config.Config;
import dev.runbook.core.model.DocumentKind;
import dev.runbook.core.testing.Lint;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class FileFixerTest {
  private static final LocalDate TODAY = LocalDate.of(2026, 11, 28);
  /** Everything the fixes repair at once: mojibake, a wrong risk line, missing sections, step numbers. */
  private static final String DAMAGED = """
      ---
      title: Restart the API
      risk: high
      owner: SRE Team
      last_reviewed: 2026-11-20
      ---

      # Restart the API

      **Risk Level**: ðŸ”´ Critical

      ## Overview

      Restarts the API when it stops answering.

      ## Steps

      1. Drain the node.
      2. Restart the service.
      2. Check the logs.
      5. Undrain the node.

      ## Rollback

      1. Start the previous release.
      """;

  @TempDir Path root;

  private final FileFixer fixer = new FileFixer(new Fixer(Config.DEFAULT));

  private FileFix fix(Path file, boolean write) {
    return fixer.fix(file, root.relativize(file).toString(), file.getFileName().toString(), DocumentKind.RUNBOOK, write);
  }

  private Path write(String name, String text) throws IOException {
    Path f = root.resolve(name);
    Files.writeString(f, text, StandardCharsets.UTF_8);
    return f;
  }

  @Test
  void fixesEverythingItCanAndLeavesOnlyTheSkeletonSectionsToWrite() throws Exception {
    write("README.md", "# Runbooks\n\n- [Restart the API](restart.md)\n");
    Path f = write("restart.md", DAMAGED);
    FileFix result = fix(f, true);
    assertThat(result.status()).isEqualTo(FileFix.Status.FIXED);
    assertThat(result.changes()).hasSize(4);
    String text = Files.readString(f);
    assertThat(text).contains("**Risk Level**: 🟡 High")
        .contains("2. Restart the service.\n3. Check the logs.\n4. Undrain the node.")
        .contains("## Prerequisites").contains("## Validation").contains("## References");
    // The inserted sections hold guidance, not content: RB502 reports each until it is written.
    assertThat(Lint.findings(root, TODAY)).containsExactly(
        "restart.md:18 RB502 skeleton text from 'runbook new' or 'runbook fix' is still here: replace it with this runbook's own content",
        "restart.md:29 RB502 skeleton text from 'runbook new' or 'runbook fix' is still here: replace it with this runbook's own content",
        "restart.md:37 RB502 skeleton text from 'runbook new' or 'runbook fix' is still here: replace it with this runbook's own content");
    FileFix again = fix(f, true);
    assertThat(again.status()).isEqualTo(FileFix.Status.UNCHANGED);
    assertThat(Files.readString(f)).isEqualTo(text);
  }

  @Test
  void dryRunPrintsADiffAndChangesNothing() throws IOException {
    Path f = write("restart.md", DAMAGED);
    byte[] before = Files.readAllBytes(f);
    FileFix result = fix(f, false);
    assertThat(result.status()).isEqualTo(FileFix.Status.FIXED);
    assertThat(result.diff()).startsWith("--- a/restart.md\n+++ b/restart.md\n@@ ")
        .contains("\n-**Risk Level**: ðŸ”´ Critical\n+**Risk Level**: 🟡 High\n");
    assertThat(Files.readAllBytes(f)).isEqualTo(before);
  }

  @Test
  void crlfStaysCrlfAndTheFileModeIsKept() throws IOException {
    Path f = write("restart.md", DAMAGED.replace("\n", "\r\n"));
    Files.setPosixFilePermissions(f, PosixFilePermissions.fromString("rw-r-----"));
    assertThat(fix(f, true).status()).isEqualTo(FileFix.Status.FIXED);
    String text = Files.readString(f);
    assertThat(text.replace("\r\n", "")).doesNotContain("\n");
    assertThat(text).contains("## Validation\r\n");
    assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(f))).isEqualTo("rw-r-----");
  }

  @Test
  void removesAByteOrderMark() throws IOException {
    Path f = root.resolve("a.md");
    byte[] text = DAMAGED.getBytes(StandardCharsets.UTF_8);
    byte[] withBom = new byte[text.length + 3];
    withBom[0] = (byte) 0xEF;
    withBom[1] = (byte) 0xBB;
    withBom[2] = (byte) 0xBF;
    System.arraycopy(text, 0, withBom, 3, text.length);
    Files.write(f, withBom);
    FileFix result = fix(f, true);
    assertThat(result.changes()).first().isEqualTo("removed the byte-order mark");
    assertThat(Files.readAllBytes(f)[0]).isEqualTo((byte) '-');
  }

  @Test
  void leavesUnreadableFilesUntouched() throws IOException {
    Path binary = root.resolve("binary.md");
    Files.write(binary, new byte[] {'#', ' ', 0, 1, 2});
    Path latin1 = root.resolve("latin1.md");
    Files.write(latin1, "# Caf\u00e9\n".getBytes(StandardCharsets.ISO_8859_1));
    Path yaml = write("yaml.md", "---\nrisk: [high\n---\n# ðŸš€ Launch\n");
    for (Path f : new Path[] {binary, latin1, yaml}) {
      byte[] before = Files.readAllBytes(f);
      FileFix result = fix(f, true);
      assertThat(result.status()).as(f.toString()).isEqualTo(FileFix.Status.REFUSED);
      assertThat(result.problem()).isPresent();
      assertThat(Files.readAllBytes(f)).isEqualTo(before);
    }
    assertThat(fix(binary, true).problem()).hasValueSatisfying(p -> assertThat(p).contains("NUL bytes"));
    assertThat(fix(latin1, true).problem()).hasValueSatisfying(p -> assertThat(p).contains("not valid UTF-8"));
    assertThat(fix(yaml, true).problem()).hasValueSatisfying(p -> assertThat(p).contains("front matter"));
    assertThat(fix(root.resolve("missing.md"), true).problem()).hasValue("does not exist");
  }

  @Test
  void indexPagesGetOnlyEncodingFixes() throws IOException {
    Path f = write("README.md", "# Runbooks\n\n**Risk Level**: ðŸ”´\n\n1. a\n1. b\n");
    FileFix result = fixer.fix(f, "README.md", "README.md", DocumentKind.INDEX, true);
    assertThat(result.changes()).hasSize(1);
    assertThat(Files.readString(f)).isEqualTo("# Runbooks\n\n**Risk Level**: 🔴\n\n1. a\n1. b\n");
  }

  @Test
  void aReadOnlyFileIsRefusedAndLeftExactlyAsItWas() throws IOException {
    Path f = write("restart.md", DAMAGED);
    Files.setPosixFilePermissions(f, PosixFilePermissions.fromString("r--r--r--"));
    byte[] before = Files.readAllBytes(f);
    FileFix result = fix(f, true);
    assertThat(result.status()).isEqualTo(FileFix.Status.REFUSED);
    assertThat(result.problem()).hasValueSatisfying(p -> assertThat(p).startsWith("file is read-only: make it writable to fix it"));
    assertThat(Files.readAllBytes(f)).isEqualTo(before);
    assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(f))).isEqualTo("r--r--r--");
    // A dry run still shows what would change.
    assertThat(fix(f, false).status()).isEqualTo(FileFix.Status.FIXED);
  }

  @Test
  void aFixThatThrowsFailsThatFileOnlyAndLeavesItUntouched() throws IOException {
    Fix broken = new Fix() {
      @Override
      public String name() {
        return "broken";
      }

      @Override
      public FixStep apply(FixContext c) {
        return new FixStep(c.lines().withLine(c.lines().size(), "past the end"), java.util.List.of("x"), java.util.List.of());
      }
    };
    Path f = write("restart.md", DAMAGED);
    byte[] before = Files.readAllBytes(f);
    FileFix result = new FileFixer(new Fixer(Config.DEFAULT, java.util.List.of(broken)))
        .fix(f, "restart.md", "runbooks/restart.md", DocumentKind.RUNBOOK, true);
    assertThat(result.status()).isEqualTo(FileFix.Status.FAILED);
    assertThat(result.problem()).hasValueSatisfying(p -> assertThat(p)
        .startsWith("runbook could not fix it (internal error: java.lang.IndexOutOfBoundsException")
        .endsWith("left untouched: please report this, with the file if you can"));
    assertThat(Files.readAllBytes(f)).isEqualTo(before);
  }
}
