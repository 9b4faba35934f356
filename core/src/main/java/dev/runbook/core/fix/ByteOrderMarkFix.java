package dev.runbook.core.fix;

import java.util.List;

/** Removes a UTF-8 byte-order mark (RB501): Markdown tools and front matter expect none. */
public final class ByteOrderMarkFix implements Fix {
  @Override
  public String name() {
    return "byte-order mark";
  }

  @Override
  public FixStep apply(FixContext context) {
    if (!context.lines().hasByteOrderMark()) {
      return FixStep.none(context.lines());
    }
    return new FixStep(context.lines().withoutByteOrderMark(), List.of("removed the byte-order mark"), List.of());
  }
}
