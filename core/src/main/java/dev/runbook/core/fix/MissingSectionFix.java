package dev.runbook.core.fix;

import dev.runbook.core.edit.SourceLines;
import dev.runbook.core.model.Runbook;
import dev.runbook.core.model.Section;
import dev.runbook.core.rules.RequiredSections;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Adds each missing required section (RB101) as a {@code ## Name} heading with a line of
 * guidance: right after the previous required section the runbook has, or, when it has none of
 * the earlier ones, before its first section (at the end when it has no sections).
 */
public final class MissingSectionFix implements Fix {
  @Override
  public String name() {
    return "missing sections";
  }

  @Override
  public FixStep apply(FixContext context) {
    if (!context.structural()) {
      return FixStep.none(context.lines());
    }
    Runbook r = context.runbook();
    RequiredSections required = new RequiredSections(context.config());
    List<RequiredSections.Found> found = required.find(r);
    List<String> names = required.required();
    // Insertion point (0-based line index) → the sections that go there, in order.
    Map<Integer, List<String>> inserts = new TreeMap<>();
    for (int i = 0; i < names.size(); i++) {
      int order = i;
      if (found.stream().anyMatch(f -> f.order() == order)) {
        continue;
      }
      inserts.computeIfAbsent(insertionPoint(r, found, order), k -> new ArrayList<>()).add(names.get(i));
    }
    if (inserts.isEmpty()) {
      return FixStep.none(context.lines());
    }
    SourceLines lines = context.lines();
    List<String> changes = new ArrayList<>();
    List<Integer> points = new ArrayList<>(inserts.keySet());
    for (int p = points.size() - 1; p >= 0; p--) {
      int at = points.get(p);
      lines = lines.withInserted(at, block(context, lines, at, inserts.get(at)));
    }
    int stillMissing = names.size() - (int) required.find(context.parse(lines)).stream()
        .map(RequiredSections.Found::order).distinct().count();
    if (stillMissing > 0) {
      return FixStep.note(context.lines(), "the missing sections cannot be added safely: they would land "
          + "inside a code block or other block (is a ``` fence left open?); fix the Markdown first");
    }
    List<String> added = names.stream()
        .filter(n -> inserts.values().stream().anyMatch(l -> l.contains(n)))
        .map(n -> "'## " + context.heading(n) + "'").toList();
    changes.add("added the missing section" + (added.size() == 1 ? " " : "s ") + String.join(", ", added)
        + " with a line of guidance: replace it with this runbook's own text");
    return new FixStep(lines, changes, List.of());
  }

  /** 0-based line index before which a missing section of the given order goes. */
  private static int insertionPoint(Runbook r, List<RequiredSections.Found> found, int order) {
    Section previous = null;
    int previousOrder = -1;
    for (RequiredSections.Found f : found) {
      if (f.order() < order && f.order() > previousOrder) {
        previous = f.section();
        previousOrder = f.order();
      }
    }
    if (previous != null) {
      return Math.min(previous.endLine(), r.lines().size());
    }
    if (!r.sections().isEmpty()) {
      return r.sections().get(0).heading().position().line() - 1;
    }
    return r.lines().size();
  }

  /**
   * Heading (as the set writes it) and guidance for each section, with blank lines around them as
   * needed.
   */
  private static List<String> block(FixContext context, SourceLines lines, int at, List<String> names) {
    List<String> out = new ArrayList<>();
    if (at > 0 && !lines.line(at - 1).isBlank()) {
      out.add("");
    }
    for (int i = 0; i < names.size(); i++) {
      out.add("## " + context.heading(names.get(i)));
      out.add("");
      out.addAll(SectionGuidance.forSection(names.get(i)));
      if (i < names.size() - 1 || at < lines.size()) {
        out.add("");
      }
    }
    return out;
  }
}
