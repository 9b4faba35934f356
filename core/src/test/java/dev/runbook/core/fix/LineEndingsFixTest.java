package dev.runbook.core.fix;

import static org.assertj.core.api.Assertions.assertThat;

import dev.runbook.core.config.Config;
import dev.runbook.core.edit.EditRefused;
import dev.runbook.core.model.DocumentKind;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

/**
 * {@code runbook fix} on CR-only (old Mac), CRLF and mixed line endings: the same repairs as with
 * LF, and every line keeps its own ending; new lines take the file's usual one.
 */
class LineEndingsFixTest {
  /** Steps numbered 1, 3 and no References section; {@code ⏎} stands for the line ending. */
  private static final String BROKEN = String.join("⏎",
      "---", "risk: low", "owner: SRE Team", "last_reviewed: 2026-11-01", "---",
      "# Restart the cache", "", "**Risk Level**: 🔵 Low", "",
      "## Overview", "Restarts the cache.", "", "## Prerequisites", "Shell access.", "",
      "## Steps", "1. Stop it.", "3. Start it.", "", "## Validation", "It answers.", "",
      "## Rollback", "Start the old one.", "");

  /** What fix makes of it: step 3 renumbered 2, the References skeleton appended. */
  private static final String FIXED = String.join("⏎",
      "---", "risk: low", "owner: SRE Team", "last_reviewed: 2026-11-01", "---",
      "# Restart the cache", "", "**Risk Level**: 🔵 Low", "",
      "## Overview", "Restarts the cache.", "", "## Prerequisites", "Shell access.", "",
      "## Steps", "1. Stop it.", "2. Start it.", "", "## Validation", "It answers.", "",
      "## Rollback", "Start the old one.", "",
      "## References", "", "- Link the related runbooks, dashboards and documentation here.", "");

  private static String fix(String text) throws EditRefused {
    FixResult r = new Fixer(Config.DEFAULT).fix("cache.md", DocumentKind.RUNBOOK, text.getBytes(StandardCharsets.UTF_8));
    return new String(r.after().encode(), StandardCharsets.UTF_8);
  }

  @Test
  void lfIsTheReference() throws EditRefused {
    assertThat(fix(BROKEN.replace("⏎", "\n"))).isEqualTo(FIXED.replace("⏎", "\n"));
  }

  @Test
  void aCrOnlyFileIsFixedAndStaysCrOnly() throws EditRefused {
    assertThat(fix(BROKEN.replace("⏎", "\r"))).isEqualTo(FIXED.replace("⏎", "\r"));
  }

  @Test
  void aCrlfFileIsFixedAndStaysCrlf() throws EditRefused {
    assertThat(fix(BROKEN.replace("⏎", "\r\n"))).isEqualTo(FIXED.replace("⏎", "\r\n"));
  }

  @Test
  void aMixedFileKeepsEachLinesEndingAndAddsTheUsualOne() throws EditRefused {
    // Mostly CR; the front matter in LF, the Steps heading in CRLF.
    String broken = BROKEN.replace("⏎", "\r")
        .replace("---\rrisk: low\rowner: SRE Team\rlast_reviewed: 2026-11-01\r---\r",
            "---\nrisk: low\nowner: SRE Team\nlast_reviewed: 2026-11-01\n---\n")
        .replace("## Steps\r", "## Steps\r\n");
    String expected = "---\nrisk: low\nowner: SRE Team\nlast_reviewed: 2026-11-01\n---\n"
        + "# Restart the cache\r\r**Risk Level**: 🔵 Low\r\r"
        + "## Overview\rRestarts the cache.\r\r## Prerequisites\rShell access.\r\r"
        + "## Steps\r\n1. Stop it.\r2. Start it.\r\r## Validation\rIt answers.\r\r"
        + "## Rollback\rStart the old one.\r\r"
        + "## References\r\r- Link the related runbooks, dashboards and documentation here.\r";
    assertThat(fix(broken)).isEqualTo(expected);
  }
}
