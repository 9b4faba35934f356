package dev.runbook.core.alerts;

import dev.runbook.core.model.Position;

/**
 * An {@code alerts.rules} glob of {@code runbook.yml} that names no file: with it, the alerts it
 * was meant to bring are not checked at all, so it is reported (RB604) at its place in the config.
 *
 * @param glob the glob as written
 * @param config the config file's path relative to the runbook root, {@code /} separated, {@code
 *     ../} where it lies outside (what reports show)
 * @param at where the glob is written
 * @param line the config's source line there
 */
public record UnmatchedGlob(String glob, String config, Position at, String line) {}
