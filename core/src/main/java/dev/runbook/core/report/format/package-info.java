/** One {@link dev.runbook.core.report.ReportFormatter} per output format, using only the JDK. */
package dev.runbook.core.report.format;
