package dev.runbook.core.site.view;

/**
 * A page that sends the reader on: where to (relative href), that page's title, and the words
 * before the link ("This page has moved to", "The runbook of alert X is").
 */
public record RedirectPageView(String href, String title, String lead) {}
