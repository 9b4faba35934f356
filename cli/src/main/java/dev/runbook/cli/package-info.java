/** The {@code runbook} command line: picocli commands over core. */
package dev.runbook.cli;
