package dev.runbook.core.alerts;

import dev.runbook.core.model.Position;

/**
 * A value of a rules file and where its key is written: an annotation, a label.
 *
 * @param value the value as written (a scalar)
 * @param at the line and column of its key
 */
public record Located(String value, Position at) {}
