package dev.runbook.core.write;

import dev.runbook.core.edit.AtomicFile;
import dev.runbook.core.edit.EditRefused;
import dev.runbook.core.edit.ReadOnlyFileException;
import dev.runbook.core.edit.SourceLines;
import dev.runbook.core.edit.YamlScalars;
import dev.runbook.core.model.FrontMatter;
import dev.runbook.core.model.FrontMatterValue;
import dev.runbook.core.parse.FrontMatterParser;
import dev.runbook.core.parse.SafeYaml;
import dev.runbook.core.parse.YamlProblem;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.snakeyaml.engine.v2.common.FlowStyle;
import org.snakeyaml.engine.v2.common.ScalarStyle;
import org.snakeyaml.engine.v2.exceptions.Mark;
import org.snakeyaml.engine.v2.nodes.MappingNode;
import org.snakeyaml.engine.v2.nodes.Node;
import org.snakeyaml.engine.v2.nodes.NodeTuple;
import org.snakeyaml.engine.v2.nodes.ScalarNode;

/**
 * Records a review in a runbook's front matter: {@code last_reviewed} and, when a reviewer is
 * named, {@code reviewed_by}, changing no other byte of the file. An existing value is replaced
 * where it stands, keeping its quotes; a missing key is added as a line before the closing
 * {@code ---}; a file without front matter gets a block at the top. The result is read back and
 * compared with the original, key by key, before it is accepted. Immutable and thread-safe.
 */
public final class ReviewStamp {
  static final String DATE_KEY = "last_reviewed";
  static final String BY_KEY = "reviewed_by";

  private final LocalDate date;
  private final Optional<String> reviewer;
  private final List<String> dateKeys;
  private final FrontMatterParser frontMatter = new FrontMatterParser(new SafeYaml());
  private final SafeYaml yaml = new SafeYaml();

  /** @param reviewer who reviewed; one line of text */
  public ReviewStamp(LocalDate date, Optional<String> reviewer) {
    this(date, reviewer, List.of(DATE_KEY));
  }

  /**
   * A stamp in the set's own key for the review date: the first of {@code dateKeys} the file
   * already has ({@code last_reviewed_on} where the config maps {@code last_reviewed:
   * [last_reviewed, last_reviewed_on]}), else the first of them.
   */
  public ReviewStamp(LocalDate date, Optional<String> reviewer, List<String> dateKeys) {
    this.dateKeys = dateKeys.isEmpty() ? List.of(DATE_KEY) : List.copyOf(dateKeys);
    this.date = Objects.requireNonNull(date);
    this.reviewer = reviewer.map(String::strip);
    if (this.reviewer.filter(r -> r.isEmpty() || r.contains("\n") || r.contains("\r")).isPresent()) {
      throw new IllegalArgumentException("a reviewer is one non-empty line of text");
    }
  }

  /**
   * Stamps a file's content.
   *
   * @throws EditRefused when the file is not UTF-8 text, its front matter is broken, or a value
   *     is written in a form that cannot be replaced exactly (a list, a multi-line scalar)
   */
  public Stamped apply(byte[] bytes) throws EditRefused {
    SourceLines before = SourceLines.decode(bytes);
    FrontMatter fm = frontMatter.parse(before.lines());
    if (fm.error().isPresent()) {
      FrontMatter.Problem p = fm.error().get();
      throw new EditRefused("line " + p.position().line() + ": " + p.message()
          + "; left untouched: fix the front matter first");
    }
    Map<String, String> wanted = new LinkedHashMap<>();
    wanted.put(dateKeys.stream().filter(fm.values()::containsKey).findFirst().orElse(dateKeys.get(0)),
        date.toString());
    reviewer.ifPresent(r -> wanted.put(BY_KEY, r));
    List<String> changes = new ArrayList<>();
    SourceLines after = fm.present()
        ? stampExisting(before, fm, wanted, changes)
        : addFrontMatter(before, wanted, changes);
    verify(fm, after, wanted);
    return new Stamped(before, after, changes);
  }

  /**
   * Stamps a file on disk and writes it back atomically, keeping its permissions; an unchanged
   * file is not written, a read-only one is refused.
   *
   * @throws EditRefused when the file cannot be read, stamped or written; it is left as it was
   */
  public Stamped applyTo(Path file) throws EditRefused {
    if (Files.isDirectory(file)) {
      throw new EditRefused("is a folder: name the runbook files that were reviewed");
    }
    if (!Files.isRegularFile(file)) {
      throw new EditRefused("does not exist: name a runbook file that was reviewed");
    }
    Stamped stamped;
    try {
      stamped = apply(Files.readAllBytes(file));
    } catch (IOException e) {
      throw new EditRefused("cannot read it: " + e.getMessage());
    }
    if (stamped.changed()) {
      try {
        AtomicFile.replace(file, stamped.after().encode());
      } catch (ReadOnlyFileException e) {
        throw new EditRefused("file is read-only: make it writable to record the review (left as it was)");
      } catch (IOException e) {
        throw new EditRefused("cannot write it (" + e.getMessage() + "); left as it was");
      }
    }
    return stamped;
  }

  private static SourceLines addFrontMatter(SourceLines lines, Map<String, String> wanted, List<String> changes) {
    List<String> block = new ArrayList<>();
    block.add("---");
    wanted.forEach((k, v) -> block.add(k + ": " + YamlScalars.of(v)));
    block.add("---");
    changes.add("added front matter with " + describe(wanted));
    return lines.withInserted(0, block);
  }

  private SourceLines stampExisting(SourceLines lines, FrontMatter fm, Map<String, String> wanted,
      List<String> changes) throws EditRefused {
    int closing = fm.endLine() - 1;
    Optional<Node> root;
    try {
      root = yaml.compose(String.join("\n", lines.lines().subList(1, closing)));
    } catch (YamlProblem e) {
      throw new EditRefused("line " + (e.line() + 1) + ": broken YAML in front matter: " + e.getMessage()
          + "; left untouched: fix the front matter first");
    }
    MappingNode map = root.filter(MappingNode.class::isInstance).map(MappingNode.class::cast).orElse(null);
    if (map != null && map.getFlowStyle() == FlowStyle.FLOW) {
      throw new EditRefused("the front matter is written as one {…} mapping: put one key per line, then run again");
    }
    SourceLines out = lines;
    Map<String, String> missing = new LinkedHashMap<>();
    for (Map.Entry<String, String> e : wanted.entrySet()) {
      Optional<NodeTuple> tuple = map == null ? Optional.empty() : find(map, e.getKey());
      if (tuple.isEmpty()) {
        missing.put(e.getKey(), e.getValue());
        continue;
      }
      String old = fm.string(e.getKey()).orElse("");
      if (old.equals(e.getValue())) {
        continue;
      }
      out = replaceValue(out, tuple.get(), e.getValue());
      changes.add(old.isEmpty() ? "set " + e.getKey() + ": " + e.getValue()
          : e.getKey() + ": " + old + " → " + e.getValue());
    }
    if (!missing.isEmpty()) {
      String indent = map == null || map.getValue().isEmpty() ? ""
          : " ".repeat(map.getValue().get(0).getKeyNode().getStartMark().map(Mark::getColumn).orElse(0));
      List<String> added = new ArrayList<>();
      missing.forEach((k, v) -> added.add(indent + k + ": " + YamlScalars.of(v)));
      out = out.withInserted(closing, added);
      changes.add("added " + describe(missing) + " to the front matter");
    }
    return out;
  }

  private static Optional<NodeTuple> find(MappingNode map, String key) {
    return map.getValue().stream()
        .filter(t -> t.getKeyNode() instanceof ScalarNode k && k.getValue().equals(key))
        .findFirst();
  }

  /** Replaces the value's characters on its line, in the value's own quoting style. */
  private static SourceLines replaceValue(SourceLines lines, NodeTuple tuple, String value) throws EditRefused {
    String key = ((ScalarNode) tuple.getKeyNode()).getValue();
    if (!(tuple.getValueNode() instanceof ScalarNode scalar)) {
      throw new EditRefused("'" + key + "' holds a list or mapping: make it a single value, then run again");
    }
    ScalarStyle style = scalar.getScalarStyle();
    if (style == ScalarStyle.LITERAL || style == ScalarStyle.FOLDED) {
      throw new EditRefused("'" + key + "' is a multi-line block value: make it a single value, then run again");
    }
    if (style == ScalarStyle.PLAIN && scalar.getValue().isEmpty()) {
      return fillEmpty(lines, tuple, value);
    }
    Mark start = scalar.getStartMark().orElseThrow();
    Mark end = scalar.getEndMark().orElseThrow();
    if (start.getLine() != end.getLine()) {
      throw new EditRefused("'" + key + "' spans several lines: put it on one line, then run again");
    }
    int index = start.getLine() + 1;
    String line = lines.line(index);
    int from = charIndex(line, start.getColumn());
    int to = charIndex(line, end.getColumn());
    String written = switch (style) {
      case DOUBLE_QUOTED -> YamlScalars.doubleQuoted(value);
      case SINGLE_QUOTED -> Optional.ofNullable(YamlScalars.singleQuoted(value)).orElse(YamlScalars.doubleQuoted(value));
      default -> YamlScalars.of(value);
    };
    return lines.withLine(index, line.substring(0, from) + written + line.substring(to));
  }

  /** {@code key:} with nothing after it (or only a comment): the value goes after the colon. */
  private static SourceLines fillEmpty(SourceLines lines, NodeTuple tuple, String value) throws EditRefused {
    Mark keyEnd = tuple.getKeyNode().getEndMark().orElseThrow();
    int index = keyEnd.getLine() + 1;
    String line = lines.line(index);
    int colon = line.indexOf(':', charIndex(line, keyEnd.getColumn()));
    if (colon < 0) {
      throw new EditRefused("cannot find the ':' after '" + ((ScalarNode) tuple.getKeyNode()).getValue()
          + "' on line " + (index + 1) + ": set the value by hand");
    }
    String rest = line.substring(colon + 1).strip();
    String written = YamlScalars.of(value);
    return lines.withLine(index, line.substring(0, colon + 1) + " " + written + (rest.isEmpty() ? "" : " " + rest));
  }

  private static int charIndex(String line, int codePoints) {
    int cps = Math.min(codePoints, line.codePointCount(0, line.length()));
    return line.offsetByCodePoints(0, cps);
  }

  /** The new front matter must read back with the wanted values and every other key unchanged. */
  private void verify(FrontMatter old, SourceLines after, Map<String, String> wanted) throws EditRefused {
    FrontMatter now = frontMatter.parse(after.lines());
    boolean ok = now.error().isEmpty();
    for (Map.Entry<String, String> e : wanted.entrySet()) {
      ok &= now.string(e.getKey()).filter(e.getValue()::equals).isPresent();
    }
    for (FrontMatterValue v : old.values().values()) {
      Optional<FrontMatterValue> kept = now.get(v.key());
      if (!wanted.containsKey(v.key())) {
        ok &= kept.isPresent() && Objects.equals(kept.get().value(), v.value());
      }
    }
    if (now.values().size() != old.values().size() + countMissing(old, wanted)) {
      ok = false;
    }
    if (!ok) {
      throw new EditRefused("could not record the review without changing other front matter: "
          + "set " + describe(wanted) + " by hand");
    }
  }

  private static int countMissing(FrontMatter old, Map<String, String> wanted) {
    return (int) wanted.keySet().stream().filter(k -> old.get(k).isEmpty()).count();
  }

  private static String describe(Map<String, String> values) {
    List<String> parts = new ArrayList<>();
    values.forEach((k, v) -> parts.add(k + ": " + v));
    return String.join(", ", parts);
  }
}
