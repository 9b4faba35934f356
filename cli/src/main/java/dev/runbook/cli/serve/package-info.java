/**
 * {@code runbook serve}: an HTTP server over a {@link dev.runbook.core.preview.PreviewSite}, with
 * the reload channel, the findings overlay and the checks that keep it to its folder and to this
 * machine.
 */
package dev.runbook.cli.serve;
