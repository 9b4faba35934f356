package dev.runbook.cli;

import java.nio.file.Path;
import java.time.Clock;

/**
 * What the commands take from the process, injected so tests can pin it: the working folder,
 * the clock ("today"), whether colour is wanted and whether output is a terminal.
 */
public record Environment(Path workingDir, Clock clock, boolean colour, boolean terminal) {}
