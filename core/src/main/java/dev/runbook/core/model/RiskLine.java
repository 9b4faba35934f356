package dev.runbook.core.model;

/**
 * The body's {@code **Risk Level**: 🔴 Critical} line as written.
 *
 * @param emoji the emoji before the word, or empty
 * @param word the word after the emoji, or empty
 * @param position where the value starts
 */
public record RiskLine(String emoji, String word, Position position) {}
