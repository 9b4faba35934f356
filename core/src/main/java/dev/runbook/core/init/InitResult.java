package dev.runbook.core.init;

import java.nio.file.Path;

/**
 * What {@code init} wrote.
 *
 * @param config the {@code runbook.yml} written
 * @param baseline the baseline written
 * @param plan what it found in the set
 */
public record InitResult(Path config, Path baseline, InitPlan plan) {}
