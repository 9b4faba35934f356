package dev.runbook.core.model;

/** A heading with its GitHub-style anchor (already de-duplicated within its file). */
public record Heading(int level, String text, String anchor, Position position) {}
