package dev.runbook.core.site.view;

/** A lint finding on a page: where, which rule (with its page), how bad, what to do. */
public record FindingView(
    int line, String rule, String name, String severity, String message, String ruleHref) {}
