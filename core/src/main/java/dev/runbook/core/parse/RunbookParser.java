package dev.runbook.core.parse;

import dev.runbook.core.model.DocumentKind;
import dev.runbook.core.model.EncodingProblem;
import dev.runbook.core.model.FrontMatter;
import dev.runbook.core.model.Position;
import dev.runbook.core.model.RiskLine;
import dev.runbook.core.model.Runbook;
import dev.runbook.core.model.Section;
import dev.runbook.core.model.SlugDialect;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.commonmark.node.Node;

/**
 * Bytes of one file to a {@link Runbook}: strict decoding, front matter, Markdown facts, risk
 * line. Never throws on content: damage becomes data that rules report. Thread-safe.
 */
public final class RunbookParser {
  private final SourceDecoder decoder = new SourceDecoder();
  private final FrontMatterParser frontMatterParser = new FrontMatterParser(new SafeYaml());
  private final MarkdownParser markdown;
  private final TreeListener trees;
  private final Map<String, List<String>> fieldKeys;

  /** A parser whose heading anchors are GitHub's. */
  public RunbookParser() {
    this(SlugDialect.GITHUB, Map.of());
  }

  /** A parser whose heading anchors are those of {@code slugs} ({@code links.slugs}). */
  public RunbookParser(SlugDialect slugs) {
    this(slugs, Map.of());
  }

  /**
   * A parser whose heading anchors are those of {@code slugs}, and that reads each of our
   * front-matter fields from the first of its keys present ({@code owner: [owner, owner_slack]},
   * the config's {@code front_matter} block).
   */
  public RunbookParser(SlugDialect slugs, Map<String, List<String>> fieldKeys) {
    this.markdown = new MarkdownParser(slugs);
    this.trees = null;
    this.fieldKeys = Map.copyOf(fieldKeys);
  }

  /**
   * A parser that reads every Markdown body fully and hands its tree to {@code trees} once the
   * document is made (the linter alone reads only the inlines it needs).
   */
  public RunbookParser(TreeListener trees) {
    this(trees, SlugDialect.GITHUB, Map.of());
  }

  /** As {@link #RunbookParser(TreeListener)}, with the heading anchors of {@code slugs} and the set's field keys. */
  public RunbookParser(TreeListener trees, SlugDialect slugs, Map<String, List<String>> fieldKeys) {
    this.markdown = new MarkdownParser(slugs);
    this.trees = java.util.Objects.requireNonNull(trees, "trees");
    this.fieldKeys = Map.copyOf(fieldKeys);
  }

  public MarkdownParser markdown() {
    return markdown;
  }

  /** Whether {@code doc}'s text may go once the loader has checked it ({@link TreeListener#releasesText}). */
  public boolean releasesText(Runbook doc) {
    return trees != null && trees.releasesText(doc);
  }

  /** The lines a {@link Runbook} keeps of a file's bytes, as {@link #parse} makes them. */
  List<String> lines(byte[] bytes) {
    return decoder.decodeLines(bytes).kept();
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
    if (!fieldKeys.isEmpty()) {
      fm = fm.mapped(fieldKeys);
    }
    Node tree = trees == null ? null : markdown.document(lines, fm.endLine());
    MarkdownParser.Result md =
        tree == null ? markdown.parse(lines, fm.endLine()) : markdown.resultOf(tree, lines);
    findMojibake(lines, decoded.mojibakeSuspects(), problems);
    int firstH2 =
        md.sections().stream().findFirst().map(s -> s.heading().position().line()).orElse(lines.size() + 1);
    Optional<RiskLine> riskLine =
        RiskLineFinder.find(lines, md.codeLines(), fm.endLine() + 1, firstH2);
    Runbook doc = new Runbook(
        path,
        file,
        kind,
        decoded.kept(),
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
    if (tree != null) {
      trees.parsed(doc, tree);
    }
    return doc;
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
