/**
 * How a set's own site generator turns its Markdown files into URLs ({@code site.url_style}),
 * so that links written in that form resolve and the published site keeps those URLs.
 */
package dev.runbook.core.model.url;
