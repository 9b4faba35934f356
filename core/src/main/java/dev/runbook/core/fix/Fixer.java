package dev.runbook.core.fix;

import dev.runbook.core.config.Config;
import dev.runbook.core.rules.SectionWording;
import dev.runbook.core.edit.EditRefused;
import dev.runbook.core.edit.SourceLines;
import dev.runbook.core.model.DocumentKind;
import dev.runbook.core.model.FrontMatter;
import dev.runbook.core.model.Runbook;
import dev.runbook.core.parse.RunbookParser;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Applies the safe fixes to one file's bytes, in a fixed order: byte-order mark, mojibake, risk
 * line, missing sections, step numbers. The text is parsed again after each fix that changed it,
 * so every fix sees accurate line numbers. Files that are binary, not UTF-8 or have broken front
 * matter are refused whole. Thread-safe.
 */
public final class Fixer {
  private final Config config;
  private final RunbookParser parser;
  private final List<Fix> fixes;
  private final SectionWording wording;

  public Fixer(Config config) {
    this(config, SectionWording.CONFIGURED);
  }

  /** A fixer that adds missing sections as the set writes them ({@link SectionWording#of}). */
  public Fixer(Config config, SectionWording wording) {
    this.config = config;
    this.wording = wording;
    this.parser = config.parser();
    this.fixes = List.of(new ByteOrderMarkFix(), new MojibakeFix(), new RiskLineFix(),
        new MissingSectionFix(), new StepRenumberFix(parser.markdown()));
  }

  /** Other fixes, in the order given (for tests). */
  Fixer(Config config, List<Fix> fixes) {
    this.config = config;
    this.wording = SectionWording.CONFIGURED;
    this.parser = config.parser();
    this.fixes = List.copyOf(fixes);
  }

  /**
   * A fixer that repairs only what one rule reports (an editor's quick fix for one finding), or
   * empty when {@code runbook fix} has no fix for that rule: RB101 adds the missing sections; RB201,
   * RB202 and RB203 write the risk line; RB106 renumbers the steps; RB501 removes a byte-order mark
   * and repairs mojibake.
   */
  public static Optional<Fixer> forRule(Config config, String ruleId) {
    List<Fix> fixes = switch (ruleId) {
      case "RB101" -> List.of(new MissingSectionFix());
      case "RB201", "RB202", "RB203" -> List.of(new RiskLineFix());
      case "RB106" -> List.of(new StepRenumberFix(new RunbookParser().markdown()));
      case "RB501" -> List.of(new ByteOrderMarkFix(), new MojibakeFix());
      default -> List.of();
    };
    return fixes.isEmpty() ? Optional.empty() : Optional.of(new Fixer(config, fixes));
  }

  public List<Fix> fixes() {
    return fixes;
  }

  /**
   * Fixes a file's content.
   *
   * @param path the file's path relative to the root (for the parsed model only)
   * @param kind runbook, index page or document: structure and risk fixes apply to runbooks only
   * @throws EditRefused when the file cannot be changed safely; nothing was changed
   */
  public FixResult fix(String path, DocumentKind kind, byte[] bytes) throws EditRefused {
    SourceLines before = SourceLines.decode(bytes);
    SourceLines current = before;
    Runbook runbook = parse(path, kind, current);
    refuseBrokenFrontMatter(runbook.frontMatter());
    Config applies = config.forRunbook(runbook);
    List<String> changes = new ArrayList<>();
    List<String> notes = new ArrayList<>();
    for (Fix fix : fixes) {
      FixStep step = fix.apply(new FixContext(current, runbook, applies, parser, wording));
      notes.addAll(step.notes());
      if (!step.changed()) {
        continue;
      }
      Runbook fixed = parse(path, kind, step.lines());
      if (fixed.frontMatter().error().isPresent()) {
        throw new EditRefused("the " + fix.name() + " fix would break the front matter, so the file "
            + "was left untouched: please report this, and fix the file by hand");
      }
      // Idempotence is checked, not assumed: a fix whose result it would change again is dropped.
      if (fix.apply(new FixContext(step.lines(), fixed, applies, parser, wording)).changed()) {
        notes.add("the " + fix.name() + " fix was skipped: its result would not be stable in this file; "
            + "please fix it by hand and report the file");
        continue;
      }
      changes.addAll(step.changes());
      current = step.lines();
      runbook = fixed;
    }
    return new FixResult(before, current, changes, notes);
  }

  private Runbook parse(String path, DocumentKind kind, SourceLines lines) {
    return parser.parse(path, null, kind, lines.encode());
  }

  static void refuseBrokenFrontMatter(FrontMatter fm) throws EditRefused {
    if (fm.error().isPresent()) {
      FrontMatter.Problem p = fm.error().get();
      throw new EditRefused("line " + p.position().line() + ": " + p.message()
          + "; left untouched: fix the front matter first");
    }
  }
}
