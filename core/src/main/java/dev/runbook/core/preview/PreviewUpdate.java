package dev.runbook.core.preview;

import java.util.List;

/**
 * One step of a {@link PreviewSite}: what a change did to the served folder.
 *
 * @param version the version of the preview after the step; every step counts up
 * @param documents the documents (paths from the root) that changed, were added or were removed
 * @param written site paths written, sorted
 * @param removed site paths deleted, sorted
 * @param full true when the whole site was built again (the config, the theme or the date
 *     changed, or an update failed)
 * @param millis how long the step took until this report
 * @param errors why the preview could not follow the change, if it could not; the site then
 *     shows the last version that worked
 */
public record PreviewUpdate(
    long version, List<String> documents, List<String> written, List<String> removed, boolean full, long millis,
    List<String> errors) {

  public PreviewUpdate {
    documents = List.copyOf(documents);
    written = List.copyOf(written);
    removed = List.copyOf(removed);
    errors = List.copyOf(errors);
  }

  /** The HTML pages written or removed: the ones a browser showing them should load again. */
  public List<String> pages() {
    List<String> pages = new java.util.ArrayList<>();
    for (List<String> list : List.of(written, removed)) {
      list.stream().filter(p -> p.endsWith(".html")).forEach(pages::add);
    }
    return pages.stream().sorted().distinct().toList();
  }

  /** True when the step changed nothing a reader could see. */
  public boolean isEmpty() {
    return written.isEmpty() && removed.isEmpty() && errors.isEmpty() && !full;
  }
}
