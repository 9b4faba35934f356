package dev.runbook.core.alerts;

import java.util.Arrays;

/**
 * The events of a YAML stream as {@link YamlEvents} holds them, while one is read: parallel
 * arrays, one slot an event, that grow (doubling) as events are added. Both readers fill one:
 * {@link BlockYamlScanner} and, through SnakeYAML Engine's parser, {@code YamlEvents.Indexer}.
 * The arrays are fields for the readers to fill and read directly; {@link #add} may replace them,
 * so read a field again after each add (in {@code links[i] = add(...)} Java takes the array
 * before it adds: add first, then store). One use only: not thread-safe.
 */
final class EventTable {
  /** Each event's kind: {@link YamlEvents#SCALAR}, {@link YamlEvents#MAPPING}, ... */
  byte[] kinds;
  /** For a collection, the index of its end event; for an alias, the node it stands for. */
  int[] links;
  /** For a mapping, its entries (key, value, key, value...) after merging. */
  int[][] entries;
  /** A scalar's text. */
  String[] values;
  /** For a scalar, whether it is null ({@code ~}, {@code null}, empty, unquoted). */
  boolean[] nulls;
  /** Where each node starts (1-based line and column) and, for a scalar, the last line it takes. */
  int[] lines;
  int[] columns;
  int[] lastLines;
  /** How many events there are. */
  int count;

  EventTable(int capacity) {
    kinds = new byte[capacity];
    links = new int[capacity];
    entries = new int[capacity][];
    values = new String[capacity];
    nulls = new boolean[capacity];
    lines = new int[capacity];
    columns = new int[capacity];
    lastLines = new int[capacity];
  }

  /** How many events the arrays hold before they grow again. */
  int capacity() {
    return kinds.length;
  }

  /** Adds an event starting at a 1-based line and column: its index. The arrays may be new after. */
  int add(byte kind, int line, int column) {
    if (count == kinds.length) {
      grow();
    }
    kinds[count] = kind;
    lines[count] = line;
    columns[count] = column;
    return count++;
  }

  /**
   * Adds a scalar event: its text, whether it is plain (unquoted, not a block scalar: then it is a
   * null when empty, {@code ~}, {@code null}, {@code Null} or {@code NULL}) and the last line it takes.
   */
  int addScalar(int line, int column, String text, boolean plain, int lastLine) {
    int i = add(YamlEvents.SCALAR, line, column);
    values[i] = text;
    nulls[i] = plain && (text.isEmpty() || text.equals("~") || text.equals("null") || text.equals("Null")
        || text.equals("NULL"));
    lastLines[i] = lastLine;
    return i;
  }

  /** Adds the end event of the collection at {@code start}, and links the collection to it: its index. */
  int addEnd(int start, int line, int column) {
    int end = add(YamlEvents.END, line, column); // first: add may grow the arrays
    links[start] = end;
    return end;
  }

  /** Shrinks the arrays to the events there are. */
  void trim() {
    resize(count);
  }

  private void grow() {
    resize(2 * count);
  }

  private void resize(int size) {
    kinds = Arrays.copyOf(kinds, size);
    links = Arrays.copyOf(links, size);
    entries = Arrays.copyOf(entries, size);
    values = Arrays.copyOf(values, size);
    nulls = Arrays.copyOf(nulls, size);
    lines = Arrays.copyOf(lines, size);
    columns = Arrays.copyOf(columns, size);
    lastLines = Arrays.copyOf(lastLines, size);
  }
}
