package dev.runbook.core.parse;

import dev.runbook.core.model.DocumentKind;
import java.nio.file.FileSystems;
import java.nio.file.Path;
import java.nio.file.PathMatcher;
import java.util.List;

/**
 * What a Markdown file is, by its path relative to the root: README.md, index.md, Hugo's
 * _index.md and Middleman's index.html.md (any case, {@link DocumentKind#INDEX_NAMES}) are index
 * pages whatever the globs say, the config's {@code documents} globs are reference documents, the
 * rest are runbooks. The set loader and {@code runbook fix FILE} both ask this class, so they
 * cannot disagree. Thread-safe.
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
    if (DocumentKind.indexRank(path.substring(path.lastIndexOf('/') + 1)) >= 0) {
      return DocumentKind.INDEX;
    }
    Path p = Path.of(path);
    return documents.stream().anyMatch(m -> m.matches(p)) ? DocumentKind.DOCUMENT : DocumentKind.RUNBOOK;
  }
}
