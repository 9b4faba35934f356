package dev.runbook.core.rules;

import dev.runbook.core.config.Config;
import dev.runbook.core.config.RuleSetting;
import dev.runbook.core.model.Position;
import dev.runbook.core.model.Runbook;
import dev.runbook.core.model.SetIndex;
import dev.runbook.core.report.Diagnostic;
import dev.runbook.core.report.RuleInfo;
import dev.runbook.core.report.Severity;
import dev.runbook.core.rules.external.LinkStatus;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * What one rule sees while checking one document: the document, the read-only set index, the
 * configuration, today's date, external link results, and a sink for findings. A rule that reads
 * only its document gets no index and no external results ({@link Rule#readsSet}).
 */
public final class RuleContext {
  private final Runbook runbook;
  private final SetIndex index;
  private final Config config;
  private final LocalDate today;
  private final Map<String, LinkStatus> external;
  private final RuleInfo info;
  private final List<Diagnostic> sink;
  private final DocumentSections sections;
  private final SectionWording wording;
  private final String shownRoot;

  RuleContext(Runbook runbook, SetIndex index, Config config, LocalDate today,
      Map<String, LinkStatus> external, RuleInfo info, List<Diagnostic> sink, DocumentSections sections,
      SectionWording wording, String shownRoot) {
    this.shownRoot = shownRoot;
    this.sections = sections;
    this.wording = wording;
    this.runbook = runbook;
    this.index = index;
    this.config = config;
    this.today = today;
    this.external = external;
    this.info = info;
    this.sink = sink;
  }

  /**
   * A command on this runbook that works when pasted where the check ran, e.g. {@code runbook
   * review runbooks/db/restore.md} (quoted when the path has spaces).
   */
  public String command(String verb) {
    return dev.runbook.core.report.ShellWords.command(verb,
        dev.runbook.core.report.format.ReportPath.of(shownRoot, runbook.path()));
  }

  public Runbook runbook() {
    return runbook;
  }

  /** The set's index; only for rules that say they read the set ({@link Rule#readsSet}). */
  public SetIndex index() {
    if (index == null) {
      throw new IllegalStateException(info.id() + " reads the set's index: it must say so (Rule.readsSet)");
    }
    return index;
  }

  /** The configuration that applies to this document: its kind's ({@code kinds:}), else the top-level one. */
  public Config config() {
    return config;
  }

  /**
   * The heading text for a required section as this set writes it (an alias such as {@code 缓解}
   * when the runbooks of this kind never use the configured name); the configured name for rules
   * that do not read the set.
   */
  public String sectionHeading(String required) {
    return wording.heading(config, required);
  }

  /**
   * A required section as this runbook's own heading writes it (the alias {@code 影响} when its
   * heading is that alias of Impact); the configured name when the runbook lacks the section.
   */
  public String sectionInThisFile(String required) {
    return foundSections().stream().filter(f -> f.required().equals(required)).findFirst()
        .map(this::writtenAs).orElse(required);
  }

  /** The configured name or alias that this found section's heading is. */
  public String writtenAs(RequiredSections.Found found) {
    return SectionWording.writtenAs(config, found.required(), found.section().title());
  }

  public LocalDate today() {
    return today;
  }

  /**
   * Results of {@code --external}; empty when external links were not checked. Only for rules
   * that say they read the set ({@link Rule#readsSet}).
   */
  public Map<String, LinkStatus> external() {
    if (external == null) {
      throw new IllegalStateException(info.id() + " reads external link results: it must say so (Rule.readsSet)");
    }
    return external;
  }

  /** The configured required section names, in order. */
  public List<String> requiredSections() {
    return sections.required();
  }

  /** The document's H2s that are required sections, in document order (computed once per document). */
  public List<RequiredSections.Found> foundSections() {
    return sections.found();
  }

  /** The first H2 that is the named required section. */
  public Optional<dev.runbook.core.model.Section> section(String name) {
    return RequiredSections.first(foundSections(), name);
  }

  public RuleSetting setting() {
    return config.rule(info.id());
  }

  /** The severity the user configured for this rule, if any. */
  public Optional<Severity> configuredSeverity() {
    return setting().severity().flatMap(Severity::parse);
  }

  /** The configured severity, else the rule's default. */
  public Severity severity() {
    return configuredSeverity().orElse(info.severity());
  }

  public void report(Position at, String message) {
    report(at, message, severity(), false);
  }

  public void reportFixable(Position at, String message) {
    report(at, message, severity(), true);
  }

  /**
   * A finding whose severity the rule chose (RB502 in critical runbooks, RB504 for broken YAML);
   * a configured severity still wins.
   */
  public void report(Position at, String message, Severity chosen, boolean fixable) {
    report(at, message, chosen, fixable, runbook.line(at.line()));
  }

  /** A finding whose source line must not be shown as written (it holds a secret). */
  public void report(Position at, String message, Severity chosen, boolean fixable, String shownLine) {
    Severity s = configuredSeverity().orElse(chosen);
    sink.add(new Diagnostic(runbook.path(), at.line(), at.column(), info.id(), info.name(), s,
        message, shownLine, fixable));
  }
}
