package dev.runbook.core.fix;

import dev.runbook.core.config.Config;
import dev.runbook.core.edit.SourceLines;
import dev.runbook.core.model.Runbook;
import dev.runbook.core.parse.RunbookParser;

/**
 * What a fix sees: the file's lines and the same text parsed, so line numbers agree, the
 * configuration (required sections and their aliases), and the parser, so a fix can check that
 * its result reads the way it meant.
 */
public record FixContext(SourceLines lines, Runbook runbook, Config config, RunbookParser parser) {

  /** True for a runbook that structure and risk rules apply to (not an index page or a stub). */
  public boolean structural() {
    return runbook.isRunbook() && !runbook.isMovedStub();
  }

  /** Parses other lines as this same file. */
  public Runbook parse(SourceLines other) {
    return parser.parse(runbook.path(), runbook.file(), runbook.kind(), other.encode());
  }
}
