/**
 * Markdown bodies to safe HTML for the site: the parse tree is prepared (heading ids, steps,
 * rewritten links), rendered by CommonMark and, when it holds raw HTML, cleaned by jsoup.
 */
package dev.runbook.core.site.render;
