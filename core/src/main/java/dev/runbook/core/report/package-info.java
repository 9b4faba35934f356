/** Findings as data, and one formatter per output format. */
package dev.runbook.core.report;
