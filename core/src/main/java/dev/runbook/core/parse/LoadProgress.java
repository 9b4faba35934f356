package dev.runbook.core.parse;

/**
 * Told how many files are parsed so far, from any parsing thread. Implementations must be
 * thread-safe and cheap; {@link #NONE} ignores everything.
 */
@FunctionalInterface
public interface LoadProgress {
  LoadProgress NONE = (done, total) -> { };

  void filesParsed(int done, int total);
}
