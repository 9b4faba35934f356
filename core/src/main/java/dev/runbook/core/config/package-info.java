/** {@code runbook.yml} to an immutable {@link dev.runbook.core.config.Config}, with clear errors. */
package dev.runbook.core.config;
