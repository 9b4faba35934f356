package dev.runbook.core.report.format;

/** Counted nouns for summaries: "1 error", "2 errors", "0 infos". */
final class Plural {
  private Plural() {}

  static String count(long n, String noun) {
    return n + " " + (n == 1 ? noun : noun + "s");
  }
}
