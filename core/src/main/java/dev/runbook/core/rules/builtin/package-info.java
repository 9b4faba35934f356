/** The built-in rules, one class per rule; {@link dev.runbook.core.rules.builtin.BuiltinRules} lists them. */
package dev.runbook.core.rules.builtin;
