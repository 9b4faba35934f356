/** One entry point for a whole check: config, loading, external links, rules, baseline. */
package dev.runbook.core.check;
