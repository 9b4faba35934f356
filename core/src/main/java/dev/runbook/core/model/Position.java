package dev.runbook.core.model;

/**
 * A 1-based line and column in a source file. Columns count UTF-16 code units, as SARIF does.
 */
public record Position(int line, int column) implements Comparable<Position> {
  public static final Position START = new Position(1, 1);

  public Position {
    if (line < 1 || column < 1) {
      throw new IllegalArgumentException("position is 1-based, got " + line + ":" + column);
    }
  }

  public static Position ofLine(int line) {
    return new Position(line, 1);
  }

  @Override
  public int compareTo(Position o) {
    return line != o.line ? Integer.compare(line, o.line) : Integer.compare(column, o.column);
  }
}
