package dev.runbook.core.report.format;

import dev.runbook.core.report.Report;

/**
 * The path under which CI tools and people find a reported file: the report's root joined with
 * the file's root-relative path, so {@code runbooks} + {@code shutdown/graceful.md} gives {@code
 * runbooks/shutdown/graceful.md}. Code scanning, annotations and code-quality widgets resolve
 * paths against the repository (the working directory in CI), not against the runbook root.
 */
public final class ReportPath {
  private ReportPath() {}

  static String of(Report report, String file) {
    return of(report.root(), file);
  }

  /** A file of a report whose root is shown as {@code shownRoot}, as people and CI tools find it. */
  public static String of(String shownRoot, String file) {
    String root = normalisedRoot(shownRoot);
    if (root.isEmpty()) {
      return file;
    }
    return file.startsWith("../") ? collapse(root, file) : root + "/" + file;
  }

  /**
   * A file outside the root (an alerting-rules file, {@code ../deploy/rules.yaml}) joined with
   * the root without the climb: {@code runbooks} + {@code ../deploy/rules.yaml} is {@code
   * deploy/rules.yaml}, the path CI tools know it by.
   */
  private static String collapse(String root, String file) {
    java.util.ArrayDeque<String> parts = new java.util.ArrayDeque<>();
    for (String part : (root + "/" + file).split("/", -1)) {
      if (part.equals("..") && !parts.isEmpty() && !parts.peekLast().equals("..") && !parts.peekLast().isEmpty()) {
        parts.removeLast();
      } else if (!part.equals(".")) {
        parts.addLast(part);
      }
    }
    String joined = String.join("/", parts);
    return joined.isEmpty() ? "." : joined;
  }

  /** True for {@code /srv/runbooks/a.md} and {@code C:/runbooks/a.md}. */
  static boolean isAbsolute(String path) {
    return path.startsWith("/")
        || (path.length() > 2 && Character.isLetter(path.charAt(0)) && path.charAt(1) == ':'
            && path.charAt(2) == '/');
  }

  private static String normalisedRoot(String root) {
    String r = root == null ? "" : root.replace('\\', '/');
    while (r.startsWith("./")) {
      r = r.substring(2);
    }
    while (r.length() > 1 && r.endsWith("/")) {
      r = r.substring(0, r.length() - 1);
    }
    return r.equals(".") ? "" : r;
  }
}
