package dev.runbook.core.model;

/** A link or image destination exactly as written, with where it starts. */
public record Link(String destination, LinkKind kind, Position position) {}
