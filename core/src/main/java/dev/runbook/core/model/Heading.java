package dev.runbook.core.model;

/**
 * A heading with its anchor: its explicit {@code {#id}}, else its slug in the set's dialect
 * ({@code links.slugs}), de-duplicated within its file.
 */
public record Heading(int level, String text, String anchor, Position position) {}
