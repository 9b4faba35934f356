package dev.runbook.core.fix;

import dev.runbook.core.edit.SourceLines;
import dev.runbook.core.model.Heading;
import dev.runbook.core.model.RiskLevel;
import dev.runbook.core.model.RiskLine;
import dev.runbook.core.model.Runbook;
import dev.runbook.core.model.Section;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Makes the body's risk line say the front matter's level with its fixed colour, e.g. {@code
 * **Risk Level**: 🟡 High} (RB202, RB203), keeping the line's own prefix, bold markers and any
 * words after the level. Without front matter risk, a line whose emoji or word alone names a level
 * is completed. A runbook with front matter risk and no risk line gets one under its title.
 */
public final class RiskLineFix implements Fix {
  private static final Pattern SETEXT_H1 = Pattern.compile(" {0,3}=+\\s*");

  @Override
  public String name() {
    return "risk line";
  }

  @Override
  public FixStep apply(FixContext context) {
    if (!context.structural()) {
      return FixStep.none(context.lines());
    }
    Runbook r = context.runbook();
    Optional<String> fmRisk = r.frontMatter().string("risk");
    Optional<RiskLevel> fmLevel = fmRisk.flatMap(RiskLevel::fromWord);
    if (fmRisk.isPresent() && fmLevel.isEmpty()) {
      return FixStep.note(context.lines(), "front matter risk '" + fmRisk.get()
          + "' is not a level: set critical, high, medium or low, then run fix again");
    }
    if (r.riskLine().isEmpty()) {
      return fmLevel.map(level -> addLine(context, level)).orElse(FixStep.none(context.lines()));
    }
    RiskLine line = r.riskLine().get();
    Optional<RiskLevel> level = fmLevel.or(() -> levelOf(line));
    if (level.isEmpty()) {
      return FixStep.note(context.lines(), "line " + line.position().line()
          + ": the risk line does not say one clear level: set 'risk' in the front matter, then run fix again");
    }
    return rewrite(context.lines(), line, level.get());
  }

  /** The level a risk line states on its own, when its emoji and word do not contradict. */
  private static Optional<RiskLevel> levelOf(RiskLine line) {
    Optional<RiskLevel> word = RiskLevel.fromWord(line.word());
    Optional<RiskLevel> emoji = RiskLevel.fromEmoji(line.emoji());
    boolean wordOk = line.word().isEmpty() || word.isPresent();
    boolean emojiOk = line.emoji().isEmpty() || emoji.isPresent();
    if (!wordOk || !emojiOk || (word.isPresent() && emoji.isPresent() && word.get() != emoji.get())) {
      return Optional.empty();
    }
    return word.or(() -> emoji);
  }

  private static FixStep rewrite(SourceLines lines, RiskLine riskLine, RiskLevel level) {
    int index = riskLine.position().line() - 1;
    String text = lines.line(index);
    int start = riskLine.position().column() - 1;
    String fixed = text.substring(0, start) + canonicalValue(text.substring(start), level);
    if (fixed.equals(text)) {
      return FixStep.none(lines);
    }
    return new FixStep(lines.withLine(index, fixed),
        List.of("line " + (index + 1) + ": risk line set to " + level.emoji() + " " + level.label()), List.of());
  }

  /** "🔴 **Critical** — downtime" at level HIGH → "🟡 **High** — downtime". */
  static String canonicalValue(String value, RiskLevel level) {
    int wordStart = 0;
    while (wordStart < value.length() && !Character.isLetterOrDigit(value.codePointAt(wordStart))) {
      wordStart += Character.charCount(value.codePointAt(wordStart));
    }
    int wordEnd = wordStart;
    while (wordEnd < value.length() && Character.isLetter(value.codePointAt(wordEnd))) {
      wordEnd += Character.charCount(value.codePointAt(wordEnd));
    }
    String zone = value.substring(0, wordStart).strip();
    int lead = 0;
    while (lead < zone.length() && (zone.charAt(lead) == '*' || zone.charAt(lead) == '_')) {
      lead++;
    }
    int trail = zone.length();
    while (trail > lead && (zone.charAt(trail - 1) == '*' || zone.charAt(trail - 1) == '_')) {
      trail--;
    }
    return zone.substring(0, lead) + level.emoji() + " " + zone.substring(trail) + level.label()
        + value.substring(wordEnd);
  }

  private static FixStep addLine(FixContext context, RiskLevel level) {
    Runbook r = context.runbook();
    Optional<Heading> title = r.titles().stream().findFirst();
    int firstH2 = r.sections().stream().findFirst().map(Section::heading)
        .map(h -> h.position().line()).orElse(Integer.MAX_VALUE);
    if (title.isEmpty() || title.get().position().line() > firstH2) {
      return FixStep.note(context.lines(), "no '# Title' before the first section to put the risk line under");
    }
    SourceLines lines = context.lines();
    int at = title.get().position().line();
    if (at < lines.size() && SETEXT_H1.matcher(lines.line(at)).matches()) {
      at++;
    }
    List<String> added = new ArrayList<>(List.of("", "**Risk Level**: " + level.emoji() + " " + level.label()));
    if (at < lines.size() && !lines.line(at).isBlank()) {
      added.add("");
    }
    return new FixStep(lines.withInserted(at, added),
        List.of("line " + (at + 2) + ": added the risk line '" + added.get(1) + "' under the title"), List.of());
  }
}
