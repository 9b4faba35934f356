package dev.runbook.core.parse;

import dev.runbook.core.model.DocumentKind;
import java.nio.file.FileSystems;
import java.nio.file.Path;
import java.nio.file.PathMatcher;
import java.util.List;
import java.util.Locale;

/**
 * What a file named on the command line is, by its path relative to the root, the same way the
 * set loader decides (a test keeps the two in step): README.md, index.md and Hugo's _index.md are
 * index pages, the config's {@code documents} globs are reference documents, the rest are
 * runbooks. Thread-safe.
 */
public final class DocumentKinds {
  private final List<PathMatcher> documents;

  /** @param documentGlobs globs of reference documents (the config's {@code documents}) */
  public DocumentKinds(List<String> documentGlobs) {
    this.documents = documentGlobs.stream()
        .map(g -> FileSystems.getDefault().getPathMatcher("glob:" + g)).toList();
  }

  /** @param path relative to the root with {@code /} separators, or just a file name */
  public DocumentKind of(String path) {
    String name = path.substring(path.lastIndexOf('/') + 1).toLowerCase(Locale.ROOT);
    if (name.equals("readme.md") || name.equals("index.md") || name.equals("_index.md")) {
      return DocumentKind.INDEX;
    }
    Path p = Path.of(path);
    return documents.stream().anyMatch(m -> m.matches(p)) ? DocumentKind.DOCUMENT : DocumentKind.RUNBOOK;
  }
}
