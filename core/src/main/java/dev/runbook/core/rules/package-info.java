/** The rule model, the registry and the linter that runs every rule over a set. */
package dev.runbook.core.rules;
