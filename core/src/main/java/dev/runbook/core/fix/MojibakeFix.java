package dev.runbook.core.fix;

import dev.runbook.core.edit.SourceLines;
import dev.runbook.core.parse.Mojibake;
import java.util.ArrayList;
import java.util.List;

/**
 * Repairs text that went through a UTF-8 → Windows-1252 → UTF-8 round trip ("ðŸš€" back to "🚀"),
 * in every line, code included: the damage is the same there. A run whose bytes were lost in the
 * round trip is left alone with a note, since its repair would be a guess.
 */
public final class MojibakeFix implements Fix {
  private static final int LINES_LISTED = 8;

  @Override
  public String name() {
    return "mojibake";
  }

  @Override
  public FixStep apply(FixContext context) {
    SourceLines lines = context.lines();
    List<String> texts = new ArrayList<>(lines.lines());
    List<Integer> repairedLines = new ArrayList<>();
    List<String> notes = new ArrayList<>();
    int repaired = 0;
    for (int i = 0; i < texts.size(); i++) {
      String line = texts.get(i);
      List<Mojibake.Match> matches = Mojibake.find(line);
      if (matches.isEmpty()) {
        continue;
      }
      StringBuilder out = new StringBuilder(line.length());
      int last = 0;
      int here = 0;
      for (Mojibake.Match m : matches) {
        out.append(line, last, m.start());
        if (m.repairable()) {
          out.append(m.repaired());
          here++;
        } else {
          out.append(m.damaged());
          notes.add("line " + (i + 1) + ": '" + m.damaged() + "' is damaged beyond repair "
              + "(bytes were lost): retype the character by hand");
        }
        last = m.end();
      }
      out.append(line, last, line.length());
      if (here > 0) {
        texts.set(i, out.toString());
        repairedLines.add(i + 1);
        repaired += here;
      }
    }
    if (repaired == 0) {
      return new FixStep(lines, List.of(), notes);
    }
    String change = "repaired " + repaired + " mis-decoded character" + (repaired == 1 ? "" : "s")
        + " (mojibake) on " + describeLines(repairedLines);
    return new FixStep(lines.withTexts(texts), List.of(change), notes);
  }

  static String describeLines(List<Integer> lines) {
    StringBuilder out = new StringBuilder(lines.size() == 1 ? "line " : "lines ");
    for (int i = 0; i < lines.size() && i < LINES_LISTED; i++) {
      out.append(i == 0 ? "" : ", ").append(lines.get(i));
    }
    if (lines.size() > LINES_LISTED) {
      out.append(" and ").append(lines.size() - LINES_LISTED).append(" more");
    }
    return out.toString();
  }
}
