package dev.runbook.core.site.view;

/** A link of the main navigation; {@code current} on the page it names. */
public record NavLink(String label, String href, boolean current) {}
