package dev.runbook.core.alerts;

import dev.runbook.core.parse.YamlProblem;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.snakeyaml.engine.v2.api.LoadSettings;
import org.snakeyaml.engine.v2.common.ScalarStyle;
import org.snakeyaml.engine.v2.events.AliasEvent;
import org.snakeyaml.engine.v2.events.CollectionStartEvent;
import org.snakeyaml.engine.v2.events.Event;
import org.snakeyaml.engine.v2.events.NodeEvent;
import org.snakeyaml.engine.v2.events.ScalarEvent;
import org.snakeyaml.engine.v2.exceptions.Mark;
import org.snakeyaml.engine.v2.nodes.Tag;
import org.snakeyaml.engine.v2.parser.ParserImpl;
import org.snakeyaml.engine.v2.scanner.StreamReader;

/**
 * A YAML stream as SnakeYAML Engine's parser events, indexed so that it reads like the node tree
 * {@link dev.runbook.core.parse.SafeYaml#composeAll} composes, without composing it: a node is the
 * index of its first event; an alias stands for the node its anchor names; a mapping's entries
 * are its key and value nodes after {@code !!merge} keys are merged, as the composer merges them.
 *
 * <p>{@link #read} accepts exactly the streams {@code SafeYaml.composeAll} accepts (the same size,
 * alias, depth and node limits and duplicate keys refused, counted over the tree with every alias
 * expanded, without expanding it) and returns empty for the others: their message and position
 * are {@code SafeYaml}'s to give. Through the parser, the generated rules of 10,000 alerts (8
 * files, 3.5 MB) read in 225 ms of one core instead of the node tree's 357 (warm; cold, 710
 * instead of 820); {@link BlockYamlScanner} reads them in a tenth of that. One difference, on purpose:
 * a {@code !!merge} of a collection from inside that collection, which the composer merges
 * half-read or loops on forever, is a problem here. Immutable once read.
 */
final class YamlEvents {
  // The limits of dev.runbook.core.parse.SafeYaml: EventReaderMatchesNodeReaderTest holds this class to them.
  private static final int MAX_CODE_POINTS = 1 << 20;
  private static final int MAX_ALIASES = 50;
  private static final int MAX_NODES = 100_000;
  private static final int MAX_DEPTH = 64;

  static final byte SCALAR = 1;
  static final byte MAPPING = 2;
  static final byte SEQUENCE = 3;
  static final byte ALIAS = 4;
  static final byte END = 5;

  private final byte[] kinds;
  /** For a collection, the index of its end event; for an alias, the node it stands for. */
  private final int[] links;
  /** For a mapping, its entries (key, value, key, value...) after merging. */
  private final int[][] entries;
  /** A scalar's text. */
  private final String[] values;
  /** For a scalar, whether it is null ({@code ~}, {@code null}, empty, unquoted). */
  private final boolean[] nulls;
  /** Where each node starts (1-based line and column) and, for a scalar, the last line it takes. */
  private final int[] lines;
  private final int[] columns;
  private final int[] lastLines;
  private final int[] documents;

  /**
   * The events a reader filled in, taken as they are (not copied: the reader is done with them),
   * each array holding at least every event.
   */
  YamlEvents(EventTable events, int[] documents) {
    this.kinds = events.kinds;
    this.links = events.links;
    this.entries = events.entries;
    this.values = events.values;
    this.nulls = events.nulls;
    this.lines = events.lines;
    this.columns = events.columns;
    this.lastLines = events.lastLines;
    this.documents = documents;
  }

  /**
   * The stream's events, or empty when {@code SafeYaml.composeAll} would refuse it: read by
   * {@link BlockYamlScanner} when the text is in its subset, else by SnakeYAML Engine's parser.
   *
   * @throws YamlProblem for a {@code !!merge} of a collection from inside itself
   */
  static Optional<YamlEvents> read(String yaml) throws YamlProblem {
    YamlEvents scanned;
    try {
      scanned = BlockYamlScanner.scan(yaml);
    } catch (RuntimeException e) {
      scanned = null; // a slip of the fast path: the parser reads it
    }
    return scanned != null ? Optional.of(scanned) : parsed(yaml);
  }

  /** {@link #read} by SnakeYAML Engine's parser alone. */
  static Optional<YamlEvents> parsed(String yaml) throws YamlProblem {
    if (yaml.length() > MAX_CODE_POINTS) {
      return Optional.empty();
    }
    try {
      LoadSettings settings = settingsFor(yaml);
      return new Indexer().index(new ParserImpl(settings, new StreamReader(settings, yaml)));
    } catch (RuntimeException e) {
      // Whatever the parser throws, SafeYaml says it (or throws it) too.
      return Optional.empty();
    }
  }

  /** SafeYaml's settings, as far as the parser reads them. */
  private static LoadSettings settingsFor(String yaml) {
    return LoadSettings.builder()
        .setCodePointLimit(MAX_CODE_POINTS)
        .setUseMarks(true)
        .setBufferSize(yaml.length() + 1)
        .build();
  }

  /** The root node of each non-empty document, in order. */
  int[] documents() {
    return documents.clone();
  }

  /** The node itself, or the node an alias stands for. */
  int resolve(int node) {
    return kinds[node] == ALIAS ? links[node] : node;
  }

  boolean isMapping(int node) {
    return kinds[resolve(node)] == MAPPING;
  }

  boolean isSequence(int node) {
    return kinds[resolve(node)] == SEQUENCE;
  }

  /** A mapping's entries (key, value, ...) in the composed order; none for other nodes. */
  int[] entries(int node) {
    int n = resolve(node);
    return kinds[n] == MAPPING ? entries[n] : new int[0];
  }

  /** A sequence's items in order; none for other nodes. */
  int[] items(int node) {
    int n = resolve(node);
    if (kinds[n] != SEQUENCE) {
      return new int[0];
    }
    int[] out = new int[8];
    int count = 0;
    for (int i = n + 1; kinds[i] != END; i = after(i)) {
      if (count == out.length) {
        out = Arrays.copyOf(out, 2 * count);
      }
      out[count++] = i;
    }
    return Arrays.copyOf(out, count);
  }

  /** A scalar's text, or null for a null scalar ({@code ~}, {@code null}, empty) and for collections. */
  String scalar(int node) {
    int n = resolve(node);
    return kinds[n] == SCALAR && !nulls[n] ? values[n] : null;
  }

  /** A scalar's text as written, null or not; null for collections. */
  String text(int node) {
    int n = resolve(node);
    return kinds[n] == SCALAR ? values[n] : null;
  }

  /** The 1-based line a node starts on. */
  int line(int node) {
    return lines[resolve(node)];
  }

  /** The 1-based column a node starts at. */
  int column(int node) {
    return columns[resolve(node)];
  }

  /** The last line a node's scalars take (a block mapping's own end lies on the next entry's line). */
  int lastLine(int node) {
    int n = resolve(node);
    if (kinds[n] == SCALAR) {
      return lastLines[n];
    }
    if (kinds[n] == MAPPING && entries[n].length > 0) {
      int[] e = entries[n];
      return Math.max(lastLine(e[e.length - 2]), lastLine(e[e.length - 1]));
    }
    if (kinds[n] == SEQUENCE && kinds[n + 1] != END) {
      int last = n + 1;
      for (int i = after(last); kinds[i] != END; i = after(i)) {
        last = i;
      }
      return lastLine(last);
    }
    return 1;
  }

  private int after(int node) {
    return kinds[node] == MAPPING || kinds[node] == SEQUENCE ? links[node] + 1 : node + 1;
  }

  /**
   * One pass over the parser's events: each node's index, each alias's node, each mapping's
   * merged entries, and, bottom-up, the size and depth of each node's tree with aliases expanded,
   * and whether a mapping in it holds a key twice: what SafeYaml's limits walk finds by walking it.
   */
  private static final class Indexer {
    /** The events; the arrays below hold what only this reader needs of each, and grow with it. */
    private final EventTable table = new EventTable(1024);
    private boolean[] mergeTags = new boolean[1024];
    /** Nodes in the tree below a node (itself included), aliases expanded, capped past the limit. */
    private int[] sizes = new int[1024];
    /** Levels below a node, aliases expanded. */
    private int[] heights = new int[1024];
    private boolean[] duplicates = new boolean[1024];

    private final Map<String, Integer> anchors = new HashMap<>();
    private int collectionAliases;
    /** The open collections' start indexes and their children so far. */
    private int[] open = new int[16];
    private IntList[] children = new IntList[16];
    private int depth;
    private final List<Integer> roots = new ArrayList<>();

    Optional<YamlEvents> index(ParserImpl parser) throws YamlProblem {
      while (parser.hasNext()) {
        Event e = parser.next();
        switch (e.getEventId()) {
          case DocumentEnd -> {
            anchors.clear();
            collectionAliases = 0;
          }
          case Scalar -> {
            ScalarEvent scalar = (ScalarEvent) e;
            Optional<Mark> start = e.getStartMark();
            int i = fit(table.addScalar(line(start), column(start), scalar.getValue(),
                scalar.getScalarStyle() == ScalarStyle.PLAIN,
                e.getEndMark().map(m -> m.getColumn() == 0 ? m.getLine() : m.getLine() + 1).orElse(1)));
            mergeTags[i] = tag(scalar.getTag());
            sizes[i] = 1;
            anchor((NodeEvent) e, i);
            child(i);
          }
          case Alias -> {
            Integer target = anchors.get(((AliasEvent) e).getAlias().getValue());
            if (target == null) {
              return Optional.empty();
            }
            if (table.kinds[target] != SCALAR && ++collectionAliases > MAX_ALIASES) {
              return Optional.empty();
            }
            if (table.kinds[target] != SCALAR && table.links[target] == 0) {
              if (merging()) {
                Optional<Mark> at = e.getStartMark();
                throw new YamlProblem("a '!!merge' of a mapping from inside itself: merge it from outside",
                    line(at), column(at));
              }
              // An alias inside the collection it names: a loop that SafeYaml's walk never leaves.
              return Optional.empty();
            }
            int i = add(e, ALIAS);
            table.links[i] = target;
            sizes[i] = sizes[target];
            heights[i] = heights[target];
            duplicates[i] = duplicates[target];
            child(i);
          }
          case MappingStart, SequenceStart -> {
            int i = add(e, e.getEventId() == Event.ID.MappingStart ? MAPPING : SEQUENCE);
            mergeTags[i] = tag(((CollectionStartEvent) e).getTag());
            anchor((NodeEvent) e, i);
            push(i);
          }
          case MappingEnd, SequenceEnd -> {
            int start = open[--depth];
            IntList items = children[depth];
            Optional<Mark> at = e.getStartMark();
            fit(table.addEnd(start, line(at), column(at)));
            if (table.kinds[start] == MAPPING) {
              int[] flat = merged(start, items.toArray());
              if (flat == null) {
                return Optional.empty();
              }
              table.entries[start] = flat;
              close(start, flat);
            } else {
              close(start, items.toArray());
            }
            items.clear();
            child(start);
          }
          default -> { }
        }
      }
      for (int root : roots) {
        if (sizes[root] > MAX_NODES || heights[root] > MAX_DEPTH || duplicates[root]) {
          return Optional.empty();
        }
      }
      int[] docs = roots.stream().mapToInt(Integer::intValue).toArray();
      table.trim();
      return Optional.of(new YamlEvents(table, docs));
    }

    /**
     * Whether a node's tag is {@code !!merge}; the composer makes a Tag of every explicit tag but
     * "!", which refuses some (as this does).
     */
    private static boolean tag(Optional<String> tag) {
      if (tag.isPresent() && !tag.get().equals("!")) {
        return new Tag(tag.get()).equals(Tag.MERGE);
      }
      return false;
    }

    /** Whether the node coming now is what a {@code !!merge} key merges (or an item of it). */
    private boolean merging() {
      return pendingMerge(depth - 1)
          || (depth > 1 && table.kinds[open[depth - 1]] == SEQUENCE && pendingMerge(depth - 2));
    }

    /** Whether the open collection at {@code level} is a mapping whose last key is a merge key without its value yet. */
    private boolean pendingMerge(int level) {
      if (level < 0 || table.kinds[open[level]] != MAPPING) {
        return false;
      }
      IntList c = children[level];
      return c.size % 2 == 1 && isMergeKey(c.values[c.size - 1]);
    }

    private boolean isMergeKey(int key) {
      return mergeTags[table.kinds[key] == ALIAS ? table.links[key] : key];
    }

    /**
     * A mapping's entries with its {@code !!merge} keys replaced by the entries they merge, as
     * SnakeYAML Engine's MergeUtils does; null where the composer refuses or never ends.
     */
    private int[] merged(int mapping, int[] pairs) {
      boolean merges = false;
      for (int i = 0; i < pairs.length && !merges; i += 2) {
        merges = isMergeKey(pairs[i]);
      }
      if (!merges) {
        return pairs;
      }
      IntList out = new IntList();
      Set<String> keys = new HashSet<>();
      List<Integer> mergeValues = new ArrayList<>();
      for (int i = 0; i < pairs.length; i += 2) {
        if (isMergeKey(pairs[i])) {
          mergeValues.add(pairs[i + 1]);
        } else {
          out.add(pairs[i]);
          out.add(pairs[i + 1]);
          String k = scalarKey(pairs[i]);
          if (k != null) {
            keys.add(k);
          }
        }
      }
      for (int value : mergeValues) {
        int v = table.kinds[value] == ALIAS ? table.links[value] : value;
        if (table.kinds[v] == SEQUENCE) {
          for (int item : childrenOf(v)) {
            if (!mergeFrom(item, keys, out)) {
              return null;
            }
          }
        } else if (!mergeFrom(value, keys, out)) {
          return null;
        }
      }
      return out.toArray();
    }

    /** Adds the entries of the mapping {@code node} stands for whose keys are not in {@code keys}. */
    private boolean mergeFrom(int node, Set<String> keys, IntList out) {
      int m = table.kinds[node] == ALIAS ? table.links[node] : node;
      if (table.kinds[m] != MAPPING) {
        // SnakeYAML Engine 2.10 then looks the node's anchor up as an Optional: never found.
        return false;
      }
      Set<String> added = new HashSet<>();
      int[] from = table.entries[m];
      for (int i = 0; i < from.length; i += 2) {
        String k = scalarKey(from[i]);
        if (k == null || !keys.contains(k)) {
          out.add(from[i]);
          out.add(from[i + 1]);
          if (k != null) {
            added.add(k);
          }
        }
      }
      keys.addAll(added);
      return true;
    }

    private String scalarKey(int key) {
      int k = table.kinds[key] == ALIAS ? table.links[key] : key;
      return table.kinds[k] == SCALAR ? table.values[k] : null;
    }

    private int[] childrenOf(int sequence) {
      IntList out = new IntList();
      byte[] kinds = table.kinds;
      for (int i = sequence + 1; kinds[i] != END; i = kinds[i] == MAPPING || kinds[i] == SEQUENCE ? table.links[i] + 1 : i + 1) {
        out.add(i);
      }
      return out.toArray();
    }

    /** A collection's size, height and duplicate keys from its children's (entries' for a mapping). */
    private void close(int start, int[] nodes) {
      long size = 1;
      int height = 0;
      boolean dup = false;
      for (int n : nodes) {
        size += sizes[n];
        height = Math.max(height, heights[n] + 1);
        dup |= duplicates[n];
      }
      sizes[start] = (int) Math.min(size, MAX_NODES + 1L);
      heights[start] = Math.min(height, MAX_DEPTH + 1);
      duplicates[start] = dup || (table.kinds[start] == MAPPING && hasDuplicateKey(nodes));
    }

    private boolean hasDuplicateKey(int[] pairs) {
      Set<String> keys = new HashSet<>();
      for (int i = 0; i < pairs.length; i += 2) {
        String k = scalarKey(pairs[i]);
        if (k != null && !keys.add(k)) {
          return true;
        }
      }
      return false;
    }

    private void anchor(NodeEvent e, int node) {
      Optional<org.snakeyaml.engine.v2.common.Anchor> a = e.getAnchor();
      if (a.isPresent()) {
        anchors.put(a.get().getValue(), node);
      }
    }

    private void push(int start) {
      if (depth == open.length) {
        open = Arrays.copyOf(open, 2 * depth);
        children = Arrays.copyOf(children, 2 * depth);
      }
      open[depth] = start;
      if (children[depth] == null) {
        children[depth] = new IntList();
      }
      depth++;
    }

    private void child(int node) {
      if (depth == 0) {
        roots.add(node);
      } else {
        children[depth - 1].add(node);
      }
    }

    private int add(Event e, byte kind) {
      Optional<Mark> start = e.getStartMark();
      return fit(table.add(kind, line(start), column(start)));
    }

    /** Grows this reader's own arrays with the table's, once {@code event} is past their end: the event. */
    private int fit(int event) {
      if (event >= sizes.length) {
        int n = table.capacity();
        mergeTags = Arrays.copyOf(mergeTags, n);
        sizes = Arrays.copyOf(sizes, n);
        heights = Arrays.copyOf(heights, n);
        duplicates = Arrays.copyOf(duplicates, n);
      }
      return event;
    }

    /** A mark's 1-based line, 1 without a mark. */
    private static int line(Optional<Mark> mark) {
      return mark.map(m -> m.getLine() + 1).orElse(1);
    }

    /** A mark's 1-based column, 1 without a mark. */
    private static int column(Optional<Mark> mark) {
      return mark.map(m -> m.getColumn() + 1).orElse(1);
    }
  }

  /** A growable list of ints. */
  private static final class IntList {
    private int[] values = new int[8];
    private int size;

    void add(int v) {
      if (size == values.length) {
        values = Arrays.copyOf(values, 2 * size);
      }
      values[size++] = v;
    }

    int[] toArray() {
      return Arrays.copyOf(values, size);
    }

    void clear() {
      size = 0;
    }
  }
}
