/** Running a build's many small tasks on every core. */
package dev.runbook.core.work;
