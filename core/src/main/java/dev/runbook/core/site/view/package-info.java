/**
 * View models: public records that Mustache templates read through their accessors. Values are
 * plain text (templates escape them) except fields documented as HTML, which the site built and
 * cleaned itself. An absent value is null, so a template section skips it.
 */
package dev.runbook.core.site.view;
