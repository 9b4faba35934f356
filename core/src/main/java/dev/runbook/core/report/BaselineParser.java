package dev.runbook.core.report;

import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** Checks the shape of a loaded baseline document and collects its fingerprints. */
final class BaselineParser {
  private BaselineParser() {}

  static Map<String, Integer> fingerprints(Path file, Object document) throws BaselineException {
    if (!(document instanceof Map<?, ?> root) || !(root.get("diagnostics") instanceof List<?>)) {
      throw new BaselineException(
          file, "baseline file " + file + " is not a runbook JSON report (no \"diagnostics\" list)",
          null);
    }
    Object version = root.get("version");
    if (version != null && !Integer.valueOf(1).equals(version)) {
      throw new BaselineException(
          file, "baseline file " + file + " has report version " + version
              + ", but this runbook reads version 1", null);
    }
    Map<String, Integer> counts = new HashMap<>();
    List<?> diagnostics = (List<?>) root.get("diagnostics");
    for (int i = 0; i < diagnostics.size(); i++) {
      if (!(diagnostics.get(i) instanceof Map<?, ?> d)
          || !(d.get("fingerprint") instanceof String fingerprint)
          || fingerprint.isBlank()) {
        throw new BaselineException(
            file, "baseline file " + file + " has no \"fingerprint\" in diagnostic " + (i + 1)
                + "; record the baseline with --write-baseline", null);
      }
      counts.merge(fingerprint, 1, Integer::sum);
    }
    return counts;
  }
}
