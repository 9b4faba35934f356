package dev.runbook.core.model;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * Whose heading anchors a set's {@code #fragment} links are written for ({@code links.slugs}):
 * each generator turns a heading into an id its own way and numbers repeated headings its own
 * way. {@code github} is the default.
 */
public enum SlugDialect {
  /** GitHub and GitHub Pages' Markdown view: npm {@code github-slugger}. */
  GITHUB,
  /** GitLab's Markdown view: Banzai's table-of-contents filter. */
  GITLAB,
  /** MkDocs: Python-Markdown's {@code toc} extension, ASCII only, {@code _1} for repeats. */
  MKDOCS,
  /** Hugo: goldmark's auto heading ids as Hugo sets them ({@code autoHeadingIDType: github}). */
  HUGO,
  /** Jekyll and Middleman with kramdown: {@code generate_id}, ASCII letters first. */
  KRAMDOWN;

  /** The name in {@code runbook.yml}. */
  public String configName() {
    return name().toLowerCase(Locale.ROOT);
  }

  /** The dialect a config value names, whatever its case. */
  public static Optional<SlugDialect> named(String value) {
    return Arrays.stream(values()).filter(d -> d.configName().equalsIgnoreCase(value.strip())).findFirst();
  }

  /** "github, gitlab, mkdocs, hugo or kramdown". */
  public static String choices() {
    String all = Arrays.stream(values()).map(SlugDialect::configName).collect(Collectors.joining(", "));
    int last = all.lastIndexOf(", ");
    return all.substring(0, last) + " or " + all.substring(last + 2);
  }
}
