package dev.runbook.core.rules.external;

/** The outcome of checking one external URL. */
public record LinkStatus(String url, boolean ok, int status, String problem, boolean fromCache) {}
