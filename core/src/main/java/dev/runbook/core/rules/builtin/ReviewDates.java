package dev.runbook.core.rules.builtin;

import dev.runbook.core.model.FrontMatterValue;
import dev.runbook.core.model.Position;
import dev.runbook.core.model.Runbook;

/** Where review findings point: the {@code last_reviewed} line. */
final class ReviewDates {
  private ReviewDates() {}

  static Position position(Runbook r) {
    return r.frontMatter().field("last_reviewed").map(FrontMatterValue::position).orElse(Position.START);
  }
}
