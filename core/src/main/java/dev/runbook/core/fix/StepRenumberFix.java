package dev.runbook.core.fix;

import dev.runbook.core.edit.SourceLines;
import dev.runbook.core.model.Runbook;
import dev.runbook.core.model.Section;
import dev.runbook.core.parse.MarkdownParser;
import dev.runbook.core.parse.TopLevelBlocks;
import dev.runbook.core.rules.RequiredSections;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Renumbers the top-level ordered list items of the Steps section so they count up one by one
 * (1, 2, 2, 5 → 1, 2, 3, 4). Only list markers change, never text inside code blocks or nested
 * lists. A list separated from the previous one by a paragraph or code block continues its
 * numbering unless it starts again at 1; a heading starts a new count. When a number gains or
 * loses a digit, the item's continuation lines move with its text so nested blocks stay inside it.
 */
public final class StepRenumberFix implements Fix {
  private static final Pattern MARKER = Pattern.compile("(\\d{1,9})[.)]");

  private final TopLevelBlocks blocks;

  public StepRenumberFix(MarkdownParser markdown) {
    this.blocks = new TopLevelBlocks(markdown);
  }

  @Override
  public String name() {
    return "step numbers";
  }

  @Override
  public FixStep apply(FixContext context) {
    Optional<String> stepsName = context.config().stepsSection();
    if (!context.structural() || stepsName.isEmpty()) {
      return FixStep.none(context.lines());
    }
    Runbook r = context.runbook();
    Optional<Section> steps = new RequiredSections(context.config()).find(r).stream()
        .filter(f -> f.required().equalsIgnoreCase(stepsName.get()))
        .map(RequiredSections.Found::section).findFirst();
    if (steps.isEmpty()) {
      return FixStep.none(context.lines());
    }
    int from = steps.get().heading().position().line();
    int to = steps.get().endLine();
    List<String> texts = new ArrayList<>(context.lines().lines());
    List<Integer> renumbered = new ArrayList<>();
    List<String> notes = new ArrayList<>();
    Integer last = null;
    for (TopLevelBlocks.Block b : blocks.scan(r.lines(), r.frontMatter().endLine())) {
      if (b.firstLine() <= from || b.firstLine() > to) {
        continue;
      }
      if (b.kind() == TopLevelBlocks.Kind.HEADING) {
        last = null;
      } else if (b.kind() == TopLevelBlocks.Kind.ORDERED_LIST) {
        int next = last != null && b.start() != 1 ? last + 1 : b.start();
        for (TopLevelBlocks.Item item : b.items()) {
          if (renumber(texts, item, next, notes)) {
            renumbered.add(item.line());
          }
          next++;
        }
        last = next - 1;
      }
    }
    if (renumbered.isEmpty()) {
      return new FixStep(context.lines(), List.of(), notes);
    }
    SourceLines fixed = context.lines().withTexts(texts);
    return new FixStep(fixed, List.of("renumbered the steps on " + MojibakeFix.describeLines(renumbered)), notes);
  }

  /** Sets one item's number; false when it already had it or its marker could not be changed safely. */
  private static boolean renumber(List<String> texts, TopLevelBlocks.Item item, int number, List<String> notes) {
    String line = texts.get(item.line() - 1);
    if (item.column() >= line.length()) {
      return false;
    }
    Matcher m = MARKER.matcher(line).region(item.column(), line.length());
    if (!m.lookingAt()) {
      return false;
    }
    String old = m.group(1);
    String wanted = Integer.toString(number);
    if (old.equals(wanted)) {
      return false;
    }
    int delta = wanted.length() - old.length();
    if (delta != 0) {
      for (int n = item.line() + 1; n <= item.lastLine(); n++) {
        if (texts.get(n - 1).startsWith("\t")) {
          notes.add("line " + item.line() + ": step " + old + " should be " + wanted
              + ", but its lines are indented with tabs: renumber it by hand");
          return false;
        }
      }
      for (int n = item.line() + 1; n <= item.lastLine(); n++) {
        texts.set(n - 1, shift(texts.get(n - 1), delta));
      }
    }
    texts.set(item.line() - 1, line.substring(0, m.start(1)) + wanted + line.substring(m.end(1)));
    return true;
  }

  private static String shift(String line, int delta) {
    if (line.isBlank()) {
      return line;
    }
    if (delta > 0) {
      return " ".repeat(delta) + line;
    }
    int remove = 0;
    while (remove < -delta && remove < line.length() && line.charAt(remove) == ' ') {
      remove++;
    }
    return line.substring(remove);
  }
}
