/**
 * A runbook set previewed while it is edited ({@code runbook serve}): checked and rendered into a
 * private folder, watched, and brought up to date change by change. Uses the check and the site;
 * knows nothing of HTTP.
 */
package dev.runbook.core.preview;
