package dev.runbook.core.model;

import java.nio.file.Path;
import java.util.Comparator;
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

  public RunbookSet(Path root, List<Runbook> documents, List<LoadProblem> problems) {
    this.root = root;
    this.documents =
        documents.stream().sorted(Comparator.comparing(Runbook::path)).toList();
    Map<String, Runbook> map = new LinkedHashMap<>();
    for (Runbook r : this.documents) {
      map.put(r.path(), r);
    }
    this.byPath = java.util.Collections.unmodifiableMap(map);
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

  /** The root's README.md or index.md: the home page. */
  public Optional<Runbook> rootIndex() {
    return get("README.md").or(() -> get("index.md"));
  }
}
