package dev.runbook.core.model;

/**
 * A file that could not be read or was skipped while walking the root. A {@code fatal} problem
 * makes the result incomplete (exit status 2); the rest are notes.
 */
public record LoadProblem(String path, String message, boolean fatal) {}
