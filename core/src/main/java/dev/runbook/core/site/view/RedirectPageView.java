package dev.runbook.core.site.view;

/** A page that moved: where it went (relative href) and that page's title. */
public record RedirectPageView(String href, String title) {}
