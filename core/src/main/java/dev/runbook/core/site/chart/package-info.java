/** Pictures drawn at build time as inline SVG, with no chart library and no script. */
package dev.runbook.core.site.chart;
