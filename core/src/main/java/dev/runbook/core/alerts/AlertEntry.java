package dev.runbook.core.alerts;

import java.util.Optional;

/**
 * An alert with the runbook its annotation names.
 *
 * @param file the rules file it is written in
 * @param alert the alerting rule
 * @param annotation the first configured runbook annotation it has, if any
 * @param link where that annotation leads, if there is one
 */
public record AlertEntry(AlertRulesFile file, AlertRule alert, Optional<Located> annotation,
    Optional<RunbookLink> link) {}
