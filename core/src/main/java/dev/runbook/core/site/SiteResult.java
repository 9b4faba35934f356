package dev.runbook.core.site;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * What a build wrote.
 *
 * @param output the site folder
 * @param pages HTML pages written (runbooks, index pages, generated pages, redirects)
 * @param files every file written, pages included
 * @param notes things the user may want to know that did not stop the build (a document published
 *     on a fallback page, an alias that would replace a page, a linked file that could not be
 *     published, raw HTML that the site had to close), sorted
 */
public record SiteResult(Path output, int pages, int files, List<String> notes) {
  public SiteResult {
    notes = List.copyOf(notes);
  }

  /** This result with {@code more} notes, sorted in among the others. */
  SiteResult withNotes(List<String> more) {
    if (more.isEmpty()) {
      return this;
    }
    List<String> all = new ArrayList<>(notes);
    all.addAll(more);
    all.sort(null);
    return new SiteResult(output, pages, files, all);
  }
}
