/**
 * The safe, idempotent fixes of {@code runbook fix}: each works on the lines of one file and
 * changes only what it names.
 */
package dev.runbook.core.fix;
