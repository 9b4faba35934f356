package dev.runbook.core.model.url;

import java.util.Locale;

/** A Markdown file's path split into its folder ({@code "a/"} or {@code ""}) and its name without {@code .md}. */
record SourceName(String folder, String stem) {

  static SourceName of(String path) {
    int slash = path.lastIndexOf('/');
    String folder = path.substring(0, slash + 1);
    String name = path.substring(slash + 1);
    String stem = name.toLowerCase(Locale.ROOT).endsWith(".md") ? name.substring(0, name.length() - 3) : name;
    return new SourceName(folder, stem);
  }

  /** True when the name without {@code .md} is one of {@code names}, any case. */
  boolean stemIs(String... names) {
    for (String n : names) {
      if (stem.equalsIgnoreCase(n)) {
        return true;
      }
    }
    return false;
  }
}
