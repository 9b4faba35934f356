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
    DecodedLines decoded = decoder.decodeLines(bytes);
    List<EncodingProblem> problems = new ArrayList<>(decoded.problems());
    List<String> lines = decoded.lines();
    if (decoded.binary()) {
      return new Runbook(path, file, kind, List.of(), new BitSet(), FrontMatter.NONE, problems,
          List.of(), List.of(), Optional.empty(), List.of(), List.of(), java.util.Set.of(), List.of());
    }
    FrontMatter fm = frontMatterParser.parse(lines);
    MarkdownParser.Result md = markdown.parse(lines, fm.endLine());
    findMojibake(lines, decoded.mojibakeSuspects(), problems);
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

  private static void findMojibake(List<String> lines, BitSet suspects, List<EncodingProblem> problems) {
    for (int i = suspects.nextSetBit(0); i >= 0; i = suspects.nextSetBit(i + 1)) {
      String line = lines.get(i);
      for (Mojibake.Match m : Mojibake.find(line)) {
        problems.add(
            new EncodingProblem(
                EncodingProblem.Kind.MOJIBAKE,
                "'" + m.damaged() + "' looks like mis-decoded UTF-8 for '" + m.repaired() + "'",
                new Position(i + 1, m.start() + 1)));
      }
    }
  }
}
