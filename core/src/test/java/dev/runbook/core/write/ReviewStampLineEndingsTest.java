package dev.runbook.core.write;

import static org.assertj.core.api.Assertions.assertThat;

import dev.runbook.core.edit.EditRefused;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** {@code runbook review} on CR-only, CRLF and mixed files: the existing front matter is stamped in place. */
class ReviewStampLineEndingsTest {
  private static final LocalDate DATE = LocalDate.of(2026, 11, 28);
  /** {@code ⏎} stands for the line ending. */
  private static final String RUNBOOK =
      "---⏎risk: low⏎owner: SRE Team⏎last_reviewed: 2026-10-07⏎---⏎⏎# Log Rotation⏎";

  private static String stamp(String text) throws EditRefused {
    byte[] after = new ReviewStamp(DATE, Optional.of("Priya Natarajan"))
        .apply(text.getBytes(StandardCharsets.UTF_8)).after().encode();
    return new String(after, StandardCharsets.UTF_8);
  }

  @Test
  void aCrOnlyFileIsStampedInItsOwnFrontMatterAndStaysCrOnly() throws EditRefused {
    assertThat(stamp(RUNBOOK.replace("⏎", "\r"))).isEqualTo(
        "---\rrisk: low\rowner: SRE Team\rlast_reviewed: 2026-11-28\rreviewed_by: Priya Natarajan\r---\r\r# Log Rotation\r");
  }

  @Test
  void aCrlfFileStaysCrlf() throws EditRefused {
    assertThat(stamp(RUNBOOK.replace("⏎", "\r\n"))).isEqualTo(
        "---\r\nrisk: low\r\nowner: SRE Team\r\nlast_reviewed: 2026-11-28\r\nreviewed_by: Priya Natarajan\r\n---\r\n\r\n"
            + "# Log Rotation\r\n");
  }

  @Test
  void aMixedFileKeepsEveryLinesEndingAndAddsTheUsualOne() throws EditRefused {
    String mixed = "---\rrisk: low\r\nowner: SRE Team\rlast_reviewed: 2026-10-07\n---\r\r# Log Rotation";
    assertThat(stamp(mixed)).isEqualTo(
        "---\rrisk: low\r\nowner: SRE Team\rlast_reviewed: 2026-11-28\nreviewed_by: Priya Natarajan\r---\r\r# Log Rotation");
  }

  @Test
  void aCrOnlyFileWithoutFrontMatterGetsItInCrLines() throws EditRefused {
    assertThat(stamp("# Log Rotation\r\rText.\r")).isEqualTo(
        "---\rlast_reviewed: 2026-11-28\rreviewed_by: Priya Natarajan\r---\r# Log Rotation\r\rText.\r");
  }
}
