package dev.runbook.core.fix;

import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The short text a skeleton section starts with: what belongs there, written as an instruction
 * to the author and shaped so the section already passes its rules (Steps numbered, Rollback a
 * list). Never placeholder markers such as TODO or angle brackets, which RB502 reports.
 */
public final class SectionGuidance {
  private static final Map<String, List<String>> KNOWN = Map.of(
      "overview", List.of("Say what this procedure does, when to use it, and what users notice while it runs."),
      "prerequisites", List.of("- Access, tools and approvals the engineer needs before the first step."),
      "steps", List.of("1. Write the first action with the exact command to run and the output to expect."),
      "validation", List.of("Say how to confirm the procedure worked: the checks to run and the results that mean success."),
      "rollback", List.of("1. Write how to undo each step, starting with the last one completed."),
      "references", List.of("- Link the related runbooks, dashboards and documentation here."),
      "meaning", List.of("Say what the alert means: what it measures and the condition that fires it."),
      "impact", List.of("Say who or what is affected while the alert fires, and how badly."),
      "diagnosis", List.of("Say how to find the cause: the dashboards, queries and commands to check first."),
      "mitigation", List.of("1. Write the first action that stops the impact, with the exact command to run."));

  private SectionGuidance() {}

  /** Body lines for a required section (by its configured name); a generic sentence for unknown names. */
  public static List<String> forSection(String name) {
    return KNOWN.getOrDefault(name.strip().toLowerCase(Locale.ROOT),
        List.of("Write what the reader needs to know or do in this part of the procedure."));
  }
}
