/** The parsed runbook set: immutable records that rules and the site read. */
package dev.runbook.core.model;
