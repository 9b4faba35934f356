package dev.runbook.core.rules;

import dev.runbook.core.model.Runbook;
import java.util.List;

/** One document's required-section matches, computed on first use and shared by its rules. */
final class DocumentSections {
  private final RequiredSections matcher;
  private final Runbook runbook;
  private List<RequiredSections.Found> found;

  DocumentSections(RequiredSections matcher, Runbook runbook) {
    this.matcher = matcher;
    this.runbook = runbook;
  }

  List<String> required() {
    return matcher.required();
  }

  List<RequiredSections.Found> found() {
    if (found == null) {
      found = matcher.find(runbook);
    }
    return found;
  }
}
