package dev.runbook.core.parse;

import dev.runbook.core.model.DocumentKind;
import dev.runbook.core.model.EncodingProblem;
import dev.runbook.core.model.FrontMatter;
import dev.runbook.core.model.Position;
import dev.runbook.core.model.RiskLine;
import dev.runbook.core.model.Runbook;
import dev.runbook.core.model.Section;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.List;
import java.util.Optional;

/**
 * Bytes of one file to a {@link Runbook}: strict decoding, front matter, Markdown facts, risk
 * line. Never throws on content: damage becomes data that rules report. Thread-safe.
 */
public final class RunbookParser {
  private final SourceDecoder decoder = new SourceDecoder();
  private final FrontMatterParser frontMatterParser = new FrontMatterParser(new SafeYaml());
  private final MarkdownParser markdown = new MarkdownParser();

  public MarkdownParser markdown() {
    return markdown;
  }

  public Runbook parse(String path, Path file, DocumentKind kind, byte[] bytes) {
    DecodedText decoded = decoder.decode(bytes);
    List<EncodingProblem> problems = new ArrayList<>(decoded.problems());
    List<String> lines = splitLines(decoded.text());
    if (decoded.binary()) {
      return new Runbook(path, file, kind, List.of(), new BitSet(), FrontMatter.NONE, problems,
          List.of(), List.of(), Optional.empty(), List.of(), List.of(), java.util.Set.of(), List.of());
    }
    FrontMatter fm = frontMatterParser.parse(lines);
    String body = fm.endLine() == 0 ? decoded.text() : blankFrontMatter(lines, fm.endLine());
    MarkdownParser.Result md = markdown.parse(body, lines);
    findMojibake(lines, problems);
    int firstH2 =
        md.sections().stream().findFirst().map(s -> s.heading().position().line()).orElse(lines.size() + 1);
    Optional<RiskLine> riskLine =
        RiskLineFinder.find(lines, md.codeLines(), fm.endLine() + 1, firstH2);
    return new Runbook(
        path,
        file,
        kind,
        lines,
        md.codeLines(),
        fm,
        problems,
        md.headings(),
        md.sections(),
        riskLine,
        md.links(),
        md.codeBlocks(),
        md.htmlIds(),
        md.suppressions());
  }

  /** The text with the front matter's lines emptied, so Markdown line numbers stay the file's. */
  static String blankFrontMatter(List<String> lines, int endLine) {
    StringBuilder out = new StringBuilder();
    for (int i = 0; i < lines.size(); i++) {
      if (i >= endLine) {
        out.append(lines.get(i));
      }
      out.append('\n');
    }
    return out.toString();
  }

  static List<String> splitLines(String text) {
    List<String> lines = new ArrayList<>();
    int start = 0;
    int n = text.length();
    for (int i = 0; i < n; i++) {
      if (text.charAt(i) == '\n') {
        int end = i > start && text.charAt(i - 1) == '\r' ? i - 1 : i;
        lines.add(text.substring(start, end));
        start = i + 1;
      }
    }
    if (start < n) {
      lines.add(text.substring(start));
    }
    return lines;
  }

  private static void findMojibake(List<String> lines, List<EncodingProblem> problems) {
    for (int i = 0; i < lines.size(); i++) {
      String line = lines.get(i);
      if (!hasSuspect(line)) {
        continue;
      }
      for (Mojibake.Match m : Mojibake.find(line)) {
        problems.add(
            new EncodingProblem(
                EncodingProblem.Kind.MOJIBAKE,
                "'" + m.damaged() + "' looks like mis-decoded UTF-8 for '" + m.repaired() + "'",
                new Position(i + 1, m.start() + 1)));
      }
    }
  }

  /** Fast pre-check: mojibake always starts with a character in U+00C2..U+00F4. */
  private static boolean hasSuspect(String line) {
    for (int i = 0; i < line.length(); i++) {
      char c = line.charAt(i);
      if (c >= 0xC2 && c <= 0xF4) {
        return true;
      }
    }
    return false;
  }

}
