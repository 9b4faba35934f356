package dev.runbook.core.model;

/** A byte-level or character-level problem found while decoding a file. */
public record EncodingProblem(Kind kind, String detail, Position position) {
  /** The three kinds of damage RB501 reports. */
  public enum Kind {
    INVALID_UTF8,
    BYTE_ORDER_MARK,
    MOJIBAKE,
    BINARY
  }
}
