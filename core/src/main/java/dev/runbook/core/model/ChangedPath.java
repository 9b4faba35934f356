package dev.runbook.core.model;

/** A changed path, prepared for the many comparisons with link targets {@link SetIndex#update} makes. */
record ChangedPath(String path, String folder, boolean indexName) {
  static ChangedPath of(String changed) {
    String c = changed.endsWith("/") ? changed.substring(0, changed.length() - 1) : changed;
    String name = c.substring(c.lastIndexOf('/') + 1);
    int slash = c.lastIndexOf('/');
    return new ChangedPath(c, slash < 0 ? "" : c.substring(0, slash), DocumentKind.indexRank(name) >= 0);
  }

  /**
   * The target itself, a folder above or below it, or (for missing targets, "did you mean"
   * suggestions and folder index pages) a sibling; for a missing target also anything below its
   * folder (a file written there makes the folder, which a link to it then lists).
   */
  boolean touches(String target, boolean missing) {
    if (path.isEmpty() || target.equals(path) || under(target, path) || under(path, target)) {
      return true;
    }
    if (missing) {
      int slash = target.lastIndexOf('/');
      if (slash > 0 && under(path, target.substring(0, slash))) {
        return true;
      }
    }
    return (indexName || missing) && inFolder(target, folder);
  }

  private static boolean under(String path, String folder) {
    return path.length() > folder.length() && path.charAt(folder.length()) == '/' && path.startsWith(folder);
  }

  private static boolean inFolder(String path, String folder) {
    if (folder.isEmpty()) {
      return path.indexOf('/') < 0;
    }
    return under(path, folder) && path.indexOf('/', folder.length() + 1) < 0;
  }
}
