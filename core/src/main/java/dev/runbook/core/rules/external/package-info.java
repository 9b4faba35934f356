/** The external link checker behind {@code runbook check --external} (rule RB305). */
package dev.runbook.core.rules.external;
