package dev.runbook.core.fix;

import dev.runbook.core.model.SkeletonText;
import java.util.List;
import java.util.Locale;

/**
 * The short text a skeleton section starts with: what belongs there, written as an instruction
 * to the author and shaped so the section already passes its rules (Steps numbered, Rollback a
 * list). The text lives in {@link SkeletonText}, which RB502 reads: a skeleton section is
 * reported as unfinished until its author replaces the guidance.
 */
public final class SectionGuidance {
  private SectionGuidance() {}

  /** Body lines for a required section (by its configured name); a generic sentence for unknown names. */
  public static List<String> forSection(String name) {
    return SkeletonText.SECTION_GUIDANCE.getOrDefault(name.strip().toLowerCase(Locale.ROOT),
        SkeletonText.GENERIC_GUIDANCE);
  }
}
