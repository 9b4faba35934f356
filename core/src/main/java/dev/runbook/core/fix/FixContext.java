package dev.runbook.core.fix;

import dev.runbook.core.config.Config;
import dev.runbook.core.edit.SourceLines;
import dev.runbook.core.model.Runbook;
import dev.runbook.core.parse.RunbookParser;
import dev.runbook.core.rules.SectionWording;

/**
 * What a fix sees: the file's lines and the same text parsed, so line numbers agree, the
 * configuration that applies to the runbook (its kind's sections and aliases, else the top-level
 * ones), how the set writes those sections, and the parser, so a fix can check that
 * its result reads the way it meant.
 */
public record FixContext(SourceLines lines, Runbook runbook, Config config, RunbookParser parser,
    SectionWording wording) {

  /** A context that names sections as configured. */
  public FixContext(SourceLines lines, Runbook runbook, Config config, RunbookParser parser) {
    this(lines, runbook, config, parser, SectionWording.CONFIGURED);
  }

  /** The heading a missing required section gets: as the set writes it ({@link SectionWording}). */
  public String heading(String required) {
    return wording.heading(config, required);
  }

  /** True for a runbook that structure and risk rules apply to (not an index page or a stub). */
  public boolean structural() {
    return runbook.isRunbook() && !runbook.isMovedStub();
  }

  /** Parses other lines as this same file. */
  public Runbook parse(SourceLines other) {
    return parser.parse(runbook.path(), runbook.file(), runbook.kind(), other.encode());
  }
}
