/**
 * The writer's commands: a new runbook from the template, linked from its index page, and a
 * review recorded in the front matter.
 */
package dev.runbook.core.write;
