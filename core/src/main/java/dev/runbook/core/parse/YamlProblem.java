package dev.runbook.core.parse;

/** YAML that cannot be read: a message and a 1-based line and column within the YAML text. */
public final class YamlProblem extends Exception {
  private static final long serialVersionUID = 1L;
  private final int line;
  private final int column;

  public YamlProblem(String message, int line, int column) {
    super(message);
    this.line = line;
    this.column = column;
  }

  public int line() {
    return line;
  }

  public int column() {
    return column;
  }
}
