package dev.runbook.core.parse;

import dev.runbook.core.model.FrontMatter;
import dev.runbook.core.model.FrontMatterValue;
import dev.runbook.core.model.Position;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.snakeyaml.engine.v2.nodes.MappingNode;
import org.snakeyaml.engine.v2.nodes.Node;
import org.snakeyaml.engine.v2.nodes.NodeTuple;
import org.snakeyaml.engine.v2.nodes.ScalarNode;

/**
 * Reads the YAML block between {@code ---} lines at the very top of a file. A broken block is a
 * {@link FrontMatter.Problem} at the right file line, never an exception.
 */
public final class FrontMatterParser {
  private final SafeYaml yaml;

  public FrontMatterParser(SafeYaml yaml) {
    this.yaml = yaml;
  }

  public FrontMatter parse(List<String> lines) {
    if (lines.isEmpty() || !lines.get(0).strip().equals("---")) {
      return FrontMatter.NONE;
    }
    int close = -1;
    for (int i = 1; i < lines.size(); i++) {
      String l = lines.get(i).strip();
      if (l.equals("---") || l.equals("...")) {
        close = i;
        break;
      }
    }
    if (close < 0) {
      return broken(
          "front matter opened on line 1 is never closed: add a '---' line after it",
          Position.START,
          0);
    }
    int endLine = close + 1;
    Optional<Map<String, FrontMatterValue>> simple = SimpleFrontMatter.read(lines.subList(1, close));
    if (simple.isPresent()) {
      return new FrontMatter(true, simple.get(), endLine, Optional.empty());
    }
    return readYaml(String.join("\n", lines.subList(1, close)), endLine);
  }

  /** The YAML parser's reading, for any front matter (tests compare it with the simple reading). */
  FrontMatter readYaml(String text, int endLine) {
    try {
      Optional<Node> root = yaml.compose(text);
      if (root.isEmpty()) {
        return new FrontMatter(true, Map.of(), endLine, Optional.empty());
      }
      if (!(root.get() instanceof MappingNode map)) {
        return broken("front matter must be a YAML mapping of keys to values", new Position(2, 1), endLine);
      }
      Map<String, FrontMatterValue> values = new LinkedHashMap<>();
      for (NodeTuple t : map.getValue()) {
        String key = key(t.getKeyNode());
        Position pos = new Position(SafeYaml.line(t.getKeyNode()) + 1, SafeYaml.column(t.getKeyNode()));
        values.put(key, new FrontMatterValue(key, SafeYaml.toData(t.getValueNode()), pos));
      }
      return new FrontMatter(true, values, endLine, Optional.empty());
    } catch (YamlProblem e) {
      return broken(
          "broken YAML in front matter: " + e.getMessage(),
          new Position(e.line() + 1, e.column()),
          endLine);
    }
  }

  /** A key as written: {@code NULL: x} names a key "NULL" (as the quick reader has it), not null. */
  private static String key(Node node) {
    return node instanceof ScalarNode s ? s.getValue() : String.valueOf(SafeYaml.toData(node));
  }

  private static FrontMatter broken(String message, Position pos, int endLine) {
    return new FrontMatter(true, Map.of(), endLine, Optional.of(new FrontMatter.Problem(message, pos)));
  }
}
