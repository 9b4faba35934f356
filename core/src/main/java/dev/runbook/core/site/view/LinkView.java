package dev.runbook.core.site.view;

/** A link: text and relative href. */
public record LinkView(String text, String href) {}
