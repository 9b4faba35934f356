/** Publishing a checked runbook set as a site: the one path {@code runbook build} and {@code runbook:site} share. */
package dev.runbook.core.publish;
