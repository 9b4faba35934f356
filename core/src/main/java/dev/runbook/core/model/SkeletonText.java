package dev.runbook.core.model;

import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * The guidance that {@code runbook new} and {@code runbook fix} write into a skeleton's sections:
 * instructions to the author, not content. Kept here, beside the model, so that the writers use
 * it and the placeholder rule (RB502) recognises it: a skeleton never passes as a finished
 * runbook.
 */
public final class SkeletonText {
  private SkeletonText() {}

  /** The guidance for each default section, and those of alert runbooks (by lower-case name), that {@code fix} inserts. */
  public static final Map<String, List<String>> SECTION_GUIDANCE = Map.of(
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

  /** The guidance for a section with any other name. */
  public static final List<String> GENERIC_GUIDANCE =
      List.of("Write what the reader needs to know or do in this part of the procedure.");

  /** The guidance lines of the built-in {@code runbook-template.md}, as they stand in it. */
  static final List<String> TEMPLATE_LINES = List.of(
      "Describe the situation this procedure handles and what it changes. Name the systems involved,",
      "what users notice while it runs, and the alert or request that brings an engineer here.",
      "- Access: the hosts, consoles and permissions needed before the first step.",
      "- Tools: the commands to have ready, and where to run them.",
      "- Approvals: who must agree to the change, and who is told before it starts.",
      "1. Write each action as one numbered step: what to do, the exact command to copy, and the",
      "output to expect.",
      "2. Keep one change per step, so an engineer who is interrupted can resume where they stopped.",
      "3. End with the step that completes the procedure and hands the system back to normal operation.",
      "- The checks that show the procedure worked, with the result that means success.",
      "- What to watch during the next hour, and where to watch it.",
      "1. Undo the most recent completed step first, then work back through the earlier ones.",
      "2. Run the checks from Validation to confirm the system is back to its state before the procedure.");

  private static final Set<String> KNOWN = new HashSet<>();

  static {
    SECTION_GUIDANCE.values().forEach(lines -> lines.forEach(l -> KNOWN.add(normalise(l))));
    GENERIC_GUIDANCE.forEach(l -> KNOWN.add(normalise(l)));
    TEMPLATE_LINES.forEach(l -> KNOWN.add(normalise(l)));
  }

  /** Whether a source line is one of the skeleton's guidance lines (list markers and indentation aside). */
  public static boolean isGuidance(String line) {
    return line.length() >= 12 && KNOWN.contains(normalise(line));
  }

  /** "  2. Keep one … <!-- x -->" → "keep one …": without indentation, list marker, block quote, trailing comment or case. */
  static String normalise(String line) {
    String s = line.strip();
    if (s.endsWith("-->") && s.lastIndexOf("<!--") > 0) {
      s = s.substring(0, s.lastIndexOf("<!--")).strip();
    }
    int i = 0;
    while (i < s.length() && (s.charAt(i) == '>' || s.charAt(i) == ' ')) {
      i++;
    }
    s = s.substring(i);
    if (s.startsWith("- ") || s.startsWith("* ") || s.startsWith("+ ")) {
      s = s.substring(2);
    } else {
      int d = 0;
      while (d < s.length() && Character.isDigit(s.charAt(d))) {
        d++;
      }
      if (d > 0 && d + 1 < s.length() && (s.charAt(d) == '.' || s.charAt(d) == ')') && s.charAt(d + 1) == ' ') {
        s = s.substring(d + 2);
      }
    }
    return s.strip().toLowerCase(Locale.ROOT);
  }
}
