package dev.runbook.core.model;

/** Where a link came from. */
public enum LinkKind {
  LINK,
  IMAGE,
  HTML
}
