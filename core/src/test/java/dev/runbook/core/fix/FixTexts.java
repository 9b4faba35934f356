package dev.runbook.core.fix;

import dev.runbook.core.config.Config;
import dev.runbook.core.edit.SourceLines;
import dev.runbook.core.model.DocumentKind;
import dev.runbook.core.parse.RunbookParser;
import java.nio.charset.StandardCharsets;

/** Applies one fix to a text, as a runbook with the default config. */
final class FixTexts {
  private FixTexts() {}

  static FixStep step(Fix fix, String text) {
    return step(fix, text, Config.DEFAULT);
  }

  static FixStep step(Fix fix, String text, Config config) {
    SourceLines lines = SourceLines.of(text, false);
    RunbookParser parser = new RunbookParser();
    var runbook = parser.parse("r.md", null, DocumentKind.RUNBOOK, text.getBytes(StandardCharsets.UTF_8));
    return fix.apply(new FixContext(lines, runbook, config, parser));
  }

  /** The fixed text; asserts nothing, so tests can check idempotence with a second call. */
  static String apply(Fix fix, String text) {
    return step(fix, text).lines().text();
  }
}
