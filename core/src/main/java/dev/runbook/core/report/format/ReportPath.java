package dev.runbook.core.report.format;

import dev.runbook.core.report.Report;

/**
 * The path under which CI tools and people find a reported file: the report's root joined with
 * the file's root-relative path, so {@code runbooks} + {@code shutdown/graceful.md} gives {@code
 * runbooks/shutdown/graceful.md}. Code scanning, annotations and code-quality widgets resolve
 * paths against the repository (the working directory in CI), not against the runbook root.
 */
final class ReportPath {
  private ReportPath() {}

  static String of(Report report, String file) {
    String root = normalisedRoot(report.root());
    return root.isEmpty() ? file : root + "/" + file;
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
