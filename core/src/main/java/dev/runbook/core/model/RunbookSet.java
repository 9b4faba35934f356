package dev.runbook.core.model;

import java.nio.file.Path;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Every Markdown file below the root, parsed, sorted by path, plus what could not be read.
 * Immutable.
 */
public final class RunbookSet {
  private final Path root;
  private final List<Runbook> documents;
  private final Map<String, Runbook> byPath;
  private final List<LoadProblem> problems;
  /** Folder ("" for the root) to its index page. */
  private final Map<String, Runbook> folderIndex;

  /**
   * Which of a folder's index pages comes first: README.md (any case), then index.md, then
   * _index.md; two spellings of one name (README.md, Readme.md) in code point order.
   */
  private static final Comparator<Runbook> INDEX_ORDER = Comparator
      .comparingInt((Runbook r) -> {
        int rank = DocumentKind.indexRank(r.path().substring(r.path().lastIndexOf('/') + 1));
        return rank < 0 ? Integer.MAX_VALUE : rank;
      })
      .thenComparing(Runbook::path);

  public RunbookSet(Path root, List<Runbook> documents, List<LoadProblem> problems) {
    this.root = root;
    this.documents =
        documents.stream().sorted(Comparator.comparing(Runbook::path)).toList();
    Map<String, Runbook> map = new LinkedHashMap<>();
    for (Runbook r : this.documents) {
      map.put(r.path(), r);
    }
    this.byPath = java.util.Collections.unmodifiableMap(map);
    Map<String, Runbook> indexes = new HashMap<>();
    for (Runbook r : this.documents) {
      if (r.kind() == DocumentKind.INDEX) {
        indexes.merge(r.folder(), r, (a, b) -> INDEX_ORDER.compare(a, b) <= 0 ? a : b);
      }
    }
    this.folderIndex = indexes;
    this.problems = problems.stream().sorted(Comparator.comparing(LoadProblem::path)).toList();
  }

  public Path root() {
    return root;
  }

  /** All files, runbooks and index pages, sorted by path. */
  public List<Runbook> documents() {
    return documents;
  }

  public List<Runbook> runbooks() {
    return documents.stream().filter(Runbook::isRunbook).toList();
  }

  public Optional<Runbook> get(String path) {
    return Optional.ofNullable(byPath.get(path));
  }

  public List<LoadProblem> problems() {
    return problems;
  }

  /**
   * The index page of a folder ({@code ""} for the root): its README.md (any case), else its
   * index.md, else its _index.md. It is published as the folder's {@code index.html} and is what
   * a link to the folder opens; the folder's other index pages are pages of their own.
   */
  public Optional<Runbook> indexOf(String folder) {
    return Optional.ofNullable(folderIndex.get(folder));
  }

  /** True when {@code doc} is the index page of its folder ({@link #indexOf}). */
  public boolean isFolderIndex(Runbook doc) {
    Runbook index = folderIndex.get(doc.folder());
    return index != null && index.path().equals(doc.path());
  }

  /** The root's index page ({@link #indexOf}): the home page. */
  public Optional<Runbook> rootIndex() {
    return indexOf("");
  }
}
