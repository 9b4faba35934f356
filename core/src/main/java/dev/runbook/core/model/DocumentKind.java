package dev.runbook.core.model;

/** What a Markdown file below the root is to the linter and the site. */
public enum DocumentKind {
  /** A procedure: every rule applies. */
  RUNBOOK,
  /** {@code README.md} or {@code index.md}: links, encoding, placeholders, secrets, front matter. */
  INDEX,
  /** A reference page matched by the config's {@code documents} globs: checked like an index page. */
  DOCUMENT
}
