package dev.runbook.core.write;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.runbook.core.edit.EditRefused;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class ReviewStampTest {
  private static final LocalDate DATE = LocalDate.of(2026, 11, 28);
  private static final String RUNBOOK = """
      ---
      title: Log Rotation   # shown on the site
      risk: low
      owner: SRE Team
      last_reviewed: 2026-10-07 # quarterly
      reviewed_by: Jonas Becker
      tags: [logs, "retention: 90d"]
      ---

      # Log Rotation

      last_reviewed: 2026-10-07 in the body is not front matter.
      """;

  private static byte[] utf8(String s) {
    return s.getBytes(StandardCharsets.UTF_8);
  }

  private static String stamp(String text, String by) throws EditRefused {
    return new ReviewStamp(DATE, Optional.ofNullable(by)).apply(utf8(text)).after().text();
  }

  @Test
  void changesExactlyTheDateBytes() throws EditRefused {
    byte[] before = utf8(RUNBOOK);
    byte[] after = new ReviewStamp(DATE, Optional.empty()).apply(before).after().encode();
    assertThat(after).hasSameSizeAs(before);
    int start = RUNBOOK.indexOf("2026-10-07");
    for (int i = 0; i < before.length; i++) {
      if (i < start || i >= start + 10) {
        assertThat(after[i]).as("byte %d", i).isEqualTo(before[i]);
      }
    }
    assertThat(Arrays.copyOfRange(after, start, start + 10)).isEqualTo(utf8("2026-11-28"));
  }

  @Test
  void replacesTheReviewerInPlace() throws EditRefused {
    assertThat(stamp(RUNBOOK, "Ana Díaz"))
        .isEqualTo(RUNBOOK.replace("last_reviewed: 2026-10-07 #", "last_reviewed: 2026-11-28 #")
            .replace("Jonas Becker", "Ana Díaz"));
  }

  @Test
  void keepsQuotesAndQuotesWhatNeedsIt() throws EditRefused {
    String quoted = "---\nlast_reviewed: \"2026-10-07\"\nreviewed_by: 'Jo'\n---\n# T\n";
    assertThat(stamp(quoted, "O'Brien"))
        .isEqualTo("---\nlast_reviewed: \"2026-11-28\"\nreviewed_by: 'O''Brien'\n---\n# T\n");
    assertThat(stamp("---\nreviewed_by: Jo\n---\n", "Ops: night shift"))
        .isEqualTo("---\nreviewed_by: \"Ops: night shift\"\nlast_reviewed: 2026-11-28\n---\n");
  }

  @Test
  void addsMissingKeysBeforeTheClosingLine() throws EditRefused {
    String text = "---\r\ntitle: T\r\nrisk: low\r\n---\r\n# T\r\n";
    assertThat(stamp(text, "Ana"))
        .isEqualTo("---\r\ntitle: T\r\nrisk: low\r\nlast_reviewed: 2026-11-28\r\nreviewed_by: Ana\r\n---\r\n# T\r\n");
    assertThat(stamp("---\n---\n# T", null)).isEqualTo("---\nlast_reviewed: 2026-11-28\n---\n# T");
  }

  @Test
  void fillsAnEmptyValue() throws EditRefused {
    assertThat(stamp("---\nlast_reviewed:   # when\nrisk: low\n---\n", null))
        .isEqualTo("---\nlast_reviewed: 2026-11-28 # when\nrisk: low\n---\n");
    assertThat(stamp("---\nlast_reviewed: ~\n---\n", null)).isEqualTo("---\nlast_reviewed: 2026-11-28\n---\n");
  }

  @Test
  void addsFrontMatterWhenThereIsNone() throws EditRefused {
    assertThat(stamp("# Restart\n\nText.\n", "Ana"))
        .isEqualTo("---\nlast_reviewed: 2026-11-28\nreviewed_by: Ana\n---\n# Restart\n\nText.\n");
    assertThat(stamp("", null)).isEqualTo("---\nlast_reviewed: 2026-11-28\n---\n");
  }

  @Test
  void aSecondStampChangesNothing() throws EditRefused {
    String once = stamp(RUNBOOK, "Ana");
    Stamped twice = new ReviewStamp(DATE, Optional.of("Ana")).apply(utf8(once));
    assertThat(twice.changed()).isFalse();
    assertThat(twice.changes()).isEmpty();
  }

  @Test
  void refusesWhatItCannotChangeExactly() {
    assertThatThrownBy(() -> stamp("---\nrisk: [high\n---\n# T\n", null))
        .isInstanceOf(EditRefused.class).hasMessageContaining("front matter");
    assertThatThrownBy(() -> stamp("---\nlast_reviewed: [2026-01-01]\n---\n", null))
        .isInstanceOf(EditRefused.class).hasMessageContaining("list or mapping");
    assertThatThrownBy(() -> stamp("---\nlast_reviewed: |\n  2026-01-01\n---\n", null))
        .isInstanceOf(EditRefused.class).hasMessageContaining("multi-line");
    assertThatThrownBy(() -> stamp("---\n{title: T, risk: low}\n---\n", null))
        .isInstanceOf(EditRefused.class).hasMessageContaining("one key per line");
    assertThatThrownBy(() -> new ReviewStamp(DATE, Optional.empty()).apply(new byte[] {'-', (byte) 0xFF}))
        .isInstanceOf(EditRefused.class).hasMessageContaining("UTF-8");
  }

  @Test
  void aReadOnlyFileIsRefusedAndLeftExactlyAsItWas(@org.junit.jupiter.api.io.TempDir java.nio.file.Path dir)
      throws Exception {
    java.nio.file.Path f = dir.resolve("rotation.md");
    java.nio.file.Files.writeString(f, RUNBOOK);
    java.nio.file.Files.setPosixFilePermissions(f, java.nio.file.attribute.PosixFilePermissions.fromString("r--r-----"));
    assertThatThrownBy(() -> new ReviewStamp(DATE, Optional.empty()).applyTo(f))
        .isInstanceOf(EditRefused.class)
        .hasMessageStartingWith("file is read-only: make it writable to record the review");
    assertThat(java.nio.file.Files.readString(f)).isEqualTo(RUNBOOK);
    assertThat(java.nio.file.attribute.PosixFilePermissions.toString(java.nio.file.Files.getPosixFilePermissions(f)))
        .isEqualTo("r--r-----");
  }
}
