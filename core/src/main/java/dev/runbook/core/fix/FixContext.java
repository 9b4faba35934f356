package dev.runbook.core.fix;

import dev.runbook.core.config.Config;
import dev.runbook.core.edit.SourceLines;
import dev.runbook.core.model.Runbook;

/**
 * What a fix sees: the file's lines and the same text parsed, so line numbers agree, and the
 * configuration (required sections and their aliases).
 */
public record FixContext(SourceLines lines, Runbook runbook, Config config) {

  /** True for a runbook that structure and risk rules apply to (not an index page or a stub). */
  public boolean structural() {
    return runbook.isRunbook() && !runbook.isMovedStub();
  }
}
