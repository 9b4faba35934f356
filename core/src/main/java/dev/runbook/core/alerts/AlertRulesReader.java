package dev.runbook.core.alerts;

import dev.runbook.core.model.Position;
import dev.runbook.core.model.Suppression;
import dev.runbook.core.parse.SafeYaml;
import dev.runbook.core.parse.YamlProblem;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.snakeyaml.engine.v2.nodes.MappingNode;
import org.snakeyaml.engine.v2.nodes.Node;
import org.snakeyaml.engine.v2.nodes.NodeTuple;
import org.snakeyaml.engine.v2.nodes.ScalarNode;
import org.snakeyaml.engine.v2.nodes.SequenceNode;

/**
 * Reads alerting-rule files: Prometheus rule files ({@code groups[].rules[]}, also Thanos, Loki
 * and Mimir), Kubernetes {@code PrometheusRule} objects ({@code spec.groups}) in multi-document
 * YAML and in {@code kind: List} files ({@code items[]}), YAML or JSON alike, with the same safe
 * YAML limits as front matter. Recording rules are left out. A file that cannot be read comes back
 * with its {@link AlertRulesFile#problem problem} and no alerts. Thread-safe.
 */
public final class AlertRulesReader {
  /** The largest rules file read, as {@link SafeYaml} reads at most 1 MB. */
  private static final long MAX_BYTES = 4L << 20;
  private static final Pattern SUPPRESS = Pattern.compile(
      "#\\s*runbook-(disable-next-line|disable-file)\\b((?:[\\s,]+RB\\d{3})*)");
  private static final Pattern RULE_ID = Pattern.compile("RB\\d{3}");

  private final SafeYaml yaml = new SafeYaml();

  /**
   * Reads one file.
   *
   * @param shownPath the path reports show for it
   */
  public AlertRulesFile read(Path file, String shownPath) {
    byte[] bytes;
    try {
      if (Files.size(file) > MAX_BYTES) {
        return unreadable(file, shownPath, List.of(), "larger than " + (MAX_BYTES >> 20) + " MB: not a rules file?", 1, 1);
      }
      bytes = Files.readAllBytes(file);
    } catch (IOException e) {
      return unreadable(file, shownPath, List.of(), "cannot read the file (" + e.getClass().getSimpleName() + ")", 1, 1);
    }
    for (int i = 0; i < bytes.length; i++) {
      if (bytes[i] == 0) {
        return unreadable(file, shownPath, List.of(), "a binary file, not YAML or JSON", 1, 1);
      }
    }
    String text;
    try {
      text = StandardCharsets.UTF_8.newDecoder()
          .onMalformedInput(CodingErrorAction.REPORT)
          .onUnmappableCharacter(CodingErrorAction.REPORT)
          .decode(ByteBuffer.wrap(bytes)).toString();
    } catch (CharacterCodingException e) {
      return unreadable(file, shownPath, List.of(), "not valid UTF-8: save it as UTF-8", 1, 1);
    }
    if (text.startsWith("\uFEFF")) {
      text = text.substring(1);
    }
    return parse(file, shownPath, text);
  }

  /** Reads rules from text (the file is named only in the result). */
  public AlertRulesFile parse(Path file, String shownPath, String text) {
    List<String> lines = text.lines().toList();
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
    return new AlertRulesFile(file, shownPath, lines, alerts, Optional.empty(), suppressions(lines, alerts));
  }

  private static AlertRulesFile unreadable(Path file, String shownPath, List<String> lines, String message,
      int line, int column) {
    RulesProblem p = new RulesProblem(message, new Position(Math.max(1, line), Math.max(1, column)));
    return new AlertRulesFile(file, shownPath, lines, List.of(), Optional.of(p), suppressions(lines, List.of()));
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

  /**
   * {@code # runbook-disable-next-line RB601} covers the next line and, when an alert's entry
   * starts there, the whole alert; {@code # runbook-disable-file RB602} the whole file. No IDs
   * means every rule.
   */
  private static List<Suppression> suppressions(List<String> lines, List<AlertRule> alerts) {
    List<Suppression> out = new ArrayList<>();
    for (int i = 0; i < lines.size(); i++) {
      String line = lines.get(i);
      if (line.indexOf("runbook-disable") < 0) {
        continue;
      }
      Matcher m = SUPPRESS.matcher(line);
      if (!m.find()) {
        continue;
      }
      Set<String> ids = new TreeSet<>();
      RULE_ID.matcher(m.group(2)).results().forEach(r -> ids.add(r.group()));
      if (m.group(1).equals("disable-file")) {
        out.add(new Suppression(ids, 1, Integer.MAX_VALUE));
        continue;
      }
      int next = i + 2;
      int last = next;
      for (AlertRule a : alerts) {
        if (a.firstLine() == next || a.at().line() == next) {
          last = Math.max(last, a.lastLine());
        }
      }
      out.add(new Suppression(ids, next, last));
    }
    return out;
  }
}
