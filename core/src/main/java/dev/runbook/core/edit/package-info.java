/**
 * Changing runbook files safely: exact line-level text with its line endings, atomic writes,
 * unified diffs, and YAML scalars written the way a person would.
 */
package dev.runbook.core.edit;
