package dev.runbook.core.alerts;

import dev.runbook.core.model.Position;
import dev.runbook.core.parse.SafeYaml;
import dev.runbook.core.parse.YamlProblem;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.snakeyaml.engine.v2.nodes.MappingNode;
import org.snakeyaml.engine.v2.nodes.Node;
import org.snakeyaml.engine.v2.nodes.NodeTuple;
import org.snakeyaml.engine.v2.nodes.ScalarNode;
import org.snakeyaml.engine.v2.nodes.SequenceNode;

/**
 * The test oracle: rules read from the node tree {@link SafeYaml} composes, as AlertRulesReader
 * read them before it read parser events. {@link AlertRulesReader#parse} must give the same.
 */
final class NodeRulesReader {
  private final SafeYaml yaml = new SafeYaml();

  /** Reads rules from text (the file is named only in the result). */
  public AlertRulesFile parse(Path file, String shownPath, String text) {
    SourceLines lines = SourceLines.of(text);
    List<Node> documents;
    try {
      documents = yaml.composeAll(text);
    } catch (YamlProblem e) {
      for (int n = 1; n <= Math.min(e.line(), lines.size()); n++) {
        String line = lines.get(n - 1);
        if (line.stripLeading().startsWith("{{")) {
          return unreadable(file, shownPath, lines, "a template, not YAML: render it first (helm template, "
              + "say) and check the rendered rules", n, line.indexOf("{{") + 1);
        }
      }
      return unreadable(file, shownPath, lines, "not valid YAML or JSON: " + e.getMessage(), e.line(), e.column());
    }
    List<AlertRule> alerts = new ArrayList<>();
    for (Node doc : documents) {
      object(doc, alerts);
    }
    return new AlertRulesFile(file, shownPath, lines, alerts, Optional.empty(), AlertRulesReader.suppressions(lines, alerts));
  }

  private static AlertRulesFile unreadable(Path file, String shownPath, SourceLines lines, String message,
      int line, int column) {
    RulesProblem p = new RulesProblem(message, new Position(Math.max(1, line), Math.max(1, column)));
    return new AlertRulesFile(file, shownPath, lines, List.of(), Optional.of(p), AlertRulesReader.suppressions(lines, List.of()));
  }

  /** A rule file, a PrometheusRule, or a List of them; anything else holds no alerts. */
  private static void object(Node node, List<AlertRule> into) {
    Map<String, NodeTuple> m = mapping(node);
    if (m.get("groups") != null) {
      groups(m.get("groups").getValueNode(), into);
    } else if (m.get("spec") != null) {
      NodeTuple groups = mapping(m.get("spec").getValueNode()).get("groups");
      if (groups != null) {
        groups(groups.getValueNode(), into);
      }
    } else if (m.get("items") != null && m.get("items").getValueNode() instanceof SequenceNode items) {
      for (Node item : items.getValue()) {
        object(item, into);
      }
    }
  }

  private static void groups(Node node, List<AlertRule> into) {
    if (!(node instanceof SequenceNode seq)) {
      return;
    }
    for (Node g : seq.getValue()) {
      Map<String, NodeTuple> group = mapping(g);
      String name = scalar(group.get("name")).orElse("");
      if (group.get("rules") != null && group.get("rules").getValueNode() instanceof SequenceNode rules) {
        for (Node r : rules.getValue()) {
          alert(r, name).ifPresent(into::add);
        }
      }
    }
  }

  private static Optional<AlertRule> alert(Node node, String group) {
    Map<String, NodeTuple> rule = mapping(node);
    NodeTuple alert = rule.get("alert");
    Optional<String> name = scalar(alert);
    if (name.isEmpty() || name.get().isBlank()) {
      return Optional.empty();
    }
    int lastLine = Math.max(SafeYaml.line(alert.getKeyNode()), lastLine(node));
    return Optional.of(new AlertRule(name.get().strip(), at(alert.getKeyNode()), SafeYaml.line(node), lastLine, group,
        scalar(rule.get("expr")).orElse(""), scalar(rule.get("for")),
        located(rule.get("labels")), located(rule.get("annotations"))));
  }

  /** The last line a node's scalars take (a block mapping's own end lies on the next entry's line). */
  private static int lastLine(Node node) {
    // Nodes come in document order: a collection ends where its last entry ends.
    if (node instanceof ScalarNode s) {
      return s.getEndMark().map(mk -> mk.getColumn() == 0 ? mk.getLine() : mk.getLine() + 1).orElse(1);
    }
    if (node instanceof MappingNode m && !m.getValue().isEmpty()) {
      NodeTuple t = m.getValue().get(m.getValue().size() - 1);
      return Math.max(lastLine(t.getKeyNode()), lastLine(t.getValueNode()));
    }
    if (node instanceof SequenceNode seq && !seq.getValue().isEmpty()) {
      return lastLine(seq.getValue().get(seq.getValue().size() - 1));
    }
    return 1;
  }


  private static Map<String, Located> located(NodeTuple entry) {
    Map<String, Located> out = new LinkedHashMap<>();
    if (entry == null) {
      return out;
    }
    for (Map.Entry<String, NodeTuple> e : mapping(entry.getValueNode()).entrySet()) {
      scalar(e.getValue()).ifPresent(v -> out.put(e.getKey(), new Located(v, at(e.getValue().getKeyNode()))));
    }
    return out;
  }

  private static Position at(Node key) {
    return new Position(SafeYaml.line(key), SafeYaml.column(key));
  }

  private static Map<String, NodeTuple> mapping(Node node) {
    Map<String, NodeTuple> out = new LinkedHashMap<>();
    if (node instanceof MappingNode m) {
      for (NodeTuple t : m.getValue()) {
        if (t.getKeyNode() instanceof ScalarNode k) {
          out.put(k.getValue(), t);
        }
      }
    }
    return out;
  }

  private static Optional<String> scalar(NodeTuple t) {
    if (t != null && t.getValueNode() instanceof ScalarNode s && !SafeYaml.isNull(s)) {
      return Optional.of(s.getValue());
    }
    return Optional.empty();
  }
}
