package dev.runbook.core.parse;

/**
 * What the generators read of a heading: GitHub, GitLab and MkDocs its text as a reader sees it
 * (code included, tags and link targets left out); Hugo and kramdown its Markdown as written
 * ({@code `code`}, {@code [text](url)}, {@code <small>} and all).
 *
 * @param text the heading's text content
 * @param markdown the heading's Markdown on its line, without the {@code #} marks
 */
public record HeadingSource(String text, String markdown) {
  /** A heading whose Markdown is its text (no inline markup). */
  public static HeadingSource of(String text) {
    return new HeadingSource(text, text);
  }
}
