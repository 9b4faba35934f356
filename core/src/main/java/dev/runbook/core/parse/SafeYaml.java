package dev.runbook.core.parse;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.snakeyaml.engine.v2.api.LoadSettings;
import org.snakeyaml.engine.v2.api.lowlevel.Compose;
import org.snakeyaml.engine.v2.exceptions.Mark;
import org.snakeyaml.engine.v2.exceptions.MarkedYamlEngineException;
import org.snakeyaml.engine.v2.exceptions.YamlEngineException;
import org.snakeyaml.engine.v2.nodes.MappingNode;
import org.snakeyaml.engine.v2.nodes.Node;
import org.snakeyaml.engine.v2.nodes.NodeTuple;
import org.snakeyaml.engine.v2.nodes.ScalarNode;
import org.snakeyaml.engine.v2.nodes.SequenceNode;
import org.snakeyaml.engine.v2.common.ScalarStyle;

/**
 * YAML 1.2 read safely: a node tree with positions, no object construction, no custom tags,
 * a small alias budget, a size limit, a depth limit, and duplicate keys refused. Scalars stay
 * strings (so {@code no} is "no" and {@code 010} is "010"); plain {@code null}, {@code ~} and
 * empty values are null. Thread-safe.
 */
public final class SafeYaml {
  private static final int MAX_CODE_POINTS = 1 << 20;
  private static final int MAX_ALIASES = 50;
  private static final int MAX_NODES = 100_000;
  private static final int MAX_DEPTH = 64;
  private static final Pattern ESCAPED_TAG = Pattern.compile("(?:^|[\\s\\[{,:-])(![^\\s,\\[\\]{}]*%)");

  /**
   * The settings for one text. The reader's buffer holds the whole text: SnakeYAML Engine 2.10
   * reads past its buffer (IndexOutOfBoundsException) when a character outside the BMP, such as
   * an emoji, straddles the buffer's end, so valid YAML with a 🔴 at the wrong place would crash.
   */
  private static LoadSettings settingsFor(String yaml) {
    return LoadSettings.builder()
        .setAllowDuplicateKeys(false)
        .setAllowRecursiveKeys(false)
        .setMaxAliasesForCollections(MAX_ALIASES)
        .setCodePointLimit(MAX_CODE_POINTS)
        .setUseMarks(true)
        .setBufferSize(yaml.length() + 1)
        .build();
  }

  /** The document's root node, or empty for an empty document. */
  public Optional<Node> compose(String yaml) throws YamlProblem {
    return read(yaml, c -> c.composeString(yaml).stream().toList()).stream().findFirst();
  }

  /**
   * Every document of a multi-document stream ({@code ---} between them), with the same limits
   * as {@link #compose}, the size limit counting the whole stream; empty documents are left out.
   */
  public List<Node> composeAll(String yaml) throws YamlProblem {
    return read(yaml, c -> {
      List<Node> nodes = new ArrayList<>();
      c.composeAllFromString(yaml).forEach(node -> {
        if (node != null) {
          nodes.add(node);
        }
      });
      return nodes;
    });
  }

  /** Composes {@code yaml} as {@code how} says, within the limits, every failure a problem at its line. */
  private static List<Node> read(String yaml, Function<Compose, List<Node>> how) throws YamlProblem {
    if (yaml.length() > MAX_CODE_POINTS) {
      throw new YamlProblem("YAML larger than 1 MB", 1, 1);
    }
    List<Node> nodes;
    try {
      nodes = how.apply(new Compose(settingsFor(yaml)));
    } catch (MarkedYamlEngineException e) {
      throw problem(e);
    } catch (YamlEngineException e) {
      throw new YamlProblem(firstLine(e.getMessage()), 1, 1);
    } catch (NumberFormatException e) {
      throw escapeCutOff(yaml);
    } catch (IllegalArgumentException e) {
      throw badTag(yaml, e);
    }
    for (Node node : nodes) {
      checkLimits(node);
    }
    return nodes;
  }

  /**
   * SnakeYAML Engine 2.10 reads the hex digits of an escape (backslash and x, u or U) that ends
   * the text without checking that there are any, and throws a NumberFormatException.
   */
  private static YamlProblem escapeCutOff(String yaml) {
    return new YamlProblem("the text ends inside the escape sequence of a double-quoted value: "
        + "give \\x, \\u or \\U its hex digits and close the quotes", LineBreaks.lineOf(yaml, yaml.length()), 1);
  }

  /**
   * SnakeYAML Engine 2.10 decodes a tag's {@code %}-escapes and throws an
   * IllegalArgumentException, with no position, when the result starts or ends with white space
   * ({@code !t%3}, {@code !$)%0}). Tags are never needed here: name the line of the first tag
   * with an escape.
   */
  private static YamlProblem badTag(String yaml, IllegalArgumentException e) {
    Matcher m = ESCAPED_TAG.matcher(yaml);
    int line = m.find() ? LineBreaks.lineOf(yaml, m.start(1)) : 1;
    return new YamlProblem("a tag the YAML reader cannot read (" + firstLine(e.getMessage())
        + "): runbook files need no '!' tags; remove it or quote the value", line, 1);
  }

  private static YamlProblem problem(MarkedYamlEngineException e) {
    Mark mark = e.getProblemMark().or(e::getContextMark).orElse(null);
    String problem = e.getProblem() == null ? e.getMessage() : e.getProblem();
    return new YamlProblem(
        firstLine(problem),
        mark == null ? 1 : mark.getLine() + 1,
        mark == null ? 1 : mark.getColumn() + 1);
  }

  /** Rejects alias bombs, deep nesting and duplicate keys without expanding the tree. */
  private static void checkLimits(Node root) throws YamlProblem {
    int visited = 0;
    Node[] stack = new Node[64];
    int[] depths = new int[64];
    int size = 0;
    stack[size] = root;
    depths[size++] = 0;
    while (size > 0) {
      Node node = stack[--size];
      int depth = depths[size];
      stack[size] = null;
      if (++visited > MAX_NODES) {
        throw problem("YAML expands to too many values (an alias bomb?)", node);
      }
      if (depth > MAX_DEPTH) {
        throw problem("YAML nested deeper than " + MAX_DEPTH + " levels", node);
      }
      if (node instanceof MappingNode map) {
        List<NodeTuple> tuples = map.getValue();
        checkDuplicateKeys(tuples);
        if (size + 2 * tuples.size() > stack.length) {
          int capacity = Math.max(2 * stack.length, size + 2 * tuples.size());
          stack = java.util.Arrays.copyOf(stack, capacity);
          depths = java.util.Arrays.copyOf(depths, capacity);
        }
        for (NodeTuple t : tuples) {
          stack[size] = t.getKeyNode();
          depths[size++] = depth + 1;
          stack[size] = t.getValueNode();
          depths[size++] = depth + 1;
        }
      } else if (node instanceof SequenceNode seq) {
        List<Node> items = seq.getValue();
        if (size + items.size() > stack.length) {
          int capacity = Math.max(2 * stack.length, size + items.size());
          stack = java.util.Arrays.copyOf(stack, capacity);
          depths = java.util.Arrays.copyOf(depths, capacity);
        }
        for (Node item : items) {
          stack[size] = item;
          depths[size++] = depth + 1;
        }
      }
    }
  }

  /**
   * Refuses a mapping that holds a scalar key twice, naming the first repeat. Most mappings are
   * small: they are compared pairwise, without a set.
   */
  private static void checkDuplicateKeys(List<NodeTuple> tuples) throws YamlProblem {
    int n = tuples.size();
    if (n > 16) {
      Set<String> keys = new HashSet<>();
      for (NodeTuple t : tuples) {
        if (t.getKeyNode() instanceof ScalarNode key && !keys.add(key.getValue())) {
          throw problem("duplicate key '" + key.getValue() + "'", key);
        }
      }
      return;
    }
    String[] seen = new String[n];
    int count = 0;
    for (NodeTuple t : tuples) {
      if (t.getKeyNode() instanceof ScalarNode key) {
        String value = key.getValue();
        for (int j = 0; j < count; j++) {
          if (seen[j].equals(value)) {
            throw problem("duplicate key '" + value + "'", key);
          }
        }
        seen[count++] = value;
      }
    }
  }


  /** Plain Java data: String, null, List or Map with String keys. Call after compose. */
  public static Object toData(Node node) {
    if (node instanceof ScalarNode s) {
      return isNull(s) ? null : s.getValue();
    }
    if (node instanceof SequenceNode seq) {
      List<Object> list = new ArrayList<>();
      for (Node item : seq.getValue()) {
        list.add(toData(item));
      }
      return list;
    }
    Map<String, Object> map = new LinkedHashMap<>();
    for (NodeTuple t : ((MappingNode) node).getValue()) {
      map.put(String.valueOf(toData(t.getKeyNode())), toData(t.getValueNode()));
    }
    return map;
  }

  public static boolean isNull(ScalarNode s) {
    if (s.getScalarStyle() != ScalarStyle.PLAIN) {
      return false;
    }
    String v = s.getValue();
    return v.isEmpty() || v.equals("~") || v.equals("null") || v.equals("Null") || v.equals("NULL");
  }

  /** 1-based line of a node. */
  public static int line(Node node) {
    return node.getStartMark().map(m -> m.getLine() + 1).orElse(1);
  }

  public static int column(Node node) {
    return node.getStartMark().map(m -> m.getColumn() + 1).orElse(1);
  }

  private static YamlProblem problem(String message, Node node) {
    return new YamlProblem(message, line(node), column(node));
  }

  private static String firstLine(String message) {
    if (message == null) {
      return "invalid YAML";
    }
    String m = message.strip();
    int nl = m.indexOf('\n');
    return nl < 0 ? m : m.substring(0, nl);
  }
}
