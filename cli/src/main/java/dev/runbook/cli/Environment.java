package dev.runbook.cli;

import java.nio.file.Path;
import java.time.Clock;

/**
 * What the commands take from the process, injected so tests can pin it: the working folder,
 * the clock ("today"), whether colour is wanted on stdout, and whether stderr is a terminal (for
 * the progress line).
 */
public record Environment(Path workingDir, Clock clock, boolean colour, boolean terminal) {}
