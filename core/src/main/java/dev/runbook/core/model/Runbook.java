package dev.runbook.core.model;

import java.nio.file.Path;
import java.util.BitSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * One parsed Markdown file below the root: what it says and where it says it. Immutable; the
 * parser keeps no syntax tree, only the facts that rules and the site need.
 *
 * @param path path relative to the root, with {@code /} separators
 * @param file the file on disk
 * @param kind runbook, index page or reference document
 * @param lines the decoded text, one entry per line, without line terminators
 * @param codeLines 1-based line numbers that lie inside fenced or indented code blocks
 */
public record Runbook(
    String path,
    Path file,
    DocumentKind kind,
    List<String> lines,
    BitSet codeLines,
    FrontMatter frontMatter,
    List<EncodingProblem> encodingProblems,
    List<Heading> headings,
    List<Section> sections,
    Optional<RiskLine> riskLine,
    List<Link> links,
    List<CodeBlock> codeBlocks,
    Set<String> htmlIds,
    List<Suppression> suppressions) {

  public Runbook {
    lines = lines instanceof PackedLines ? lines : List.copyOf(lines);
    codeLines = (BitSet) codeLines.clone();
    headings = List.copyOf(headings);
    sections = List.copyOf(sections);
    links = List.copyOf(links);
    codeBlocks = List.copyOf(codeBlocks);
    htmlIds = Set.copyOf(htmlIds);
    suppressions = List.copyOf(suppressions);
    encodingProblems = List.copyOf(encodingProblems);
  }

  /** True when the 1-based line is inside a fenced/indented code block. */
  public boolean isCodeLine(int line) {
    return codeLines.get(line);
  }

  /** The source line (1-based), or an empty string past the end. */
  public String line(int line) {
    return line >= 1 && line <= lines.size() ? lines.get(line - 1) : "";
  }

  public List<Heading> titles() {
    return headings.stream().filter(h -> h.level() == 1).toList();
  }

  /** Front matter title, else the first H1, else the file name without extension. */
  public String title() {
    return frontMatter
        .fieldString("title")
        .or(() -> titles().stream().findFirst().map(Heading::text))
        .orElseGet(this::fileStem);
  }

  public String fileStem() {
    String name = path.substring(path.lastIndexOf('/') + 1);
    return name.endsWith(".md") ? name.substring(0, name.length() - 3) : name;
  }

  /** The risk from front matter if valid, else from the risk line's word, else its emoji. */
  public Optional<RiskLevel> risk() {
    Optional<RiskLevel> fm = frontMatter.string("risk").flatMap(RiskLevel::fromWord);
    if (fm.isPresent()) {
      return fm;
    }
    return riskLine.flatMap(
        r -> RiskLevel.fromWord(r.word()).or(() -> RiskLevel.fromEmoji(r.emoji())));
  }

  public boolean isRunbook() {
    return kind == DocumentKind.RUNBOOK;
  }

  /** A {@code moved_to} stub: exempt from structure, risk and review rules. */
  public boolean isMovedStub() {
    return frontMatter.get("moved_to").isPresent();
  }

  /** The folder of this file relative to the root ("" for the root itself). */
  public String folder() {
    int slash = path.lastIndexOf('/');
    return slash < 0 ? "" : path.substring(0, slash);
  }

  /** Every anchor a link's fragment may name: heading slugs and explicit HTML ids. */
  public boolean hasAnchor(String anchor) {
    if (htmlIds.contains(anchor)) {
      return true;
    }
    for (Heading h : headings) {
      if (h.anchor().equals(anchor)) {
        return true;
      }
    }
    return false;
  }
}
