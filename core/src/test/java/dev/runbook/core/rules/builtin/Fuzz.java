package dev.runbook.core.rules.builtin;

import java.util.List;
import java.util.Random;

/** Seeded random lines built from fragments, for comparing a rule with its reference version. */
final class Fuzz {
  /**
   * Characters whose low byte is an ASCII character the quick scans look for (Ľ is 0x13D, low
   * byte '='; ĺ ':'; Ŗ 'V'; Ł 'A'; ū 'k'; Ÿ 'x'; ş '_'; Ţ 'b'; ł 'B'; ļ '<'; Ō 'O'; ō 'o'; Ť 'T';
   * ŭ 'm'; ş '_'), other non-Latin-1 text (an emoji is two chars, the first with low byte '='),
   * and characters whose case folding is unusual (Kelvin sign, long s, dotted capital I).
   */
  static final List<String> AWKWARD = List.of(
      "\u013d", "\u013a", "\u0156", "\u0141", "\u016b", "\u0178", "\u015f", "\u0162", "\u0142",
      "\u013c", "\u014c", "\u014f", "\u0164", "\u016d", "🟢", "🔴", "é", "Σ", "ſ", "İ", "\u212a",
      "日本", "\u00a0", "\t");

  private final Random random;

  Fuzz(long seed) {
    random = new Random(seed);
  }

  int nextInt(int bound) {
    return random.nextInt(bound);
  }

  <T> T pick(List<T> from) {
    return from.get(random.nextInt(from.size()));
  }

  /** One line of 1 to {@code max} fragments, sometimes with an awkward character between them. */
  String line(List<String> fragments, int max) {
    StringBuilder s = new StringBuilder();
    int count = 1 + random.nextInt(max);
    for (int i = 0; i < count; i++) {
      int roll = random.nextInt(10);
      if (roll == 0) {
        s.append(pick(AWKWARD));
      } else if (roll == 1) {
        s.append(' ');
      }
      s.append(pick(fragments));
    }
    return s.toString();
  }
}
