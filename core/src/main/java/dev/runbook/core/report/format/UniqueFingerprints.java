package dev.runbook.core.report.format;

import dev.runbook.core.report.Diagnostic;
import java.util.HashMap;
import java.util.Map;

/**
 * Hands out {@link Diagnostic#fingerprint()} values made unique within one output: the first
 * finding with a fingerprint keeps it, identical findings after it get {@code :2}, {@code :3},
 * … appended (as GitHub does for its own line hashes). Report order is stable and line shifts
 * do not reorder identical findings, so the suffixes are stable too. One instance per output.
 */
final class UniqueFingerprints {
  private final Map<String, Integer> seen = new HashMap<>();

  String next(Diagnostic d) {
    String fingerprint = d.fingerprint();
    int occurrence = seen.merge(fingerprint, 1, Integer::sum);
    return occurrence == 1 ? fingerprint : fingerprint + ":" + occurrence;
  }
}
