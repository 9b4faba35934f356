package dev.runbook.core.fix;

import dev.runbook.core.config.Config;
import dev.runbook.core.edit.SourceLines;
import dev.runbook.core.model.DocumentKind;
import dev.runbook.core.model.Runbook;
import dev.runbook.core.parse.RunbookParser;
import dev.runbook.core.report.Diagnostic;
import dev.runbook.core.rules.Linter;
import dev.runbook.core.rules.builtin.SecretRule;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Masks credentials in a dry run's diff as {@code check} masks them in its messages: every line
 * on which RB503 finds a credential, before or after the fix, is shown with each credential cut
 * to its first characters. Always on, whatever the configuration says about RB503: a diff is
 * pasted into reviews and chats like any report.
 */
final class DiffSecrets {
  private DiffSecrets() {}

  static String mask(String diff, String path, DocumentKind kind, SourceLines before, SourceLines after) {
    Map<String, List<String>> shown = new HashMap<>();
    RunbookParser parser = new RunbookParser();
    // RB503 reads no date: any fixed clock will do.
    Linter linter = new Linter(List.of(new SecretRule()), Config.DEFAULT, Clock.fixed(Instant.EPOCH, ZoneOffset.UTC), 1);
    collect(parser, linter, path, kind, before, shown);
    collect(parser, linter, path, kind, after, shown);
    if (shown.isEmpty()) {
      return diff;
    }
    StringBuilder out = new StringBuilder(diff.length());
    for (String line : diff.split("\n", -1)) {
      boolean content = !line.isEmpty() && " +-".indexOf(line.charAt(0)) >= 0
          && !line.startsWith("+++ ") && !line.startsWith("--- ");
      List<String> masks = content ? shown.get(line.substring(1)) : null;
      out.append(masks == null ? line : line.charAt(0) + combine(line.substring(1), masks)).append('\n');
    }
    return out.substring(0, out.length() - 1);
  }

  private static void collect(RunbookParser parser, Linter linter, String path, DocumentKind kind, SourceLines lines,
      Map<String, List<String>> shown) {
    Runbook r = parser.parse(path, null, kind, lines.encode());
    for (Diagnostic d : linter.checkAlone(r)) {
      shown.computeIfAbsent(r.line(d.line()), k -> new ArrayList<>()).add(d.sourceLine());
    }
  }

  /**
   * The line with every finding's mask applied: each shown line differs from the original in one
   * span (the credential and its mask), found as the text between their common prefix and suffix.
   */
  static String combine(String original, List<String> masks) {
    List<int[]> spans = new ArrayList<>();
    List<String> replacements = new ArrayList<>();
    for (String m : masks) {
      int p = 0;
      while (p < original.length() && p < m.length() && original.charAt(p) == m.charAt(p)) {
        p++;
      }
      int s = 0;
      while (s < original.length() - p && s < m.length() - p
          && original.charAt(original.length() - 1 - s) == m.charAt(m.length() - 1 - s)) {
        s++;
      }
      spans.add(new int[] {p, original.length() - s});
      replacements.add(m.substring(p, m.length() - s));
    }
    StringBuilder out = new StringBuilder(original);
    // Right to left, so earlier spans keep their offsets.
    List<Integer> order = new ArrayList<>();
    for (int i = 0; i < spans.size(); i++) {
      order.add(i);
    }
    order.sort((a, b) -> spans.get(b)[0] - spans.get(a)[0]);
    int limit = Integer.MAX_VALUE;
    for (int i : order) {
      int[] span = spans.get(i);
      if (span[1] <= limit) {
        out.replace(span[0], span[1], replacements.get(i));
        limit = span[0];
      }
    }
    return out.toString();
  }
}
