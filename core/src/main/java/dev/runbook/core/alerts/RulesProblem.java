package dev.runbook.core.alerts;

import dev.runbook.core.model.Position;

/** Why a rules file could not be read, and where. */
public record RulesProblem(String message, Position at) {}
